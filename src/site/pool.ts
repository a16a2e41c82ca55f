// Per-article work (read → clean → extract) spread over worker threads, one per core, with
// tinypool. Results come back in file order whatever order the threads finish in, so a pooled
// build is byte-identical to a single-threaded one. Small inputs stay in this thread: starting
// workers (each loads the extractor, about a second) costs more than it saves below a few hundred files.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import Tinypool from 'tinypool';
import type { ArticleCache } from './cache.ts';
import { contentHashes } from './up-to-date.ts';
import type { ExtractOutcome, ExtractTask } from './extract-worker.ts';
import { holdBody } from '../render/body.ts';
import type { Config } from '../config/config.ts';
import { type InputListing, listInput } from '../read/read.ts';
import type { Diagnostic, UnlinkedArticle } from '../types.ts';

/** Below this many files, extraction runs in-process. */
export const pooledFrom = 300;

export interface PoolOptions {
  /** Worker threads; 0 or 1 extracts in this thread. Default: VERBATIM_THREADS, else one per core. */
  threads?: number;
  /** Extractions of earlier builds, by file name and content: only the files not in it are extracted. */
  cache?: ArticleCache;
  /** Each file's bytes' hash (`contentHashes`), when the caller has read them already; else they are read here for the cache. */
  hashes?: Array<string | null>;
  /** Told after each file is done (taken from the cache or extracted), for a progress bar. */
  progress?: (done: number, total: number) => void;
}

/** Threads asked for (option, then VERBATIM_THREADS), or undefined to choose by input size. */
function threadsAskedFor(options: PoolOptions): number | undefined {
  const fromEnv = Number(process.env.VERBATIM_THREADS);
  return options.threads ?? (process.env.VERBATIM_THREADS && Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : undefined);
}

/** An extraction as the corpus takes it: the article, its body held (see `held`), and its problems. */
export interface Extraction {
  article?: UnlinkedArticle;
  diagnostics: Diagnostic[];
}

export async function extractFiles(input: string, files: string[], themes: ExtractTask['themes'], options: PoolOptions = {}): Promise<Extraction[]> {
  const outcomes: Array<Extraction | undefined> = new Array(files.length);
  const keys: Array<string | undefined> = new Array(files.length);
  const cache = options.cache;
  if (cache) {
    // A file's bytes are hashed to find its entry; a symbolic link is left to the worker's checks.
    const hashes = options.hashes ?? contentHashes(input, files);
    for (const [index, name] of files.entries()) {
      const hash = hashes[index];
      if (!hash) continue;
      const key = (keys[index] = cache.keyFor(name, hash));
      const found = cache.get<ExtractOutcome>(key);
      // The body's HTML stays in the cache until its page is rendered, if it is (a rebuild renders few).
      if (found) outcomes[index] = held(found, rereadBody(cache, key));
    }
  }
  const missing = files.flatMap((_, index) => (outcomes[index] ? [] : [index]));
  let done = files.length - missing.length;
  options.progress?.(done, files.length);
  // Each extraction is stored as it arrives, so the cache is written while the workers run.
  await extractAll(input, missing.map((index) => files[index]!), themes, options, (position, outcome) => {
    const index = missing[position]!;
    if (keys[index]) cache!.set(keys[index]!, outcome);
    outcomes[index] = held(outcome);
    options.progress?.(++done, files.length);
  });
  return outcomes as Extraction[];
}

/** The outcome with its body held for the corpus (see `holdBody`): read by `again` when given. */
function held(outcome: ExtractOutcome, again?: () => string): Extraction {
  if (!outcome.article) return { diagnostics: outcome.diagnostics };
  return { diagnostics: outcome.diagnostics, article: { ...outcome.article, html: holdBody(outcome.article.html, again) } };
}

/**
 * Reads the body's HTML from its cache entry again. Made out here, not where the entries are
 * looked up: a function made there would hold that scope, and with it every extraction, to the end of the build.
 */
function rereadBody(cache: ArticleCache, key: string): () => string {
  return () => {
    const body = cache.reread<ExtractOutcome>(key).article?.html;
    if (!body || 'tree' in body) throw new Error('the build cache holds a different extraction than it did earlier in the build; build again');
    return body.html;
  };
}

/** Threads for `count` items of work: 1 (this thread) for a few, else one per core, unless asked otherwise. */
function threadsFor(count: number, options: PoolOptions): number {
  return Math.min(threadsAskedFor(options) ?? (count < pooledFrom ? 1 : availableParallelism()), count);
}

/** Extracts the files, in this thread or on workers, handing each outcome to `done` with the file's position. */
async function extractAll(input: string, files: string[], themes: ExtractTask['themes'], options: PoolOptions, done: (position: number, outcome: ExtractOutcome) => void): Promise<void> {
  const threads = threadsFor(files.length, options);
  if (files.length === 0) return;
  if (threads <= 1) {
    // Loaded only when a file is extracted here: a rebuild whose articles all come from the cache does without it (about 0.4 s).
    const { extractFile } = await import('./extract-worker.ts');
    for (const [position, file] of files.entries()) done(position, await extractFile({ input, file, themes }));
    return;
  }
  const pool = new Tinypool({
    filename: new URL('./extract-worker-entry.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Workers inherit this process's flags; tsx's loader arrives through the entry instead.
    execArgv: [],
  });
  try {
    await Promise.all(files.map((file, position) => (pool.run({ input, file, themes }) as Promise<ExtractOutcome>).then((outcome) => done(position, outcome))));
  } finally {
    await pool.destroy();
  }
}

/** Reads and extracts every article (on worker threads); errors are collected so one run reports every bad file. */
export async function extractFolder(input: string, config?: Config, options: PoolOptions = {}, listed?: InputListing): Promise<{ articles: UnlinkedArticle[]; diagnostics: Diagnostic[] }> {
  const listing = listed ?? (await listInput(input));
  const articles: UnlinkedArticle[] = [];
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  for (const outcome of await extractFiles(input, listing.files, config?.themes ?? null, options)) {
    const located = outcome.diagnostics.map((diagnostic) => ({ ...diagnostic, file: path.join(input, diagnostic.file) }));
    diagnostics.push(...located);
    if (outcome.article) articles.push(outcome.article);
  }
  return { articles, diagnostics };
}
