// The site: composes the stages. read → clean/extract (per article) → link → render → write.
// This module decides whether there is anything to do (the up-to-date check); make.ts, loaded only
// when there is, does it.
import path from 'node:path';
import { parseBaseUrl, type Config } from '../config/config.ts';
import { type InputListing, listInput } from '../read/read.ts';
import type { Corpus, Diagnostic } from '../types.ts';
import { checkOutputFolder, lockOutput, markerFile } from '../write/write.ts';
import { readFileSync } from 'node:fs';
import { ArticleCache, type CacheOptions, folderHash, PageCache, sha256 } from './cache.ts';
import { type BuildCounts, changedSince, contentHashes, inputKey, type OutputScan, readRecord, scanOutput, upToDate } from './up-to-date.ts';
import { projectRoot } from './project.ts';

export { projectRoot } from './project.ts';
export { BuildError } from './errors.ts';
export const defaultTemplates = path.join(projectRoot, 'templates');

export interface BuildOptions {
  input: string;
  output: string;
  config: Config;
  templates?: string;
  /** Treat warnings as errors. */
  strict?: boolean;
  /** Replace an output folder that holds files Verbatim did not write. */
  force?: boolean;
  /** Build an empty site from an empty input folder instead of failing. */
  allowEmpty?: boolean;
  /** Skip the articles that have errors, build the rest (the result still reports them). */
  keepGoing?: boolean;
  /** Where the site will be published, overriding the config's `site.baseUrl` (absolute URLs in feeds, sitemap, canonical tags). */
  baseUrl?: string;
  /** Worker threads for extraction (see pool.ts). */
  threads?: number;
  /** Reuse what the last build into this output made (see cache.ts); without it, nothing is cached. */
  cache?: CacheOptions;
  /** Article pages in each search index shard (see search.ts); a test sets it small. */
  searchPagesPerShard?: number;
  /** Article pages at most on their way to Pagefind with their HTML, and at most unanswered (see search.ts); a test sets it small. */
  searchPagesInFlight?: number;
  /** Told as files are extracted and pages written, for a progress bar; `total` pages is an estimate until the end. */
  progress?: (stage: 'extract' | 'write', done: number, total: number) => void;
}

export interface BuildResult {
  /** The linked corpus; null when the site was up to date and nothing was read but the input's bytes. */
  corpus: Corpus | null;
  counts: BuildCounts;
  /** True when every input and the output folder were as the last build left them, so nothing was written (see up-to-date.ts). */
  upToDate: boolean;
  diagnostics: Diagnostic[];
  pages: number;
  /** Input files skipped because of their errors (with `keepGoing`). */
  skipped: string[];
  /** Milliseconds per stage: verify (with a cache: is the site up to date?), extract, link, render, data, write. */
  timings: Record<string, number>;
  /** With a cache: the articles not extracted again, the pages not rendered again and the search index shards not indexed again (taken over from the last build). */
  reused: { articles: number; pages: number; searchShards: number };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  await checkOutputFolder(options.input, options.output, options.force ?? false);
  const unlock = await lockOutput(options.output);
  try {
    return await buildLocked(options);
  } finally {
    unlock();
  }
}

async function buildLocked(given: BuildOptions): Promise<BuildResult> {
  const options = given.baseUrl === undefined ? given : { ...given, config: { ...given.config, site: { ...given.config.site, baseUrl: parseBaseUrl(given.baseUrl) } } };
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = now - mark;
    mark = now;
  };
  const templates = options.templates ?? defaultTemplates;
  // What extraction depends on besides the file: Verbatim's version, code, models and libraries, and the config's themes.
  const code = options.cache ? codeHash() : '';
  let key: string | undefined;
  let changedByHand: Set<string> | 'all' = 'all';
  let found: OutputScan = null;
  // With a cache, the input is listed and each file hashed once, for the up-to-date check and the extraction cache.
  let input: { listing: InputListing; hashes: Array<string | null> } | undefined;
  if (options.cache) {
    const listing = await listInput(options.input);
    input = { listing, hashes: contentHashes(options.input, listing.files) };
    key = inputKey({ code, input: options.input, output: options.output, settings: outputSettings(options), templates, files: listing.files, hashes: input.hashes, listing: listing.diagnostics }, folderHash(templates));
    const last = options.cache.clean ? null : readRecord(options.cache.folder);
    // The output is scanned to be compared with the last build's record; without one the writer looks at each file itself.
    found = last && scanOutput(options.output);
    changedByHand = changedSince(last, found);
    lap('verify');
    if (upToDate(last, key, changedByHand)) {
      const reused = { articles: last.counts.articles, pages: last.pages, searchShards: last.searchShards };
      return { corpus: null, counts: last.counts, upToDate: true, diagnostics: last.diagnostics, pages: last.pages, skipped: [], timings, reused };
    }
  }
  const articleCache = options.cache ? articleCacheFor(options.cache, options.config, code) : undefined;
  const pageCache = options.cache ? new PageCache(options.cache, code, path.join(options.output, markerFile)) : undefined;
  const { makeSite } = await import('./make.ts');
  return makeSite(options, { templates, key, found, changedByHand, input, articleCache, pageCache, timings, lap });
}

/** Everything a build's options change in what it writes (see `inputKey`); the input and output folders are keyed apart. */
function outputSettings(options: BuildOptions): unknown {
  const { config, strict, keepGoing, allowEmpty, searchPagesPerShard } = options;
  return { config, strict, keepGoing, allowEmpty, searchPagesPerShard, node: process.version };
}

/** What extraction depends on besides the file and the config: Verbatim's version, code, models and libraries. */
function codeHash(): string {
  return sha256(version(), folderHash(path.join(projectRoot, 'src')), readFileSync(path.join(projectRoot, 'package-lock.json')));
}

/** The extraction cache a build with this config uses (so `verbatim check` can share it). */
export function articleCacheFor(cache: CacheOptions, config: Config, code = codeHash()): ArticleCache {
  return new ArticleCache(cache, sha256(code, JSON.stringify(config.themes)));
}

/** Verbatim's version, from package.json. */
export function version(): string {
  return (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

