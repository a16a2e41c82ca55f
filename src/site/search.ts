// Full-text search with Pagefind. Its Node API is fed each article page as the writer puts it in
// the temporary folder, in site order (Pagefind's index depends on the order pages arrive), so
// Pagefind's process indexes on one core while this one renders on the other. Pagefind holds
// every page of an index in memory (about 190 KB a page), so a large archive is indexed in shards
// of `pagesPerShard` pages, one Pagefind process at a time: `pagefind/` holds the first and the
// search script, `pagefind/shard-N/` the others, `pagefind/shards.json` lists them, and the search
// page merges them (Pagefind's mergeIndex). A closed shard's files go to the writer at once
// (`takeFiles`) and the list last, so a build whose Pagefind fails part way leaves no list and the
// search page uses the compact index. A shard whose pages are the last build's, page for page, is
// taken from the last output instead of indexed again; a page stands in a shard's record as the
// hash of what Pagefind reads of it (`searchView`), so a change Pagefind does not see (a related
// article's card) leaves its shard as it was. Filters come from the pages' data-pagefind-filter
// attributes (theme, speaker, source).
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { sha256 } from './cache.ts';

/** An index file; one of a shard taken from the last build is linked from the last output (`unchanged`), read only if that fails. */
export type SearchFile = { path: string; contents: Uint8Array | string | (() => Uint8Array); unchanged?: boolean };

/** What a build records of one shard, to know the next time whether it can be reused. */
export interface ShardRecord {
  /** Its pages in order, each "site path hash-of-its-search-view". */
  pages: string[];
  /** Its index files, as site paths. */
  files: string[];
}

export interface SearchOptions {
  /** Pages an index holds before the next shard starts. */
  pagesPerShard?: number;
  /** The shards of the last build, and the output folder that holds their files. */
  previous?: { shards: ShardRecord[]; output: string };
  /** Record each page (the hash of what Pagefind reads of it), for the next build: a build with a cache. */
  record?: boolean;
  /** Pages sent to Pagefind and unanswered, and pages waiting with their HTML, at most each; a test sets it small. */
  inFlight?: number;
}

const ignoredWhole = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore="all"[^>]*>/g;

/**
 * A page as far as Pagefind reads it: its HTML without the elements marked
 * `data-pagefind-ignore="all"`, whose words, filters and metadata Pagefind leaves out. Two pages
 * with the same view give Pagefind the same index.
 */
export function searchView(html: string): string {
  let view = '';
  let from = 0;
  ignoredWhole.lastIndex = 0;
  for (let open = ignoredWhole.exec(html); open; open = ignoredWhole.exec(html)) {
    const tag = open[1]!;
    const nested = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
    nested.lastIndex = open.index + open[0].length;
    let depth = 1;
    let end = html.length;
    for (let next = nested.exec(html); next; next = nested.exec(html)) {
      depth += next[1] ? -1 : 1;
      if (depth === 0) {
        end = html.indexOf('>', next.index) + 1;
        break;
      }
    }
    view += html.slice(from, open.index);
    from = end;
    ignoredWhole.lastIndex = end;
  }
  return view + html.slice(from);
}

/** The files of Pagefind's bundle that the site's own search script uses (not its UI kits). */
const uiFiles = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Pages an index holds before the next shard starts: about 216 MiB of Pagefind's memory, and what an edit to one article has indexed again. */
const defaultPagesPerShard = 1000;

/** Pages sent to Pagefind and unanswered, and pages on the chain holding their HTML, at most each (a page is about 45 KB as HTML and message). */
const defaultInFlight = 128;

interface ShardPage {
  sitePath: string;
  /** Where the page is written, to be read again if a shard that looked reusable is not. */
  file: string;
  /** "site path hash", as a shard record lists its pages. */
  key: string;
}

interface Shard {
  number: number;
  pages: ShardPage[];
  /** Whether its pages have gone to Pagefind; until then they may all be the last build's. */
  sent: boolean;
}

const shardFolder = (number: number) => (number === 0 ? 'pagefind' : `pagefind/shard-${number + 1}`);

export class SearchIndexer {
  private readonly pagesPerShard: number;
  private readonly inFlight: number;
  private readonly waiting = new Map<number, { page: ShardPage; html: string | null }>();
  private next = 0;
  private index: Awaited<ReturnType<typeof pagefind.createIndex>>['index'] | null = null;
  private current: Shard = { number: 0, pages: [], sent: false };
  private readonly files: SearchFile[] = [];
  private readonly records: ShardRecord[] = [];
  /** Shards taken from the last build. */
  reusedShards = 0;
  /** Additions sent to Pagefind and not yet answered. */
  private readonly additions = new Set<Promise<void>>();
  /** Pages sent to Pagefind and not yet answered. */
  private sent = 0;
  /** Pages on the chain that hold their HTML; the others are read back from their files in turn. */
  private held = 0;
  private readonly waiters: Array<() => void> = [];
  private failure: string | null = null;
  /** The chain every call to Pagefind goes through, so they reach it in order. */
  private chain: Promise<void> = Promise.resolve();

  /** Each page of the last build's shards → its key there, for the pages taken over from it. */
  private readonly previousKeys = new Map<string, string>();

  constructor(private readonly options: SearchOptions = {}) {
    this.pagesPerShard = options.pagesPerShard ?? defaultPagesPerShard;
    this.inFlight = options.inFlight ?? defaultInFlight;
    for (const shard of options.previous?.shards ?? []) for (const key of shard.pages) this.previousKeys.set(key.slice(0, key.indexOf(' ')), key);
  }

  /**
   * The page that comes `order`th (0, 1, 2, …) among the pages to index, as written to `file`,
   * with its text, or null when it was taken over from the last output unchanged (read from
   * `file` if it is needed). Pages may arrive out of order and are taken in order. The writer
   * never waits for Pagefind: past a bounded number, a page waits as its file, not its text, so
   * Pagefind works through the article pages while the other pages are rendered.
   */
  add(order: number, page: { sitePath: string; file: string; html: string | null }): void {
    const key = this.keyOf(page.sitePath, page.html);
    this.waiting.set(order, { page: { sitePath: page.sitePath, file: page.file, key }, html: page.html });
    for (let entry = this.waiting.get(this.next); entry; entry = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.take(entry.page, entry.html);
    }
  }

  /**
   * "site path hash-of-its-search-view"; a page taken over has the last build's key. Without a
   * record (no cache) the key matches no recorded page.
   */
  private keyOf(sitePath: string, html: string | null): string {
    if (!this.options.record) return `${sitePath} `;
    if (html === null) return this.previousKeys.get(sitePath) ?? `${sitePath} `;
    return `${sitePath} ${sha256(searchView(html))}`;
  }

  private take(page: ShardPage, html: string | null): void {
    let shard = this.current;
    if (shard.pages.length === this.pagesPerShard) {
      const full = shard;
      this.then(() => this.closeShard(full));
      shard = this.current = { number: full.number + 1, pages: [], sent: false };
    }
    // While every page of the shard so far is the last build's, in its place, none goes to Pagefind.
    if (!shard.sent && this.options.previous?.shards[shard.number]?.pages[shard.pages.length] === page.key) {
      shard.pages.push(page);
      return;
    }
    if (!shard.sent) {
      shard.sent = true;
      for (const earlier of shard.pages) this.queue(earlier, null);
    }
    shard.pages.push(page);
    this.queue(page, html);
  }

  /** `step` after everything before it, on the chain; a failure stops the indexing. */
  private then(step: () => Promise<void>): void {
    this.chain = this.chain.then(async () => {
      if (this.failure !== null) return;
      try {
        await step();
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /** One page for Pagefind, on the chain, with its text while few pages hold theirs. */
  private queue(page: ShardPage, html: string | null): void {
    const holds = html !== null && this.held < this.inFlight;
    if (holds) this.held++;
    const text = holds ? html : null;
    this.chain = this.chain.then(async () => {
      if (holds) this.held--;
      if (this.failure !== null) return;
      try {
        await this.addition(page.sitePath, text ?? readFileSync(page.file, 'utf8'));
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /** Sends a page once few enough are waiting for Pagefind's answer (each one's message is held until then). */
  private async addition(sitePath: string, html: string): Promise<void> {
    while (this.sent >= this.inFlight && this.failure === null) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure !== null) return;
    this.index ??= await openIndex();
    this.sent++;
    // Not awaited: additions are pipelined, and Pagefind takes them in the order sent.
    const added: Promise<void> = this.index.addHTMLFile({ sourcePath: sitePath, content: html }).then(
      (result) => {
        if (result.errors.length > 0) this.fail(`pagefind: ${result.errors.join('; ')}`);
      },
      (error: unknown) => this.fail(error),
    );
    this.additions.add(added);
    void added.finally(() => {
      this.additions.delete(added);
      this.answered();
    });
  }

  private answered(): void {
    this.sent--;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /**
   * The files of the shards closed so far and not yet taken, so the writer writes them while the
   * rest of the site is written instead of holding every shard to the end.
   */
  takeFiles(): SearchFile[] {
    return this.failure === null ? this.files.splice(0) : [];
  }

  /**
   * The index files not yet taken and what was recorded of each shard; or no files and the reason when Pagefind
   * could not run here (the search page then uses the compact index over http too).
   */
  async finish(): Promise<{ files: SearchFile[]; shards: ShardRecord[]; problem: string | null }> {
    if (this.waiting.size > 0) this.fail(`search: page ${this.next} never arrived`);
    const last = this.current;
    if (last.pages.length > 0) this.then(() => this.closeShard(last));
    await this.chain;
    await Promise.all(this.additions);
    await pagefind.close();
    if (this.failure !== null) return { files: [], shards: [], problem: this.failure };
    const files = this.takeFiles();
    // The search page merges the other shards into the first; listed relative to `pagefind/`.
    if (files.length > 0) files.push({ path: 'pagefind/shards.json', contents: `${JSON.stringify(this.records.slice(1).map((_, number) => `${shardFolder(number + 1).slice('pagefind/'.length)}/`))}\n` });
    return { files: files.sort((left, right) => (left.path < right.path ? -1 : 1)), shards: this.records, problem: null };
  }

  /** A full shard's files: the last build's when its pages are, else Pagefind's, whose process then ends so its memory is given back. */
  private async closeShard(shard: Shard): Promise<void> {
    const pages = shard.pages.map((page) => page.key);
    const previous = this.options.previous;
    const before = previous?.shards[shard.number];
    if (!shard.sent) {
      const reused = before && before.pages.length === pages.length ? await lastShardFiles(previous!.output, before.files) : null;
      if (reused) {
        this.reusedShards++;
        this.files.push(...reused);
        this.records.push({ pages, files: before!.files });
        return;
      }
      // The last build's shard went on further, or its files are gone: indexed after all.
      for (const page of shard.pages) await this.addition(page.sitePath, readFileSync(page.file, 'utf8'));
    }
    const index = this.index!;
    this.index = null;
    await Promise.all(this.additions);
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(`pagefind: ${errors.join('; ')}`);
    const made = files.filter((file) => !uiFiles.test(path.posix.basename(file.path))).map((file) => ({ path: `${shardFolder(shard.number)}/${file.path.split(path.sep).join('/')}`, contents: file.content }));
    this.files.push(...made);
    this.records.push({ pages, files: made.map((file) => file.path) });
    await pagefind.close();
  }

  private fail(error: unknown): void {
    this.failure ??= error instanceof Error ? error.message : String(error);
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

/** A shard's files in the last output, to be taken over (linked, read only if that fails), or null when any is missing. */
async function lastShardFiles(output: string, files: string[]): Promise<SearchFile[] | null> {
  const found = await Promise.all(
    files.map(async (file) => {
      const where = path.join(output, ...file.split('/'));
      return (await stat(where).catch(() => null))?.isFile() ? { path: file, contents: () => readFileSync(where), unchanged: true } : null;
    }),
  );
  return found.every((file) => file !== null) ? found : null;
}

async function openIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  return index;
}
