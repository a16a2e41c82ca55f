import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/extract/article.ts';
import { decodeText } from '../src/read/decode.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');
export const seedsFolder = path.join(projectRoot, 'seeds');
export const fixturesFolder = path.join(projectRoot, 'test/fixtures/articles');
export const seedExpectations = path.join(projectRoot, 'test/fixtures/seeds');

export function extractFile(folder: string, file: string) {
  return extractArticle({ file, text: decodeText(readFileSync(path.join(folder, file))) });
}

export function extractText(file: string, text: string) {
  return extractArticle({ file, text });
}
