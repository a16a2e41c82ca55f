// A build with nothing to do. Like make, a build whose every input is as the last build's and
// whose output folder is as that build left it writes nothing: it says the site is up to date
// and repeats the last build's warnings. The last build's record (`last-build.json` in the build
// cache) holds a key for everything the site is made from and the size and modification time of
// every file it wrote; a file changed, added or removed in the output by hand makes a full build.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { regularFileBytes } from '../read/read.ts';
import type { Diagnostic } from '../types.ts';
import type { FileIdentity } from '../write/write.ts';
import { sha256, writeAtomically } from './cache.ts';

/** What a build reports about the site besides its pages: kept in the record, so an up-to-date build can say it again. */
export interface BuildCounts {
  articles: number;
  quotes: number;
  speakers: number;
  /** Themes with at least one article. */
  themes: number;
}

/** What the last build that completed without errors made, and from what. */
export interface BuildRecord {
  /** `inputKey` of that build. */
  key: string;
  counts: BuildCounts;
  pages: number;
  /** Search index shards (see search.ts). */
  searchShards: number;
  diagnostics: Diagnostic[];
  /** Every file of the output folder: path, size in bytes, modification time in milliseconds. */
  output: OutputEntry[];
}

type OutputEntry = [path: string, size: number, modified: number];

/** What the build found of each file of the output before it wrote anything: the record's entry and the file's inode. */
export interface FoundFile {
  entry: OutputEntry;
  /** Unknown for a file the scan was told about and did not look at. */
  identity?: FileIdentity;
}

/** The output's files by site path, or null when the folder cannot be read (or holds anything but files and folders). */
export type OutputScan = Map<string, FoundFile> | null;

export interface BuildInputs {
  /** Verbatim's version, code and libraries (`codeHash`). */
  code: string;
  input: string;
  output: string;
  /** The config as the build uses it (the base URL option applied), and every option that changes what is written. */
  settings: unknown;
  /** The templates folder, whose files (`style.css` and the scripts too) are hashed. */
  templates: string;
  /** The input's article files, relative to `input`, in build order, each with its bytes' hash (`contentHashes`), and what listing them found. */
  files: string[];
  hashes: Array<string | null>;
  listing: Diagnostic[];
}

/** Each file's SHA-256, or null for one that is not a regular file: read once, for this key and for the extraction cache's. */
export function contentHashes(input: string, files: string[]): Array<string | null> {
  return files.map((file) => {
    const bytes = regularFileBytes(path.join(input, file));
    return bytes && sha256(bytes);
  });
}

/**
 * A hash of everything a build's output is made from: the code, the settings, every template and
 * asset, and each article file's name and bytes.
 */
export function inputKey(inputs: BuildInputs, templatesHash: string): string {
  const hash = createHash('sha256').update(sha256(inputs.code, path.resolve(inputs.input), path.resolve(inputs.output), JSON.stringify(inputs.settings), templatesHash, JSON.stringify(inputs.listing)));
  // One update a file: an archive's worth of them would not fit in one call's arguments.
  for (const [index, file] of inputs.files.entries()) hash.update(`${file}\0${inputs.hashes[index] ?? 'not a regular file'}\n`);
  return hash.digest('hex');
}

const recordName = 'last-build.json';

/** The last build's record, or null when there is none (or it cannot be read). */
export function readRecord(cacheFolder: string): BuildRecord | null {
  try {
    return JSON.parse(readFileSync(path.join(cacheFolder, recordName), 'utf8')) as BuildRecord;
  } catch {
    return null;
  }
}

/**
 * The files of the output that are not as the last build left them: changed, added or removed
 * by hand since (by size and modification time). All of them when there is no record or the folder cannot be read.
 */
export function changedSince(record: BuildRecord | null, found: OutputScan): Set<string> | 'all' {
  if (!record || !found) return 'all';
  const recorded = new Map(record.output.map(([file, size, modified]) => [file, `${size} ${modified}`]));
  const changed = new Set<string>();
  for (const { entry: [file, size, modified] } of found.values()) {
    if (recorded.get(file) !== `${size} ${modified}`) changed.add(file);
    recorded.delete(file);
  }
  for (const file of recorded.keys()) changed.add(file);
  return changed;
}

/** True when the record was made from these inputs and nothing of the output has changed since. */
export function upToDate(record: BuildRecord | null, key: string, changed: Set<string> | 'all'): record is BuildRecord {
  return record !== null && record.key === key && changed !== 'all' && changed.size === 0;
}

/**
 * Records a build that completed without errors, with what its output folder now holds. A file
 * the build took over from the last output (a hard link: one inode, so one size and time) is as
 * `found` saw it before the build; only the files written afresh are looked at again.
 */
export async function writeRecord(cacheFolder: string, record: Omit<BuildRecord, 'output'>, output: string, reused?: { found: OutputScan; shared: Iterable<string> }): Promise<void> {
  const known = new Map<string, OutputEntry>();
  if (reused?.found) for (const sitePath of reused.shared) {
    const entry = reused.found.get(sitePath)?.entry;
    if (entry) known.set(sitePath, entry);
  }
  const entries = scanOutput(output, known);
  // The record is an aid, like the rest of the cache: without it the next build is a full one.
  if (entries === null) await forgetRecord(cacheFolder);
  else await writeAtomically(path.join(cacheFolder, recordName), JSON.stringify({ ...record, output: [...entries.values()].map((file) => file.entry) })).catch(() => undefined);
}

/** Removes the record, so the next build is a full one. */
export async function forgetRecord(cacheFolder: string): Promise<void> {
  await rm(path.join(cacheFolder, recordName), { force: true }).catch(() => undefined);
}

/**
 * Every file below the folder by site path, sorted, or null when it cannot be read (or holds
 * anything but files and folders). A file `known` has an entry for is not looked at.
 */
export function scanOutput(folder: string, known: ReadonlyMap<string, OutputEntry> = new Map()): OutputScan {
  try {
    const files: Array<[string, FoundFile]> = [];
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) continue;
      if (!entry.isFile()) return null;
      const file = path.join(entry.parentPath, entry.name);
      const sitePath = path.relative(folder, file).split(path.sep).join('/');
      const before = known.get(sitePath);
      if (before) {
        files.push([sitePath, { entry: before }]);
        continue;
      }
      const status = lstatSync(file);
      files.push([sitePath, { entry: [sitePath, status.size, status.mtimeMs], identity: { inode: status.ino, device: status.dev } }]);
    }
    return new Map(files.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
  } catch {
    return null;
  }
}
