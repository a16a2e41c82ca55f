// `npm run bench [-- --articles 1000,10000 --runs 3 --compare --rebuilds --seed 11]`
// Builds a seeded synthetic corpus (test/bench/corpus.ts) and measures whole processes with
// /usr/bin/time -v: wall, CPU (user + system), peak resident memory, articles/s, the median of
// several runs, plus Verbatim's own per-stage timings (--timings). With --compare, every tool reads
// the same Markdown-only corpus: Eleventy 3 (installed on demand into .cache/bench/eleventy), Hugo
// where `hugo` is on PATH, and a plain unified floor (remark-parse → remark-rehype →
// rehype-stringify over every file). Figures, never pass/fail: speed targets live here, not in
// tests; the run ends with Verbatim's ratios to the others and the targets (targets.ts).
// Results go to .cache/bench/results-*.json (git-ignored).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extractArticle } from '../../src/extract/article.ts';
import { benchHostile } from './hostile.ts';
import { type BenchResult, stagesOf, targetReport } from './targets.ts';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { writeCorpus } from './corpus.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '11' },
    compare: { type: 'boolean', default: false },
    rebuilds: { type: 'boolean', default: false },
    /** Which tools to run, e.g. `--tools eleventy,hugo` to re-measure one beside an earlier run. */
    tools: { type: 'string', default: 'verbatim,eleventy,hugo,floor' },
  },
});
const tools = new Set(values.tools!.split(','));
const sizes = values.articles!.split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const root = path.resolve(import.meta.dirname, '../..');
const cache = path.join(root, '.cache/bench');
const timeBinary = '/usr/bin/time';
if (!existsSync(timeBinary)) throw new Error('/usr/bin/time is missing: apt-get install -y time');

interface Measure {
  wall: number;
  cpu: number;
  rssMiB: number;
  stages?: Record<string, number>;
}

/** One whole process under /usr/bin/time -v. */
async function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measure> {
  const report = path.join(cache, `time-${process.pid}.txt`);
  const { stdout } = await run(timeBinary, ['-v', '-o', report, command, ...args], { cwd: options.cwd ?? root, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  const text = await readFile(report, 'utf8');
  const field = (name: string) => text.match(new RegExp(`${name}: (.+)`))?.[1]?.trim() ?? '0';
  const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
  const wall = clock.reduce((sum, part) => sum * 60 + part, 0);
  const stages = stagesOf(stdout);
  return {
    wall,
    cpu: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    rssMiB: Math.round(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024),
    ...(stages ? { stages } : {}),
  };
}

const median = (list: number[]) => [...list].sort((left, right) => left - right)[Math.floor(list.length / 2)]!;

async function medianOf(label: string, articles: number, times: number, once: () => Promise<Measure>) {
  const all: Measure[] = [];
  for (let index = 0; index < times; index++) all.push(await once());
  const stageNames = Object.keys(all[0]!.stages ?? {});
  const result = {
    tool: label,
    articles,
    runs: times,
    wall: median(all.map((entry) => entry.wall)),
    cpu: median(all.map((entry) => entry.cpu)),
    rssMiB: median(all.map((entry) => entry.rssMiB)),
    stages: Object.fromEntries(stageNames.map((stage) => [stage, median(all.map((entry) => entry.stages![stage]!))])),
    all,
  };
  const stageText = stageNames.length ? `  [${stageNames.map((stage) => `${stage} ${(result.stages[stage]! / 1000).toFixed(1)}`).join(', ')} s]` : '';
  console.log(
    `${label.padEnd(28)} ${String(articles).padStart(6)}  wall ${result.wall.toFixed(2).padStart(7)} s  cpu ${result.cpu.toFixed(2).padStart(7)} s  peak ${String(result.rssMiB).padStart(5)} MiB  ${Math.round(articles / result.wall)
      .toString()
      .padStart(5)} articles/s${stageText}`,
  );
  return result;
}

/** A clean build (`--clean`: nothing taken from the cache), or with `warm` one that reuses the last build's cache. */
const verbatim = (input: string, output: string, warm = false) =>
  measure(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--input', input, '--output', output, '--timings', ...(warm ? [] : ['--clean'])]);

async function eleventy(input: string): Promise<string> {
  const folder = path.join(cache, 'eleventy');
  const binary = path.join(folder, 'node_modules/@11ty/eleventy/cmd.cjs');
  if (!existsSync(binary)) {
    console.log('installing @11ty/eleventy@3 into .cache/bench/eleventy …');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', '@11ty/eleventy@3'], { cwd: folder, stdio: 'inherit' });
  }
  // A minimal equivalent site: one page per article in a layout, and a home page in pages of 50.
  await mkdir(path.join(folder, 'site/_includes'), { recursive: true });
  await writeFile(
    path.join(folder, 'site/_includes/article.liquid'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1><p>{{ sources | join: ", " }} · {{ byline }}</p>{{ content }}</main></body></html>\n',
  );
  await writeFile(
    path.join(folder, 'site/eleventy.config.mjs'),
    `export default function (config) {
  config.addGlobalData('layout', 'article.liquid');
  config.addTemplate('index.liquid', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title></head><body><ul>{% for item in pagination.items %}<li><a href="{{ item.url }}">{{ item.data.title }}</a></li>{% endfor %}</ul></body></html>', {
    layout: false,
    pagination: { data: 'collections.all', size: 50 },
    permalink: '{% if pagination.pageNumber > 0 %}page-{{ pagination.pageNumber | plus: 1 }}/{% endif %}index.html',
  });
  return { dir: { includes: ${JSON.stringify(path.relative(input, path.join(folder, 'site/_includes')))} } };
}
`,
  );
  return binary;
}

async function hugoSite(input: string): Promise<string | null> {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const folder = path.join(cache, 'hugo');
  await mkdir(path.join(folder, 'layouts/_default'), { recursive: true });
  await writeFile(path.join(folder, 'hugo.toml'), `baseURL = "/"\ntitle = "Archive"\ncontentDir = ${JSON.stringify(input)}\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[pagination]\npagerSize = 50\n`);
  await writeFile(path.join(folder, 'layouts/_default/single.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1><p>{{ delimit (.Params.sources | default slice) ", " }} · {{ .Params.byline }}</p>{{ .Content }}</main></body></html>\n');
  await writeFile(path.join(folder, 'layouts/_default/list.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><ul>{{ range (.Paginate .Site.RegularPages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n');
  await writeFile(path.join(folder, 'layouts/index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title></head><body><ul>{{ range (.Paginate .Site.RegularPages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n');
  return folder;
}

await mkdir(cache, { recursive: true });
const results: BenchResult[] = [];
for (const articles of sizes) {
  // With --compare every tool reads the same Markdown files with front matter.
  const markdownShare = values.compare ? 1 : 0.5;
  const input = path.join(cache, `corpus-${articles}-${seed}${values.compare ? '-md' : ''}`);
  if (!existsSync(input)) await writeCorpus(input, { articles, seed, markdownShare });
  const output = path.join(cache, 'out');
  console.log(`\n${articles} articles (seed ${seed}, ${values.compare ? 'all .md with front matter' : 'half raw .txt, half .md'}), median of ${runs} run(s):`);
  if (tools.has('verbatim')) results.push(await medianOf('verbatim', articles, runs, () => verbatim(input, path.join(output, 'verbatim'))));
  if (values.rebuilds) {
    // Rebuilds with the cache the clean build above left (.cache/verbatim/): only what changed is
    // extracted and rendered again.
    // The same input again: up to date, nothing is written (see src/site/up-to-date.ts).
    results.push(await medianOf('verbatim, up to date', articles, 1, () => verbatim(input, path.join(output, 'verbatim'), true)));
    // A copy of the input is another folder (diagnostics name it), so it is built through the cache.
    const scratch = `${input}-edited`;
    await rm(scratch, { recursive: true, force: true });
    await run('cp', ['-r', input, scratch]);
    results.push(await medianOf('verbatim, nothing changed', articles, 1, () => verbatim(scratch, path.join(output, 'verbatim'), true)));
    const first = path.join(scratch, (await run('ls', [scratch])).stdout.split('\n')[0]!);
    await appendFile(first, '\nOne more paragraph, added by an editor.\n');
    results.push(await medianOf('verbatim, one article edited', articles, 1, () => verbatim(scratch, path.join(output, 'verbatim'), true)));
    await writeFile(path.join(scratch, 'zzzzzz-added.md'), '---\ntitle: An added article\n---\n\n"We added this," the editor said.\n');
    results.push(await medianOf('verbatim, one article added', articles, 1, () => verbatim(scratch, path.join(output, 'verbatim'), true)));
    await rm(scratch, { recursive: true, force: true });
  }
  if (values.compare) {
    const binary = await eleventy(input);
    const config = path.join(cache, 'eleventy/site/eleventy.config.mjs');
    // Run from its own folder: Eleventy honours the .gitignore of its working folder, which ignores .cache/.
    if (tools.has('eleventy')) results.push(await medianOf('eleventy 3', articles, runs, () => measure(process.execPath, [binary, `--config=${config}`, `--input=${input}`, `--output=${path.join(output, 'eleventy')}`, '--quiet'], { cwd: path.dirname(config) })));
    const hugo = await hugoSite(input);
    if (hugo && tools.has('hugo')) results.push(await medianOf('hugo', articles, runs, () => measure('hugo', ['--quiet', '-s', hugo, '-d', path.join(output, 'hugo')])));
    else if (tools.has('hugo')) console.log('hugo: not on PATH (apt-get install -y hugo), skipped');
    if (tools.has('floor')) results.push(await medianOf('unified floor', articles, runs, () => measure(process.execPath, [path.join(root, 'test/bench/floor.mjs'), input, path.join(output, 'floor')])));
  }
  await rm(output, { recursive: true, force: true });
}
// Hostile inputs (a 1 MB line, 2 MB of repeated paragraphs): each extracted within a budget set by
// the corpus's own cost per byte, so a step that is not linear shows here as OVER BUDGET.
{
  const input = path.join(cache, `corpus-${sizes[0]}-${seed}${values.compare ? '-md' : ''}`);
  const names = (await readdir(input)).sort().slice(0, 200);
  const texts = await Promise.all(names.map((name) => readFile(path.join(input, name), 'utf8')));
  for (const [index, text] of texts.entries()) extractArticle({ file: names[index]!, text }); // warm up
  const started = performance.now();
  for (const [index, text] of texts.entries()) extractArticle({ file: names[index]!, text });
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  console.log('');
  if (!benchHostile((performance.now() - started) / bytes)) process.exitCode = 1;
}
console.log('');
for (const line of targetReport(results)) console.log(line);
const file = path.join(cache, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, `${JSON.stringify({ seed, runs, machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version }, results }, null, 2)}\n`);
console.log(`\nresults: ${path.relative(root, file)}`);
