// Extraction on worker threads gives what one thread gives, byte for byte, and the workers load
// the TypeScript sources themselves (here under vitest; `npm run build` is checked end to end).
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.ts';
import { build } from '../src/site/build.ts';
import { projectRoot, seedsFolder, siteFiles } from './helpers.ts';

const run = promisify(execFile);

describe('extraction on worker threads', () => {
  const config = loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
  for (const input of [seedsFolder, path.join(projectRoot, 'test/fixtures/articles')]) {
    it(`builds ${path.relative(projectRoot, input)} byte-identical to one thread`, async () => {
      const work = await mkdtemp(path.join(tmpdir(), 'verbatim-pool-'));
      // keepGoing: fixtures may name themes the config does not have; both builds skip the same files.
      const single = await build({ input, output: path.join(work, 'single'), config: await config, threads: 0, keepGoing: true });
      const pooled = await build({ input, output: path.join(work, 'pooled'), config: await config, threads: 2, keepGoing: true });
      expect(pooled.skipped).toEqual(single.skipped);
      expect(pooled.counts).toEqual(single.counts);
      const [one, two] = await Promise.all([siteFiles(path.join(work, 'single')), siteFiles(path.join(work, 'pooled'))]);
      expect([...two.keys()]).toEqual([...one.keys()]);
      for (const [file, contents] of one) expect(two.get(file), file).toBe(contents);
    });
  }

  it('runs from the command line (tsx) with workers', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'verbatim-pool-'));
    const { stdout } = await run('npx', ['tsx', 'src/cli.ts', 'build', '--input', 'seeds', '--output', path.join(work, 'site'), '--timings'], {
      cwd: projectRoot,
      env: { ...process.env, VERBATIM_THREADS: '2' },
    });
    expect(stdout).toMatch(/Built 5 articles/);
    expect(stdout).toMatch(/extract \d+ ms · link \d+ ms · render \d+ ms · data \d+ ms · write \d+ ms/);
    const [pooled, single] = [await siteFiles(path.join(work, 'site')), await siteFiles(await singleThreadSeeds())];
    expect(pooled).toEqual(single);
  });
});

async function singleThreadSeeds(): Promise<string> {
  const output = path.join(await mkdtemp(path.join(tmpdir(), 'verbatim-pool-')), 'site');
  await build({ input: seedsFolder, output, config: await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true), threads: 0 });
  return output;
}
