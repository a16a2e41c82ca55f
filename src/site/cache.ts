// The build cache: what a build can reuse from the last build into the same output folder.
// Lives in `.cache/verbatim/<output>/` (git-ignored), one folder per output folder.
//
// - Articles: each file's extraction (the worker's whole answer: article, body HTML, themes,
//   problems), keyed by a hash of the file's name and bytes and of everything else extraction
//   depends on: Verbatim's version, its source code and models, and the config's themes.
// - Pages: a hash of each page's template input (and the templates, the version, the source) as
//   the last build wrote it. A page whose hash is unchanged is taken over from the previous
//   output folder (a hard link, before that folder is removed) instead of being rendered again.
//   Small files made afresh (one article's or speaker's data file, a feed) are recorded by a hash
//   of their text and taken over the same way when it is unchanged.
// - Links: what the link check kept of each page (check.ts), so a page taken over is not read again.
//
// Entries the latest build did not use are removed, so the cache holds one build. `--clean`
// reads nothing from it (and writes it afresh).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SavedLinks } from './check.ts';
import type { ShardRecord } from './search.ts';
import type { SummaryLayout } from './splice.ts';

export interface CacheOptions {
  /** The cache folder of this output (see `cacheFolderFor`). */
  folder: string;
  /** Read nothing from the cache; write it afresh. */
  clean?: boolean;
}

/**
 * `.cache/verbatim/<hash of the output folder's absolute path>`, under `root`. The folder names its
 * output in `output.txt`; the caches of output folders that no longer exist (untouched for a day) are removed here.
 */
export async function cacheFolderFor(root: string, output: string): Promise<string> {
  const parent = path.join(root, '.cache', 'verbatim');
  const target = path.resolve(output);
  const folder = path.join(parent, sha256(target).slice(0, 16));
  // Another build may be starting into a folder that does not exist yet: only caches untouched for a day go.
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const record = path.join(parent, name, 'output.txt');
    const named = await readFile(record, 'utf8').catch(() => null);
    const age = Date.now() - ((await stat(record).catch(() => null))?.mtimeMs ?? Date.now());
    if (named !== null && named !== target && age > 86_400_000 && !(await stat(named).catch(() => null))) await rm(path.join(parent, name), { recursive: true, force: true });
  }
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'output.txt'), target);
  return folder;
}

export function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** A hash of every file below the folders (names and bytes, in sorted order). */
export function folderHash(...folders: string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const files = (readdirSync(folder, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(path.relative(folder, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * For each template (by name, without `.html`), a hash of its own text and of every template it
 * uses through `{% layout %}`, `{% render %}` or `{% include %}`, so a page is rendered again only
 * when a template it is made from changed. A template that names another through a variable
 * could use any of them: it depends on all.
 */
export function templateHashes(folder: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.html')).sort()) texts.set(name.slice(0, -'.html'.length), readFileSync(path.join(folder, name), 'utf8'));
  const uses = new Map<string, string[]>();
  for (const [name, text] of texts) {
    const references = [...text.matchAll(/\{%-?\s*(?:layout|render|include)\s+(['"]?)([^'"\s,%]*)\1/g)];
    uses.set(name, references.some((reference) => reference[1] === '') ? [...texts.keys()] : references.map((reference) => reference[2]!.replace(/\.html$/, '')));
  }
  const hashes = new Map<string, string>();
  for (const name of texts.keys()) {
    const reached = new Set([name]);
    for (const next of reached) for (const used of uses.get(next) ?? []) reached.add(used);
    hashes.set(name, sha256(...[...reached].sort().flatMap((used) => [used, texts.get(used) ?? ''])));
  }
  return hashes;
}

/** Cache files written at the same time. */
const writesAtOnce = 8;

/** Extractions by key: read on demand, written as they are made, pruned to those used. */
export class ArticleCache {
  private readonly folder: string;
  private readonly used = new Set<string>();
  private readonly writes: Array<Promise<void>> = [];

  constructor(
    options: CacheOptions,
    private readonly salt: string,
  ) {
    this.folder = path.join(options.folder, 'articles');
    this.clean = options.clean ?? false;
  }

  private readonly clean: boolean;
  /** Extractions taken from the cache in this build. */
  hits = 0;

  /** An entry's key: the file's name and its bytes' SHA-256 (`contentHashes`), with what else extraction depends on. */
  keyFor(file: string, contentHash: string): string {
    return sha256(this.salt, file, contentHash);
  }

  /** An entry, read synchronously: entries are read one after another, and each is small. */
  get<T>(key: string): T | undefined {
    this.used.add(key);
    if (this.clean) return undefined;
    try {
      const value = deserialize(readFileSync(path.join(this.folder, `${key}.bin`))) as T;
      this.hits++;
      return value;
    } catch {
      return undefined;
    }
  }

  /**
   * An entry read again later in the same build (which keeps what it reads), for the part of it
   * not held in memory meanwhile. Nothing removes an entry the build has used before it ends.
   */
  reread<T>(key: string): T {
    try {
      return deserialize(readFileSync(path.join(this.folder, `${key}.bin`))) as T;
    } catch (error) {
      throw new Error(`the build cache lost an entry during the build (${error instanceof Error ? error.message : String(error)}); build again, or with --clean`);
    }
  }

  /** Stores an extraction; a few writes at a time, each serialised only when its turn comes. */
  set(key: string, value: unknown): void {
    this.used.add(key);
    this.queue.push([key, value]);
    if (this.active < writesAtOnce) this.writes.push(this.drain());
  }

  private readonly queue: Array<[string, unknown]> = [];
  private active = 0;

  private async drain(): Promise<void> {
    this.active++;
    try {
      await mkdir(this.folder, { recursive: true });
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        await writeAtomically(path.join(this.folder, `${next[0]}.bin`), serialize(next[1])).catch(() => undefined);
      }
    } finally {
      this.active--;
    }
  }

  /** Waits for the writes, then removes the entries this build did not use. */
  async finish(): Promise<void> {
    while (this.writes.length > 0) await this.writes.shift();
    const names = await readdir(this.folder).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => !this.used.has(name.replace(/\.bin$/, ''))).map((name) => rm(path.join(this.folder, name), { force: true }).catch(() => undefined)));
  }
}

/** A file written under a temporary name and renamed, so a reader never sees half of it. */
export async function writeAtomically(file: string, contents: Uint8Array | string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  const { rename } = await import('node:fs/promises');
  await rename(temporary, file);
}

/**
 * The pages of the last build: site path → hash of what it was rendered from, valid while the
 * output folder is the one that build wrote (its marker file unchanged).
 */
export class PageCache {
  private readonly file: string;
  /** What the link check kept of the pages (check.ts), beside the pages' hashes. */
  private readonly linksFile: string;
  private previous = new Map<string, string>();
  private readonly current = new Map<string, string>();

  constructor(
    private readonly options: CacheOptions,
    readonly salt: string,
    private readonly marker: string,
  ) {
    this.file = path.join(options.folder, 'pages.json');
    this.linksFile = path.join(options.folder, 'links.bin');
  }

  async load(): Promise<void> {
    if (this.options.clean) return;
    try {
      const saved = JSON.parse(await readFile(this.file, 'utf8')) as { salt: string; marker: number; pages: Record<string, string>; search?: ShardRecord[]; summaries?: Record<string, SummaryLayout> };
      const marker = (await stat(this.marker)).mtimeMs;
      if (saved.salt === this.salt && saved.marker === marker) {
        this.previous = new Map(Object.entries(saved.pages));
        this.previousSearch = saved.search ?? [];
        this.previousSummaries = new Map(Object.entries(saved.summaries ?? {}));
        // Written before pages.json, so a links file beside a valid pages.json is the same build's.
        this.previousLinks = await readFile(this.linksFile).then((bytes) => deserialize(bytes) as SavedLinks, () => undefined);
      }
    } catch {
      this.previous = new Map();
    }
  }

  /** What the last build's link check kept of its pages, while its output is the current one. */
  previousLinks: SavedLinks | undefined;
  /** What this build's link check kept, saved with its pages. */
  links: SavedLinks | undefined;

  /** The search index shards of the last build (see search.ts), while its output is the current one. */
  previousSearch: ShardRecord[] = [];
  /** The search index shards of this build, saved with its pages. */
  search: ShardRecord[] = [];

  private previousSummaries = new Map<string, SummaryLayout>();
  /** Where each record's block lies in this build's summary data files, saved with its pages. */
  readonly summaries: Record<string, SummaryLayout> = {};

  /** Where each record's block lies in the last build's summary file, while the output holds that file as the last build wrote it. */
  previousSummary(sitePath: string): SummaryLayout | undefined {
    return this.previous.has(sitePath) ? this.previousSummaries.get(sitePath) : undefined;
  }

  /** Pages found unchanged in this build. */
  hits = 0;

  /** True when the previous output holds this page as it would be rendered now. */
  reusable(sitePath: string, hash: string): boolean {
    const same = this.sameFile(sitePath, hash);
    if (same) this.hits++;
    return same;
  }

  /** Takes a file of the last build as not held by the output any more (changed there by hand). */
  forget(sitePath: string): void {
    this.previous.delete(sitePath);
  }

  /** True when the previous output holds this file with the hash given (of a page's values, of another file's text). */
  sameFile(sitePath: string, hash: string): boolean {
    this.current.set(sitePath, hash);
    return this.previous.get(sitePath) === hash;
  }

  /** Records the pages of this build against the new output's marker. */
  async save(marker: string): Promise<void> {
    const pages = Object.fromEntries([...this.current].sort(([left], [right]) => (left < right ? -1 : 1)));
    // The cache is an aid: failing to write it does not fail the build (the next build renders more).
    await mkdir(this.options.folder, { recursive: true })
      .then(() => (this.links ? writeAtomically(this.linksFile, serialize(this.links)) : rm(this.linksFile, { force: true })))
      .then(() => writeAtomically(this.file, JSON.stringify({ salt: this.salt, marker: statSync(marker).mtimeMs, pages, search: this.search, summaries: this.summaries })))
      .catch(() => undefined);
  }
}

const knownDigests = new WeakMap<object, string>();
const composedValues = new WeakMap<object, object[]>();

/** True while `digest` serialises: only then does a shared or composed value stand in for itself. */
let digesting = false;

/**
 * The `toJSON` a shared or composed value is given (not enumerable, so templates and `Object.keys`
 * do not see it): while `digest` serialises, a shared value nested in what it hashes stands as its
 * own hash, computed once, and a composed value as its parts; at any other time, and at the top
 * of what is hashed, the value is itself, so its JSON anywhere else is unchanged. A `toJSON`, not a
 * replacer, because `JSON.stringify` calls a replacer for every key and value of every page, and a
 * `toJSON` only where there is one.
 */
function standIn(this: object, key: string): unknown {
  if (!digesting || key === '') return this;
  const parts = composedValues.get(this);
  if (parts !== undefined) return parts;
  let known = knownDigests.get(this);
  if (known === undefined) knownDigests.set(this, (known = `#${sha256(JSON.stringify(this))}`));
  return known;
}

/** Gives a value `standIn` as its `toJSON`, unless it cannot take one (frozen): then it is hashed whole, which is as right. */
function markStandIn(value: object): void {
  if (Object.isExtensible(value) && !Object.prototype.hasOwnProperty.call(value, 'toJSON')) Object.defineProperty(value, 'toJSON', { value: standIn, enumerable: false, configurable: true, writable: true });
}

/**
 * Takes a value as shown on many pages and not changed for the rest of the process: `digest`
 * then hashes it once and stands the hash for it wherever it is met.
 */
export function shareDigest(value: object): void {
  markStandIn(value);
}

/**
 * Takes a value as made of its parts alone (`{ ...card, share }`: `[card, { share }]`): `digest`
 * then hashes the parts in its place, so a shared part is not walked again.
 */
export function composeDigest(value: object, parts: object[]): void {
  composedValues.set(value, parts);
  markStandIn(value);
}

/**
 * A hash of a JSON-like value, after the `labels` that say what it is (`sha256`'s parts): of its
 * JSON, with each shared value in it as its own hash and each composed value as its parts (see
 * `standIn`).
 */
export function digest(value: unknown, ...labels: string[]): string {
  const outer = digesting;
  digesting = true;
  try {
    return sha256(...labels, JSON.stringify(value) ?? 'null');
  } finally {
    digesting = outer;
  }
}
