// The command line as a writer meets it: each command's output and exit code, run as a process.
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createProgram, runProgram } from '../src/cli/program.ts';
import { describeFailure } from '../src/cli/report.ts';
import { loadConfig } from '../src/config/load.ts';
import { build, BuildError, defaultTemplates } from '../src/site/build.ts';
import { splitFrontMatter } from '../src/read/front-matter.ts';
import { projectRoot, seedsFolder } from './helpers.ts';
import { article, cli, scratch, tsx } from './hostile/helpers.ts';

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `verbatim …` as a process (not a terminal) and returns what it printed and its exit code. */
function verbatim(args: string[], cwd = projectRoot): Promise<Outcome> {
  return run(tsx, [cli, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: Outcome) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

const commands = createProgram().commands.filter((command) => command.name() !== 'help');

/** Runs the command line in this process, for what commander itself prints (help, usage errors). */
async function inProcess(args: string[]): Promise<Outcome> {
  const printed = { stdout: '', stderr: '' };
  const code = await runProgram(args, { out: (text) => (printed.stdout += text), error: (text) => (printed.stderr += text) });
  return { code, ...printed };
}
const noStack = /\n\s+at /;

describe('verbatim --version and --help', () => {
  it('prints the version in package.json', async () => {
    const { version } = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await verbatim(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await inProcess(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('as a process, an unknown option exits 2 with the usage and no stack trace', async () => {
    const result = await verbatim(['check', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^verbatim: unknown option --frobnicate\nUsage: verbatim check /);
    expect(result.stderr).not.toMatch(noStack);
  });

  it('lists every command, and each command explains every option with an example', async () => {
    const top = await inProcess(['--help']);
    expect(top.code).toBe(0);
    for (const command of commands) expect(top.stdout).toContain(`  ${command.name()} `);
    expect(commands.map((command) => command.name()).sort()).toEqual(['build', 'check', 'dev', 'eval', 'new', 'themes']);
    for (const command of commands) {
      const help = await inProcess([command.name(), '--help']);
      expect(help.code, command.name()).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: verbatim ${command.name()} `));
      expect(help.stdout).toMatch(/\nExamples:\n {2}\$ verbatim /);
      for (const option of command.options) {
        expect(option.description.length, `${command.name()} ${option.long}`).toBeGreaterThan(10);
        expect(help.stdout, `${command.name()} ${option.long}`).toContain(option.long!);
      }
      // Every command takes the folders as build does.
      for (const folder of ['--input', '--output', '--config']) expect(command.options.map((option) => option.long)).toContain(folder);
    }
  }, 60_000);
});

describe('usage errors', () => {
  it('an unknown option prints the command’s usage and exits 2, without a stack trace', async () => {
    for (const command of commands) {
      const result = await inProcess([command.name(), '--no-such-option']);
      expect(result.code, command.name()).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^verbatim: unknown option --no-such-option\\nUsage: verbatim ${command.name()} `));
      expect(result.stderr).not.toMatch(noStack);
    }
  }, 60_000);

  it('an unknown command, a bad port and a missing headline exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['publish'], /^verbatim: unknown command "publish"\nUsage: verbatim /],
      [['dev', '--port', 'eighty'], /^verbatim: option -p, --port <number> argument 'eighty' is invalid\. expected a whole number/],
      [['new'], /^verbatim: missing required argument 'headline'\nUsage: verbatim new /],
      [['new', 'A headline', '--date', '2024-02-30'], /expected a calendar date/],
    ];
    for (const [args, stderr] of cases) {
      const result = await inProcess(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(stderr);
      expect(result.stderr).not.toMatch(noStack);
    }
  }, 60_000);
});

describe('verbatim build', () => {
  it('prints a plain summary when not on a terminal, one JSON object with --json, nothing with --quiet', async () => {
    const { work } = await scratch();
    const output = path.join(work, 'site');
    const plain = await verbatim(['build', '--input', seedsFolder, '--output', output]);
    expect(plain.code).toBe(0);
    const seeds = (await readdir(seedsFolder)).filter((file) => /\.(txt|md)$/.test(file)).length;
    expect(plain.stdout).toMatch(new RegExp(`^Built ${seeds} articles, \\d+ quotes, \\d+ speakers into .*site/ \\(\\d+ pages\\) in \\d+ ms\\n`));
    expect(plain.stdout).toMatch(/\n {2}verify \d+ ms · extract \d+ ms · link \d+ ms · render \d+ ms · data \d+ ms · write \d+ ms · search \d+ ms · check \d+ ms\n$/);
    // No progress bar, colour or cursor codes in a log.
    expect(plain.stdout + plain.stderr).not.toMatch(/\x1b/);

    const json = await verbatim(['build', '--input', seedsFolder, '--output', output, '--json']);
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as { ok: boolean; upToDate: boolean; articles: number; pages: number; quotes: number; reused: { articles: number }; stages: Record<string, number> };
    const html = (await readdir(output, { recursive: true })).filter((file) => String(file).endsWith('.html'));
    // Nothing changed since the first build: the site is up to date, and only that was checked.
    expect(summary).toMatchObject({ ok: true, upToDate: true, articles: seeds, pages: html.length, reused: { articles: seeds } });
    expect(Object.keys(summary.stages)).toEqual(['verify']);
    const data = JSON.parse(await readFile(path.join(output, 'data/articles.json'), 'utf8')) as Array<{ quotes: unknown[] }>;
    expect(summary.quotes).toBe(data.reduce((sum, entry) => sum + entry.quotes.length, 0));
    const clean = JSON.parse((await verbatim(['build', '--input', seedsFolder, '--output', output, '--json', '--clean'])).stdout) as typeof summary;
    expect(clean).toMatchObject({ ok: true, upToDate: false, articles: seeds, quotes: summary.quotes, pages: html.length, reused: { articles: 0 } });
    expect(Object.keys(clean.stages)).toEqual(['verify', 'extract', 'link', 'render', 'data', 'write', 'search', 'check']);

    expect(await verbatim(['build', '--input', seedsFolder, '--output', output, '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  }, 60_000);

  it('a bad file fails with file:line:column, the line and a caret, exit 1; --json gives the same diagnostics', async () => {
    const { input, output } = await scratch({ 'good.txt': article(), 'bad.md': '---\ntitle: Fine\ndate: 2023-02-30\n---\nBody.\n' });
    const result = await verbatim(['build', '--input', input, '--output', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(input, 'bad.md')}:3:1: error: front matter "date"`);
    expect(result.stderr).toContain('  3 | date: 2023-02-30\n    | ^\n');
    expect(result.stderr).not.toMatch(noStack);
    const json = await verbatim(['build', '--input', input, '--output', output, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, diagnostics: [{ file: path.join(input, 'bad.md'), line: 3, column: 1, severity: 'error' }] });
  }, 60_000);

  it('a template syntax error is reported at the template’s line and column, with the line and a caret', async () => {
    const { work, input, output } = await scratch({ 'good.txt': article() });
    const templates = path.join(work, 'templates');
    await cp(defaultTemplates, templates, { recursive: true });
    const meta = path.join(templates, 'article-meta.html');
    const lines = (await readFile(meta, 'utf8')).split('\n');
    lines.splice(1, 0, '{% if article.date %}');
    await writeFile(meta, lines.join('\n'));
    const config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
    const failure = await build({ input, output, config, templates }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BuildError);
    const { text, exitCode } = describeFailure(failure);
    expect(exitCode).toBe(1);
    expect(text.split('\n').slice(0, 3)).toEqual([`${meta}:2:1: error: tag {% if article.date %} not closed`, '  2 | {% if article.date %}', '    | ^']);
    await expect(stat(output)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('verbatim check', () => {
  const files = {
    'quiet.txt': 'A headline about a quote nobody says\n\n"Nobody will ever know who said these words out loud today," it was reported.\n',
    'role.md': '---\ntitle: Talks on the water plan\nsources: [AFP]\ndate: 2024-03-04\n---\n\nMinisters met on Monday to talk about the water plan for the regions.\n\n"We will not accept this plan in its present form," a senior official said.\n',
    'undated.md': '---\ntitle: An article with no date\n---\n\n"We agreed," Anna Berg said on Monday.\n',
    'fine.md': '---\ntitle: A fine article\nsources: [AFP]\ndate: 2024-03-04\n---\n\n"We agreed," Anna Berg said on Monday.\n',
  };

  it('lists what to look at, grouped by file, with a summary; writes no site; --strict fails on warnings', async () => {
    const { work, input, output } = await scratch(files);
    const config = path.join(work, 'config.json');
    await writeFile(config, JSON.stringify({ themes: { taxonomy: [{ id: 'water', label: 'Water', description: 'Water.', phrases: ['water plan'] }, { id: 'space', label: 'Space', description: 'Space.', phrases: ['rocket'] }] } }, null, 2));
    const result = await verbatim(['check', '--input', input, '--output', output, '--config', config]);
    expect(result.code).toBe(0);
    const groups = result.stdout.trimEnd().split('\n\n');
    const summary = groups.pop()!;
    // One group per file that has something to look at, sorted, each line file:line:column.
    const grouped = groups.map((group) => group.split('\n'));
    expect(grouped.map(([file]) => file)).toEqual([...grouped.map(([file]) => file!)].sort());
    for (const [file, ...lines] of grouped) for (const line of lines) expect(line.startsWith(`  ${file}:`), line).toBe(true);
    const text = result.stdout;
    expect(text).toMatch(new RegExp(`${path.join(input, 'quiet.txt')}:3:1: warning: quote without a speaker`));
    expect(text).toContain(`${path.join(input, 'role.md')}:9:1: warning: speaker is only a role: “a senior official”`);
    expect(text).toContain(`${path.join(input, 'undated.md')}:1:1: warning: no source and no date found; set "sources:" and "date:" in the front matter`);
    expect(text).toMatch(/config\.json:\d+:1: warning: theme "space" has no articles/);
    expect(text).not.toContain('fine.md');
    const warnings = text.match(/: warning: /g)!.length;
    expect(summary).toMatch(new RegExp(`^Checked 4 articles: 0 errors, ${warnings} warnings in ${groups.length} files; ok`));
    await expect(stat(output)).rejects.toMatchObject({ code: 'ENOENT' });

    const strict = await verbatim(['check', '--input', input, '--output', output, '--config', config, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/; failed \(--strict: warnings fail\)\n$/);

    const json = JSON.parse((await verbatim(['check', '--input', input, '--output', output, '--config', config, '--json'])).stdout) as { ok: boolean; warnings: number; files: Array<{ file: string; diagnostics: Array<{ line: number }> }> };
    expect(json.ok).toBe(true);
    expect(json.warnings).toBe(warnings);
    expect(json.files.map((entry) => entry.file)).toEqual(grouped.map(([file]) => file));
  }, 60_000);

  it('an error in a file or in the config fails with exit 1', async () => {
    const { work, input, output } = await scratch({ ...files, 'bad.md': '---\nthemes: 7\n---\nBody.\n' });
    const result = await verbatim(['check', '--input', input, '--output', output]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`${path.join(input, 'bad.md')}:2:1: error: `));
    expect(result.stdout).toMatch(/Checked 5 articles: 1 error, \d+ warnings in \d+ files; failed\n$/);
    const config = path.join(work, 'broken.json');
    await writeFile(config, '{\n  "site": { "title": 5 }\n}\n');
    const broken = await verbatim(['check', '--input', input, '--output', output, '--config', config]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(new RegExp(`^${config}:2:1: site.title: `));
    expect(broken.stderr).not.toMatch(noStack);
  }, 60_000);

  it('checks the last build’s output too: a broken link or invalid HTML in a page is an error at its line', async () => {
    const { input, output } = await scratch({ 'fine.md': files['fine.md'] });
    expect((await verbatim(['build', '--input', input, '--output', output, '--quiet'])).code).toBe(0);
    expect((await verbatim(['check', '--input', input, '--output', output])).stdout).not.toContain(output);
    const home = path.join(output, 'index.html');
    await writeFile(home, (await readFile(home, 'utf8')).replace('</main>', '<p><a href="gone.html">gone</a></p></main>'));
    const result = await verbatim(['check', '--input', input, '--output', output]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`${home}:\\d+:\\d+: error: broken link "gone.html"`));
  }, 60_000);
});

describe('verbatim new', () => {
  it('writes a Markdown article named by the headline’s slug, which builds, and never overwrites', async () => {
    const { input, output } = await scratch({ 'old.txt': article() });
    const headline = 'Ministers agree: a “new” water plan';
    const result = await verbatim(['new', headline, '--input', input, '--date', '2024-05-01', '--source', 'AFP', '--source', 'dpa']);
    expect(result.code).toBe(0);
    const file = path.join(input, 'ministers-agree-a-new-water-plan.md');
    expect(result.stdout).toBe(`Wrote ${file}\n`);
    const text = await readFile(file, 'utf8');
    expect(splitFrontMatter(text).frontMatter).toEqual({ title: headline, date: '2024-05-01', sources: ['AFP', 'dpa'], themes: [] });

    const again = await verbatim(['new', headline, '--input', input]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^verbatim: ".*ministers-agree-a-new-water-plan\.md" already has the slug "ministers-agree-a-new-water-plan"; not overwritten/);
    expect(await readFile(file, 'utf8')).toBe(text);

    const built = await verbatim(['build', '--input', input, '--output', output, '--json']);
    expect(built.code).toBe(0);
    const articles = JSON.parse(await readFile(path.join(output, 'data/articles.json'), 'utf8')) as Array<{ file: string; title: string; quotes: unknown[] }>;
    expect(articles.find((entry) => entry.file === 'ministers-agree-a-new-water-plan.md')).toMatchObject({ title: headline, quotes: [] });
  }, 60_000);
});

describe('verbatim eval', () => {
  it('scores a folder; --json gives the totals', async () => {
    // (statements.expected.json holds the statements across articles, not one article's expectations.)
    const expected = (await readdir(path.join(projectRoot, 'test/fixtures/seeds'))).filter((file) => file.endsWith('.expected.json') && file !== 'statements.expected.json').length;
    const result = await verbatim(['eval', '--input', 'seeds', '--expected', 'test/fixtures/seeds', '--json']);
    expect(result.code).toBe(0);
    const totals = JSON.parse(result.stdout) as { articles: number; f1: number };
    expect(totals.articles).toBe(expected);
    expect(totals.f1).toBeGreaterThan(0.9);
  }, 60_000);
});

describe('verbatim themes', () => {
  it('--suggest lists phrases shared by several articles, none of them already in the taxonomy; without --suggest exits 2', async () => {
    const result = await verbatim(['themes', '--suggest', '--limit', '4']);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /\bscore\b/.test(line));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(4);
    const config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
    const phrases = config.themes.taxonomy.flatMap((theme) => theme.phrases.map((phrase) => phrase.toLowerCase()));
    for (const row of rows) expect(phrases).not.toContain(row.trim().split(/\s{2,}/)[0]);
    const bare = await inProcess(['themes']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--suggest');
  }, 60_000);
});
