// A summary data file made again after an edit (articles.json, quotes.json, …) is spliced: the
// block of each record that did not change is copied from the last build's file as bytes, and
// only the changed records' blocks are serialised (see `blocksText` in src/render/data.ts). A
// summary of 10,000 articles is some 80 MB of JSON; an edit to one article serialises one block.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { KeptBytes, SummaryBlock } from '../render/data.ts';

/** Where each record's block lies in a summary file's UTF-8 bytes, by the record's hash, for the next build to copy. */
export interface SummaryLayout {
  /** The whole file's bytes. */
  size: number;
  /** Each non-empty block's record hash, first byte and byte length, in order. */
  blocks: Array<[hash: string, offset: number, length: number]>;
}

/** Bytes in each piece given to the writer. */
const pieceSize = 1 << 16;

/**
 * The text `made` gives, as bytes in pieces of about 64 KB, its kept blocks read from `lastFile`:
 * `made` is given where the last file holds each record's block, by the record's hash, when that
 * file is the size `last` recorded (else nothing is kept, and every block is made). `layout` is
 * filled with where each block lies in this file.
 */
export function* spliced(lastFile: string, last: SummaryLayout | undefined, made: (kept: (hash: string) => KeptBytes | undefined) => Iterable<string | SummaryBlock>, layout: SummaryLayout): Generator<Uint8Array> {
  const descriptor = last === undefined ? null : openWithSize(lastFile, last.size);
  const where = new Map(descriptor === null ? [] : last!.blocks.map(([hash, offset, length]) => [hash, { offset, length }]));
  layout.size = 0;
  layout.blocks = [];
  try {
    let piece = Buffer.allocUnsafe(pieceSize);
    let used = 0;
    for (const part of made((hash) => where.get(hash))) {
      const text = typeof part === 'string' ? part : 'text' in part ? part.text : undefined;
      const kept = typeof part === 'string' || 'text' in part ? undefined : part.kept;
      const length = text !== undefined ? Buffer.byteLength(text) : kept!.length;
      if (typeof part !== 'string') layout.blocks.push([part.hash, layout.size, length]);
      layout.size += length;
      if (used > 0 && used + length > pieceSize) {
        yield piece.subarray(0, used);
        piece = Buffer.allocUnsafe(pieceSize);
        used = 0;
      }
      // A part longer than a piece is a piece of its own.
      const into = length > pieceSize ? Buffer.allocUnsafe(length) : piece;
      const at = length > pieceSize ? 0 : used;
      if (text !== undefined) into.write(text, at);
      else readFully(descriptor!, into, at, kept!);
      if (into === piece) used += length;
      else yield into;
    }
    if (used > 0) yield piece.subarray(0, used);
  } finally {
    if (descriptor !== null) closeSync(descriptor);
  }
}

/** The file opened for reading when it is `size` bytes long, else null (gone, or not the file recorded). */
function openWithSize(file: string, size: number): number | null {
  let descriptor: number | null = null;
  try {
    descriptor = openSync(file, 'r');
    if (fstatSync(descriptor).size === size) return descriptor;
  } catch {
    // Not there: every block is made.
  }
  if (descriptor !== null) closeSync(descriptor);
  return null;
}

function readFully(descriptor: number, into: Buffer, at: number, stretch: KeptBytes): void {
  for (let done = 0; done < stretch.length; ) {
    const read = readSync(descriptor, into, at + done, stretch.length - done, stretch.offset + done);
    if (read === 0) throw new Error(`the last build's data file ended before byte ${stretch.offset + stretch.length}; build again`);
    done += read;
  }
}
