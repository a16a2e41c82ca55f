// The output edge, and the one place that turns site paths into file paths. The site is written
// to `.OUT.building-<pid>` beside the output; when it is complete the old output is renamed to
// `.OUT.old-<pid>`, the new one renamed to OUT, and the old one removed. A lock file beside the
// output keeps two builds apart, a marker file inside it says Verbatim wrote it, and folders left
// by a build that was killed are cleaned (or, in the one instant between the two renames, put
// back) by the next build.
//
// With a spare folder (in the build cache), the old output is not removed but kept there, and
// the next build writes into it: only the files that differ from the site it is building are
// written, so a rebuild that changes little writes little, and still never touches the live site
// until the one swap.
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { cp, link, lstat, mkdir, readdir, readFile, realpath, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../site/errors.ts';
import { slugPattern } from '../text/slug.ts';

export interface OutputFile {
  path: string;
  /** The text, whole or in pieces of text or bytes (written in order, so a large file need not be held at once), or bytes. */
  contents: string | Uint8Array | Iterable<string | Uint8Array> | (() => string | Uint8Array);
  /** The current output holds this file as it should be: it is taken over (a hard link) and `contents` is used only if that fails. */
  unchanged?: boolean;
}

/** Inside every output folder; without it Verbatim refuses to replace a non-empty folder. */
export const markerFile = '.verbatim';
const markerText = 'This folder was written by Verbatim and is replaced on every build.\n';

const fileExtensions = new Set(['html', 'json', 'css', 'xml', 'txt', 'js', 'svg']);

/**
 * The search index Pagefind makes (hash-named files such as `fragment/en_161a263.pf_fragment`): its
 * own folder, names and extensions; a large archive's further index shards in `pagefind/shard-N/`.
 */
const searchFolder = 'pagefind';
const searchShard = /^shard-[0-9]+$/;
const searchName = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const searchExtensions = new Set(['js', 'json', 'pagefind', 'pf_meta', 'pf_fragment', 'pf_index', 'pf_filter']);

function isSearchIndexPath(segments: string[], name: string): boolean {
  const dot = name.lastIndexOf('.');
  const depth = searchShard.test(segments[1] ?? '') ? 3 : 2;
  return segments[0] === searchFolder && segments.length <= depth && segments.every((segment) => slugPattern.test(segment)) && searchName.test(name) && searchExtensions.has(name.slice(dot + 1));
}

/**
 * Site path ("speakers/jens-stoltenberg/page-2.html") → file path under `root`. Every folder and
 * file name must be a slug (`[a-z0-9-]`, no dots, no empty segment) with a known extension, so no
 * id from an input file can climb out of the folder, name a hidden file or make an odd subfolder.
 */
export function outputPath(root: string, sitePath: string): string {
  const segments = sitePath.split('/');
  const name = segments.pop()!;
  const dot = name.lastIndexOf('.');
  const safe =
    segments.every((segment) => slugPattern.test(segment)) &&
    dot > 0 &&
    slugPattern.test(name.slice(0, dot)) &&
    fileExtensions.has(name.slice(dot + 1));
  if (!safe && !isSearchIndexPath(segments, name)) throw new UsageError(`refusing to write "${sitePath}": an output path must be made of [a-z0-9-] names`);
  return path.join(root, ...segments, name);
}

interface Places {
  target: string;
  parent: string;
  staging: string;
  previous: string;
  lock: string;
}

function places(output: string, pid = process.pid): Places {
  const target = path.resolve(output);
  const parent = path.dirname(target);
  const base = path.basename(target);
  return {
    target,
    parent,
    staging: path.join(parent, `.${base}.building-${pid}`),
    previous: path.join(parent, `.${base}.old-${pid}`),
    lock: path.join(parent, `.${base}.lock`),
  };
}

const isInside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** The nearest existing folder of `folder`, resolved through symbolic links; a file on the way is an error. */
async function resolveExisting(folder: string): Promise<string> {
  const missing: string[] = [];
  let current = path.resolve(folder);
  for (;;) {
    try {
      const real = await realpath(current);
      if (missing.length > 0 && !(await stat(real)).isDirectory()) throw new UsageError(`cannot create the output folder "${folder}": "${current}" is a file`);
      return path.join(real, ...missing.reverse());
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      if (code === 'ENOTDIR') throw new UsageError(`cannot create the output folder "${folder}": a part of its path is a file`);
      missing.push(path.basename(current));
      const up = path.dirname(current);
      if (up === current) return path.join(current, ...missing.reverse());
      current = up;
    }
  }
}

/**
 * Refuses an output folder that would destroy something: one that is or contains the input, a
 * file, or a non-empty folder without Verbatim's marker (unless `force`).
 */
export async function checkOutputFolder(input: string, output: string, force: boolean): Promise<void> {
  const target = await resolveExisting(output);
  const source = await realpath(input).catch(() => path.resolve(input));
  if (isInside(source, target)) throw new UsageError(`refusing to build into "${output}": it contains the input folder "${input}"`);
  const info = await lstat(target).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) throw new UsageError(`refusing to build into "${output}": it is not a folder`);
  const entries = await readdir(target);
  if (entries.length === 0 || entries.includes(markerFile) || force) return;
  throw new UsageError(`refusing to replace "${output}": it holds files Verbatim did not write (no ${markerFile} marker); use --force to replace it`);
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What a signal handler must undo if the build is stopped now. */
const active = new Set<Places>();

/**
 * Takes the output folder's lock (an O_EXCL file beside it holding the pid), or fails with a
 * clear message when a live build holds it. A lock whose process is gone is taken over.
 */
export async function lockOutput(output: string): Promise<() => void> {
  const where = places(output);
  await mkdir(where.parent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot create the output folder "${output}" (${error.code ?? error.message})`);
  });
  for (let attempt = 0; ; attempt++) {
    try {
      const descriptor = openSync(where.lock, 'wx');
      writeSync(descriptor, `${process.pid}\n`);
      closeSync(descriptor);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw new UsageError(`cannot lock the output folder "${output}" (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      const holder = Number(readFileSync(where.lock, 'utf8').trim() || Number.NaN);
      if (processAlive(holder) && holder !== process.pid) throw new UsageError(`another build (pid ${holder}) is writing "${output}"; wait for it to finish (lock file ${where.lock})`);
      rmSync(where.lock, { force: true });
    }
  }
  active.add(where);
  recoverAndClean(where);
  return () => {
    active.delete(where);
    rmSync(where.lock, { force: true });
  };
}

/**
 * Folders left by builds that were killed: a staging or old folder whose pid is gone is removed,
 * and if the output is missing (killed between the two renames) the old one is put back first.
 */
function recoverAndClean(where: Places): void {
  const base = path.basename(where.target);
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|old)-(\\d+)$`);
  const left = readdirSync(where.parent).flatMap((name) => {
    const match = pattern.exec(name);
    return match && !processAlive(+match[2]!) ? [{ name, kind: match[1]!, pid: +match[2]! }] : [];
  });
  const exists = (file: string) => statSync(file, { throwIfNoEntry: false }) !== undefined;
  const old = left.find((entry) => entry.kind === 'old');
  if (old && !exists(where.target)) renameSync(path.join(where.parent, old.name), where.target);
  for (const entry of left) rmSync(path.join(where.parent, entry.name), { recursive: true, force: true });
}

/** Undoes what a stopped build left, synchronously, for signal handlers. */
export function abandonWrites(): void {
  for (const where of active) {
    const exists = (file: string) => statSync(file, { throwIfNoEntry: false }) !== undefined;
    if (!exists(where.target) && exists(where.previous)) renameSync(where.previous, where.target);
    rmSync(where.staging, { recursive: true, force: true });
    rmSync(where.previous, { recursive: true, force: true });
    rmSync(where.lock, { force: true });
  }
  active.clear();
}

/**
 * The replaced output becomes the spare, with its record (what it holds and shares with the new
 * output), or is removed when there is no spare folder or it cannot be moved there.
 */
async function keepOrRemove(where: Places, spareFolder: string | undefined, shared: string[]): Promise<void> {
  const kept =
    spareFolder !== undefined &&
    (await (async () => {
      const record: SpareRecord = {
        output: (await stat(path.join(where.target, markerFile))).mtimeMs,
        shared,
      };
      await rm(spareFolder, { recursive: true, force: true });
      await mkdir(path.dirname(spareFolder), { recursive: true });
      await rename(where.previous, spareFolder);
      await writeFile(path.join(spareFolder, spareRecordFile), JSON.stringify(record));
      return true;
    })().catch(() => false));
  if (!kept) await rm(where.previous, { recursive: true, force: true });
}

/** Milliseconds at most between two turns of the event loop while the site is written (see `writeSite`). */
const eventLoopTurn = 5;

/** Files being written at the same time: enough to keep the disk busy, few enough for any ulimit. */
const writesAtOnce = 32;

export interface WriteOptions {
  /**
   * Told each HTML page once it is in the temporary folder, with its text, or with null when it was
   * taken over from the current output (whoever needs its text reads `file`); the next file waits for it.
   */
  pageWritten?: (sitePath: string, file: string, html: string | null) => void | Promise<void>;
  /**
   * Runs on the complete temporary folder, given every site path written, before it replaces the
   * output: the files it returns are written too (a search index made from the pages); throwing
   * leaves the old output.
   */
  complete?: (folder: string, sitePaths: string[]) => Promise<OutputFile[]>;
  /**
   * A folder, on the output's file system, where the replaced output is kept (instead of removed)
   * and which the next build writes into (see `takeSpare`).
   */
  spare?: string;
  /**
   * The output's file at a site path as the build found it before writing (undefined when it
   * does not know): saves looking at the output's file again to see if a spare's file is it.
   */
  outputIdentity?: (sitePath: string) => FileIdentity | undefined;
}

/**
 * What a spare folder holds, recorded in it when it is made: which of its files are
 * the output's own (one file, hard-linked), valid while the output is the one whose marker it names.
 */
interface SpareRecord {
  /** The output's marker file's modification time when the spare was made. */
  output: number;
  /** Files of the spare that are the output's (the same inode). */
  shared: string[];
}

const spareRecordFile = '.verbatim-spare.json';

interface Spare {
  files: Set<string>;
  shared: Set<string>;
}

/**
 * Makes the spare folder the temporary one, when its record is whole: its files are then
 * overwritten or removed as this build needs. The record is removed first, so a spare a build
 * was stopped in the middle of is never trusted again.
 */
async function takeSpare(spare: string, where: Places): Promise<Spare | null> {
  const record = await readFile(path.join(spare, spareRecordFile), 'utf8').then((text) => JSON.parse(text) as SpareRecord, () => null);
  if (!record) {
    await rm(spare, { recursive: true, force: true });
    return null;
  }
  await rm(path.join(spare, spareRecordFile));
  await rename(spare, where.staging);
  const marker = await stat(path.join(where.target, markerFile)).then((info) => info.mtimeMs, () => null);
  // Its files are listed, not taken from a record: a file added to or removed from the output by hand since is in it or not.
  return { files: new Set(await filesBelow(where.staging)), shared: new Set(marker === record.output ? record.shared : []) };
}

/** All the files below `root` (site paths), the marker aside: for an output no record lists. */
async function filesBelow(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/')).filter((file) => file !== markerFile);
}

/** Which file a path names: two paths with one identity are one file (a hard link). */
export interface FileIdentity {
  inode: number;
  device: number;
}

/** True when the spare's file at `spare` is the output's file (`output`, undefined when there is none). */
function isOutputFile(output: FileIdentity | undefined, spare: string): boolean {
  if (output === undefined) return false;
  const found = identityOf(spare);
  return found?.inode === output.inode && found.device === output.device;
}

/**
 * The regular file's identity at the path, or undefined when there is none. Synchronous: a small
 * call a page, which through the thread pool cost more in waiting than in work.
 */
function identityOf(file: string): FileIdentity | undefined {
  const status = lstatSync(file, { throwIfNoEntry: false });
  return status?.isFile() ? { inode: status.ino, device: status.dev } : undefined;
}

/** Removes the files (a spare's, which this site does not have), then every folder they leave empty. */
async function removeFiles(root: string, sitePaths: Iterable<string>): Promise<void> {
  const folders = new Set<string>();
  for (const sitePath of sitePaths) {
    await unlink(outputPath(root, sitePath)).catch(() => undefined);
    for (let folder = path.posix.dirname(sitePath); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so a folder is tried after the folders inside it.
  for (const folder of [...folders].sort((left, right) => right.split('/').length - left.split('/').length)) await rmdir(path.join(root, folder)).catch(() => undefined);
}

/**
 * Writes the files as the iterable gives them (a page can be rendered just before it is written,
 * so the site is never held whole), a bounded number at a time, then swaps the folder into place.
 * Returns the site paths it took over from the old output (hard links) instead of writing.
 */
export async function writeSite(
  output: string,
  files: Iterable<OutputFile>,
  assets: Array<{ from: string; to: string }>,
  options: WriteOptions = {},
): Promise<string[]> {
  const { complete, pageWritten } = options;
  const where = places(output);
  await mkdir(where.parent, { recursive: true });
  await rm(where.staging, { recursive: true, force: true });
  const spare = options.spare === undefined ? null : await takeSpare(options.spare, where);
  /** Files of the new site that are the old output's (hard links), for the next spare's record. */
  const shared: string[] = [];
  const written = new Set<string>();
  const sitePaths: string[] = [];
  const destinationOf = (sitePath: string) => {
    const destination = outputPath(where.staging, sitePath);
    if (written.has(destination)) throw new UsageError(`refusing to write "${sitePath}" twice: two pages have one path`);
    written.add(destination);
    sitePaths.push(sitePath);
    return destination;
  };
  const folders = new Map<string, Promise<unknown>>();
  const folderFor = (destination: string) => {
    const folder = path.dirname(destination);
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    return made;
  };
  /**
   * A spare's file is removed before one is put in its place: it may be the output's own (a hard
   * link), and writing into it would change the live site.
   */
  const clear = async (sitePath: string, destination: string) => {
    if (spare?.files.has(sitePath)) await unlink(destination).catch(() => undefined);
  };
  /**
   * Puts one file in the temporary folder: when it is unchanged, the current output's copy (already
   * there in a spare, else a hard link made) and null; else its contents written.
   */
  const put = async (file: OutputFile, destination: string): Promise<string | Uint8Array | Iterable<string | Uint8Array> | null> => {
    // The spare's record says which of its files are the output's, but a file removed or replaced
    // in the output by hand since is not: each is checked to be the output's own file still.
    if (file.unchanged && spare?.shared.has(file.path) && isOutputFile(options.outputIdentity?.(file.path) ?? identityOf(outputPath(where.target, file.path)), destination)) {
      shared.push(file.path);
      return null;
    }
    await folderFor(destination);
    await clear(file.path, destination);
    if (file.unchanged && (await link(outputPath(where.target, file.path), destination).then(() => true, () => false))) {
      shared.push(file.path);
      return null;
    }
    const contents = typeof file.contents === 'function' ? file.contents() : file.contents;
    await writeFile(destination, typeof contents === 'string' || contents instanceof Uint8Array ? contents : inChunks(contents));
    return contents;
  };
  try {
    // Each writer takes the next file (checking its path before anything is written for it), makes
    // its folder once, and writes it; a bounded number of writers at a time.
    const iterator = files[Symbol.iterator]();
    let done = false;
    let lastTurn = performance.now();
    const writer = async () => {
      try {
        while (!done) {
          const next = iterator.next();
          if (next.done) {
            done = true;
            return;
          }
          const destination = destinationOf(next.value.path);
          const written = await put(next.value, destination);
          if (pageWritten && next.value.path.endsWith('.html') && (written === null || typeof written === 'string')) await pageWritten(next.value.path, destination, written);
          // A file taken over is put without waiting on any I/O, so after an edit thousands go by
          // without a turn of the event loop, and whatever waits on I/O meanwhile waits for all of
          // them (the search index's checks of the shards it takes over, Pagefind's answers): the
          // loop is let through now and then.
          if (performance.now() - lastTurn > eventLoopTurn) {
            await new Promise((resolve) => setImmediate(resolve));
            lastTurn = performance.now();
          }
        }
      } catch (error) {
        done = true;
        throw error;
      }
    };
    // Every writer has stopped before a failure is reported (and the temporary folder removed).
    const failed = (await Promise.allSettled(Array.from({ length: writesAtOnce }, writer))).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    for (const asset of assets) {
      const destination = destinationOf(asset.to);
      await mkdir(path.dirname(destination), { recursive: true });
      await clear(asset.to, destination);
      await cp(asset.from, destination);
    }
    for (const file of (await complete?.(where.staging, [...sitePaths])) ?? []) await put(file, destinationOf(file.path));
    if (spare) await removeFiles(where.staging, [...spare.files].filter((file) => !written.has(path.join(where.staging, file))));
    // Written afresh every build (never into the old output's copy): the page cache knows an output by its time.
    await rm(path.join(where.staging, markerFile), { force: true });
    await writeFile(path.join(where.staging, markerFile), markerText);
    // From here on the output is always either the old site or the new one, except for the
    // moment between the two renames; a build killed there is put right by the next one.
    let hadPrevious = true;
    await rename(where.target, where.previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      hadPrevious = false;
    });
    try {
      await rename(where.staging, where.target);
    } catch (error) {
      if (hadPrevious) await rename(where.previous, where.target);
      throw error;
    }
    if (hadPrevious) await keepOrRemove(where, options.spare, shared);
    return shared;
  } finally {
    await rm(where.staging, { recursive: true, force: true });
  }
}

/**
 * A file's pieces joined into pieces of at least `size` characters: each piece is one write, and a
 * data file comes as one piece per record (tens of thousands of small writes for a large archive).
 * 32,768 characters, 64 KB as a two-byte string, stay under V8's large-object size (128 KB); with
 * 1 MB pieces an edit rebuild of 10,000 articles peaked some 35 MB higher, and was no faster.
 * Pieces that are bytes (already joined by whoever made them) go as they are, in their place.
 */
export function* inChunks(pieces: Iterable<string | Uint8Array>, size = 1 << 15): Generator<string | Uint8Array> {
  let chunk = '';
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (chunk !== '') yield chunk;
      chunk = '';
      yield piece;
      continue;
    }
    chunk += piece;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
