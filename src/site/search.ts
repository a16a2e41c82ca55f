// Full-text search with Pagefind. Its Node API is fed each article page as the writer puts it in
// the temporary folder, in site order (Pagefind's index depends on the order pages arrive), so
// Pagefind's process indexes on one core while this one renders on the other. Pagefind holds
// every page of an index in memory (about 190 KB a page), so a large archive is indexed in shards
// of `pagesPerShard` pages, one Pagefind process at a time: `pagefind/` holds the first and the
// search script, `pagefind/shard-N/` the others, `pagefind/shards.json` lists them, and the search
// page merges them (Pagefind's mergeIndex). Filters come from the pages' data-pagefind-filter
// attributes (theme, speaker, source).
import path from 'node:path';
import * as pagefind from 'pagefind';

type SearchFile = { path: string; contents: Uint8Array | string };

/** The files of Pagefind's bundle that the site's own search script uses (not its UI kits). */
const uiFiles = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Pages an index holds before the next shard starts: about 400 MB of Pagefind's memory. */
export const defaultPagesPerShard = 2000;

/** Pages waiting for Pagefind, at most (each held as its HTML and Pagefind's message, about 45 KB). */
const inFlight = 128;

export class SearchIndexer {
  private readonly waiting = new Map<number, { sitePath: string; html: string }>();
  private next = 0;
  private index: Awaited<ReturnType<typeof pagefind.createIndex>>['index'] | null = null;
  private inShard = 0;
  private readonly shards: SearchFile[][] = [];
  /** Additions sent to Pagefind and not yet answered. */
  private readonly additions = new Set<Promise<void>>();
  /** Pages taken in and not yet answered by Pagefind (queued on the chain or sent). */
  private unanswered = 0;
  private readonly waiters: Array<() => void> = [];
  private failure: string | null = null;
  /** The chain every call to Pagefind goes through, so they reach it in order. */
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly pagesPerShard = defaultPagesPerShard) {}

  /**
   * The page that comes `order`th (0, 1, 2, …) among the pages to index; pages may arrive out of
   * order and are sent in order. Resolves when few enough pages are waiting for Pagefind.
   */
  async add(order: number, sitePath: string, html: string): Promise<void> {
    this.waiting.set(order, { sitePath, html });
    for (let page = this.waiting.get(this.next); page; page = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.send(page.sitePath, page.html);
    }
    while (this.unanswered >= inFlight) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private send(sitePath: string, html: string): void {
    const full = this.inShard === this.pagesPerShard;
    if (full) this.inShard = 0;
    this.inShard++;
    this.unanswered++;
    this.chain = this.chain.then(async () => {
      try {
        if (this.failure !== null) return this.answered();
        if (full) await this.closeShard();
        this.index ??= await openIndex();
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
      } catch (error) {
        this.fail(error);
        this.answered();
      }
    });
  }

  private answered(): void {
    this.unanswered--;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** The index files, or none and the reason when Pagefind could not run here (the search page then uses the compact index over http too). */
  async finish(): Promise<{ files: SearchFile[]; problem: string | null }> {
    if (this.waiting.size > 0) this.fail(`search: page ${this.next} never arrived`);
    await this.chain;
    await Promise.all(this.additions);
    try {
      if (this.failure === null && this.index) await this.closeShard();
    } catch (error) {
      this.fail(error);
    }
    await pagefind.close();
    if (this.failure !== null) return { files: [], problem: this.failure };
    const folders = this.shards.map((_, number) => (number === 0 ? 'pagefind' : `pagefind/shard-${number + 1}`));
    const files = this.shards.flatMap((shard, number) => shard.map((file) => ({ ...file, path: `${folders[number]}/${file.path}` })));
    // The search page merges the other shards into the first; listed relative to `pagefind/`.
    if (files.length > 0) files.push({ path: 'pagefind/shards.json', contents: `${JSON.stringify(folders.slice(1).map((folder) => `${folder.slice('pagefind/'.length)}/`))}\n` });
    return { files: files.sort((left, right) => (left.path < right.path ? -1 : 1)), problem: null };
  }

  /** The current index's files, and its Pagefind process ended, so its memory is given back. */
  private async closeShard(): Promise<void> {
    const index = this.index!;
    this.index = null;
    await Promise.all(this.additions);
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(`pagefind: ${errors.join('; ')}`);
    this.shards.push(files.filter((file) => !uiFiles.test(path.posix.basename(file.path))).map((file) => ({ path: file.path.split(path.sep).join('/'), contents: file.content })));
    await pagefind.close();
  }

  private fail(error: unknown): void {
    this.failure ??= error instanceof Error ? error.message : String(error);
  }
}

async function openIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  return index;
}
