// `npm run bench`: builds a synthetic corpus made of copies of the seeds and fixture articles
// and prints medians. Figures, not pass/fail: speed targets live here, never in timed tests.
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/load.ts';
import { build } from '../../src/site/build.ts';
import { stat } from 'node:fs/promises';
import { benchHostile } from './hostile.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const articleCount = Number(values.articles);
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, '../..');
const sources = [
  ...(await readdir(path.join(root, 'seeds'))).map((file) => path.join(root, 'seeds', file)),
  ...(await readdir(path.join(root, 'test/fixtures/articles'))).filter((file) => /\.(txt|md)$/.test(file)).map((file) => path.join(root, 'test/fixtures/articles', file)),
  ...(await readdir(path.join(root, 'test/fixtures/holdout'))).filter((file) => /\.(txt|md)$/.test(file)).map((file) => path.join(root, 'test/fixtures/holdout', file)),
];

const work = await mkdtemp(path.join(tmpdir(), 'verbatim-bench-'));
const input = path.join(work, 'input');
await (await import('node:fs/promises')).mkdir(input);
for (let index = 0; index < articleCount; index++) {
  const source = sources[index % sources.length]!;
  await copyFile(source, path.join(input, `${String(index).padStart(6, '0')}${path.extname(source)}`));
}
const config = await loadConfig(path.join(root, 'verbatim.config.json'), true);

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;
const times: number[] = [];
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  await build({ input, output: path.join(work, 'site'), config });
  times.push(performance.now() - started);
}
clearInterval(sampler);
const small = path.join(work, 'small');
const seedTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  await build({ input: path.join(root, 'seeds'), output: small, config });
  seedTimes.push(performance.now() - started);
}
await rm(work, { recursive: true, force: true });

const total = median(times);
console.log(`corpus: ${articleCount} articles (copies of ${sources.length} distinct files), ${runs} runs`);
console.log(`build, median: ${(total / 1000).toFixed(2)} s  (${(total / articleCount).toFixed(2)} ms per article, ${Math.round((articleCount / total) * 1000)} articles/s)`);
console.log(`seeds build (5 articles), median: ${Math.round(median(seedTimes))} ms; per-article cost ratio large/small: ${(total / articleCount / (median(seedTimes) / 5)).toFixed(2)}`);
console.log(`peak resident memory: ${Math.round(peakRss / 1024 / 1024)} MiB`);

// Hostile inputs (a 1 MB line, 2 MB of repeated paragraphs): extraction within a budget set by
// this corpus's own cost per byte, so a quadratic step shows here as OVER BUDGET.
const corpusBytes = (await Promise.all(Array.from({ length: articleCount }, (_, index) => stat(sources[index % sources.length]!).then((info) => info.size)))).reduce((sum, size) => sum + size, 0);
if (!benchHostile(total / corpusBytes)) process.exitCode = 1;
