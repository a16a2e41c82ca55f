import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/load.ts';
import { extractArticle } from '../src/extract/article.ts';
import { build, type BuildOptions } from '../src/site/build.ts';
import { decodeText } from '../src/read/decode.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');
export const seedsFolder = path.join(projectRoot, 'seeds');
export const fixturesFolder = path.join(projectRoot, 'test/fixtures/articles');
export const seedExpectations = path.join(projectRoot, 'test/fixtures/seeds');

/** The project's own verbatim.config.json, as a build reads it. */
export function projectConfig() {
  return loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
}

/** Builds the seeds with the project's config into a new temporary folder; returns the site's path. */
export async function buildSeeds(label: string, options: Partial<BuildOptions> = {}): Promise<string> {
  const site = path.join(await mkdtemp(path.join(tmpdir(), `verbatim-${label}-`)), 'site');
  await build({ input: seedsFolder, output: site, config: await projectConfig(), ...options });
  return site;
}

export function extractFile(folder: string, file: string) {
  return extractArticle({ file, text: decodeText(readFileSync(path.join(folder, file))) });
}

export function extractText(file: string, text: string) {
  return extractArticle({ file, text });
}

/** Every file below a folder (relative path → text), in sorted order: two sites compared byte for byte. */
export async function siteFiles(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort();
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(folder, file), 'utf8')] as const)));
}
