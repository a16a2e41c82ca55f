// The input edge: list and read the article files of a folder.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, SourceFile } from '../types.ts';
import { decodeText, DecodeError } from './decode.ts';
import { InputError, UsageError } from '../site/errors.ts';

export const articleExtensions = ['.txt', '.md'];

/** A regular file's bytes, or null for anything else (a link, a folder, a file gone). Synchronous: files are read one after another, and each is small. */
export function regularFileBytes(file: string): Buffer | null {
  try {
    return lstatSync(file).isFile() ? readFileSync(file) : null;
  } catch {
    return null;
  }
}

export interface InputListing {
  files: string[];
  /** Warnings about what was left out (symbolic links that lead out of the folder). */
  diagnostics: Diagnostic[];
}

const isArticle = (name: string) => articleExtensions.includes(path.extname(name).toLowerCase());
const hidden = (file: string) => file.split('/').some((part) => part.startsWith('.') || part === 'node_modules');

/**
 * Every article file below `folder`, sorted by relative path (code unit order, no locale) so
 * builds are deterministic. A symbolic link is followed only when it leads to a file inside the
 * folder; one that leads out is skipped with a warning.
 */
export async function listInput(folder: string): Promise<InputListing> {
  let root: string;
  try {
    root = await realpath(folder);
    if (!(await stat(root)).isDirectory()) throw new UsageError(`input "${folder}" is not a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `input folder "${folder}" does not exist` : `cannot read the input folder "${folder}" (${code ?? String(error)})`);
  }
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    if (!isArticle(entry.name)) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(root, absolute).split(path.sep).join('/');
    if (hidden(file)) continue;
    if (entry.isSymbolicLink()) {
      const target = await realpath(absolute).catch(() => null);
      const inside = target !== null && target.startsWith(root + path.sep) && (await stat(target)).isFile();
      if (!inside) {
        diagnostics.push({ file: path.join(folder, file), line: 1, column: 1, message: 'symbolic link leads outside the input folder (or nowhere); skipped', severity: 'warning' });
        continue;
      }
    } else if (!entry.isFile()) continue;
    files.push(file);
  }
  return { files: files.sort(), diagnostics };
}

export async function listArticleFiles(folder: string): Promise<string[]> {
  return (await listInput(folder)).files;
}

export async function readSourceFile(folder: string, file: string): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    // Synchronous: a worker reads one small file at a time, and waiting on the thread pool for
    // each of the three calls cost more than the reading.
    // lstat first: a file swapped for a link to somewhere else after listing is not followed out.
    if (lstatSync(path.join(folder, file)).isSymbolicLink()) {
      const root = realpathSync(folder);
      if (!realpathSync(path.join(folder, file)).startsWith(root + path.sep)) throw new InputError(file, 1, 1, 'symbolic link leads outside the input folder');
    }
    bytes = readFileSync(path.join(folder, file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, 1, 1, code === 'ENOENT' ? 'file vanished during the build' : `cannot read the file (${code ?? String(error)})`);
  }
  try {
    return { file, text: decodeText(bytes) };
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(file, error.line, error.column, error.message);
    throw error;
  }
}
