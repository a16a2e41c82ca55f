// Shared by the hostile-input tests: a scratch folder per test, a small article, the config.
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import { build, type BuildOptions } from '../../src/site/build.ts';
import { projectRoot } from '../helpers.ts';

export const cli = path.join(projectRoot, 'src/cli.ts');
export const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

/** A short article extraction keeps whole: a headline, a dateline and two quoted paragraphs. */
export function article(headline = 'Ministers agree on a new water plan after long talks'): string {
  return [
    headline,
    '',
    'BRUSSELS, March 3, 2024 (AFP) - Ministers agreed on Monday to a new plan for sharing water between the regions, after talks that lasted through the night.',
    '',
    '"This is a fair deal for every region and we will keep to it," said Anna Berg, the minister for the environment.',
    '',
    'The plan takes effect next year and will be reviewed every two years by an independent panel of engineers.',
    '',
  ].join('\n');
}

/** A scratch folder with `files` written into `input/`. */
export async function scratch(files: Record<string, string | Uint8Array> = {}): Promise<{ work: string; input: string; output: string }> {
  const work = await mkdtemp(path.join(tmpdir(), 'verbatim-hostile-'));
  const input = path.join(work, 'input');
  await mkdir(input);
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(input, name)), { recursive: true });
    await writeFile(path.join(input, name), contents);
  }
  return { work, input, output: path.join(work, 'site') };
}

export async function buildInto(input: string, output: string, options: Partial<BuildOptions> = {}) {
  const config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
  return build({ input, output, config, ...options });
}

export async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort();
}
