// The input edge: list and read the article files of a folder.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../types.ts';
import { decodeText, DecodeError } from './decode.ts';
import { InputError } from '../site/errors.ts';

export const articleExtensions = ['.txt', '.md'];

/** Every article file below `folder`, sorted by relative path so builds are deterministic. */
export async function listArticleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && articleExtensions.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort();
}

export async function readSourceFile(folder: string, file: string): Promise<SourceFile> {
  const bytes = await readFile(path.join(folder, file));
  try {
    return { file, text: decodeText(bytes) };
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(file, error.line, error.column, error.message);
    throw error;
  }
}
