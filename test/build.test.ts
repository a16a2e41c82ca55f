// End to end: the seeds built into a temporary folder, checked as a user and a validator would.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.ts';
import { build, BuildError } from '../src/site/build.ts';
import { inChunks, writeSite } from '../src/write/write.ts';
import { blocksText, jsonText, type SummaryFile } from '../src/render/data.ts';
import { spliced, type SummaryLayout } from '../src/site/splice.ts';
import { projectRoot, seedsFolder } from './helpers.ts';

const run = promisify(execFile);

async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}

/** Every relative href/src in every page that names no file, or a #fragment with no such id. */
async function brokenLinks(root: string): Promise<string[]> {
  const pages = (await filesBelow(root)).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(15);
  const broken: string[] = [];
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const link = match[1]!.replace(/&amp;/g, '&');
      if (/^(?:\/|https?:)/.test(link)) broken.push(`${path.relative(root, page)} → ${link} (not relative)`);
      const [target, fragment] = link.split('#');
      const file = target ? path.resolve(path.dirname(page), target) : page;
      const contents = await readFile(file, 'utf8').catch(() => null);
      if (contents === null) broken.push(`${path.relative(root, page)} → ${link}`);
      else if (fragment && !contents.includes(`id="${fragment}"`)) broken.push(`${path.relative(root, page)} → ${link} (no such id)`);
    }
  }
  return broken;
}

/** html-validate with the project's .htmlvalidate.json (the recommended rules, less long-title). */
async function invalidHtml(root: string): Promise<string[]> {
  const validator = new HtmlValidate(JSON.parse(await readFile(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')));
  const problems: string[] = [];
  for (const page of (await filesBelow(root)).filter((file) => file.endsWith('.html'))) {
    const report = await validator.validateFile(page);
    for (const result of report.results) for (const message of result.messages) problems.push(`${path.relative(root, page)}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
  }
  return problems;
}

async function buildSeeds(output: string) {
  const config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
  return build({ input: seedsFolder, output, config });
}

let site: string;
beforeAll(async () => {
  site = path.join(await mkdtemp(path.join(tmpdir(), 'verbatim-')), 'site');
  await buildSeeds(site);
});

describe('build of the seeds', () => {
  it('writes the data files of the contract', async () => {
    const articles = JSON.parse(await readFile(path.join(site, 'data/articles.json'), 'utf8'));
    expect(articles.map((article: { file: string }) => article.file)).toEqual([
      '000_4aa4ee8aa911d42a.txt',
      '001_cdc650c65d817e1a.txt',
      '002_b85de5f2a6ed30c6.txt',
      '003_71a02698f07e61a3.txt',
      '004_2f7c325c21075ff2.txt',
    ]);
    for (const article of articles) {
      expect(Object.keys(article)).toEqual(expect.arrayContaining(['file', 'slug', 'url', 'title', 'sources', 'publisher', 'date', 'byline', 'body', 'themes', 'quotes', 'related']));
      expect(article.slug).toMatch(/^[a-z0-9-]+$/);
      for (const quote of article.quotes) expect(Object.keys(quote)).toEqual(expect.arrayContaining(['id', 'text', 'speaker', 'speakerId', 'partial', 'sameAs']));
    }
    const speakers = JSON.parse(await readFile(path.join(site, 'data/speakers.json'), 'utf8'));
    const stoltenberg = speakers.find((speaker: { name: string }) => speaker.name === 'Jens Stoltenberg');
    expect(stoltenberg.articles).toHaveLength(5);
    const quotes = JSON.parse(await readFile(path.join(site, 'data/quotes.json'), 'utf8'));
    expect(quotes).toHaveLength(30);
    const themes = JSON.parse(await readFile(path.join(site, 'data/themes.json'), 'utf8'));
    expect(themes.find((theme: { id: string }) => theme.id === 'military-aid').articles.length).toBeGreaterThan(2);
  });

  it('lists every article on the timeline, dated ones newest first under their month, undated ones apart after them', async () => {
    const articles = JSON.parse(await readFile(path.join(site, 'data/articles.json'), 'utf8')) as Array<{ url: string; date: string | null }>;
    const html = await readFile(path.join(site, 'timeline.html'), 'utf8');
    const order = [...html.matchAll(/<a class="index-name" href="([^"]+)"/g)].map((match) => match[1]!);
    expect([...order].sort()).toEqual(articles.map((article) => article.url).sort());
    const dateOf = new Map(articles.map((article) => [article.url, article.date]));
    const dates = order.map((url) => dateOf.get(url) ?? null);
    const firstUndated = dates.indexOf(null);
    expect(dates.slice(firstUndated === -1 ? dates.length : firstUndated).every((date) => date === null)).toBe(true);
    const dated = dates.filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    if (firstUndated !== -1) expect(html).toContain('>Undated</h2>');
  });

  it('shows a partial quote on a speaker record inside the sentence it came from, the quoted words marked', async () => {
    const quotes = JSON.parse(await readFile(path.join(site, 'data/quotes.json'), 'utf8')) as Array<{ text: string; partial: boolean; speakerId: string | null }>;
    const partial = quotes.find((quote) => quote.partial && quote.speakerId === 'jens-stoltenberg')!;
    const record = await readFile(path.join(site, 'speakers/jens-stoltenberg.html'), 'utf8');
    const context = [...record.matchAll(/<p class="record-context">(.*?)<mark class="record-words">(.*?)<\/mark>(.*?)<\/p>/g)];
    expect(context.length).toBeGreaterThan(0);
    const words = context.map((match) => match[2]!.replace(/&#39;|’/g, "'"));
    expect(words).toContain(partial.text.replace(/’/g, "'"));
    // The sentence around it is there, not the fragment alone.
    for (const match of context) expect(`${match[1]}${match[3]}`.replace(/<[^>]+>/g, '').trim().length).toBeGreaterThan(0);
  });

  it('shows a statement printed by several outlets once on the speaker’s record, and every article links to that entry', async () => {
    const statements = JSON.parse(await readFile(path.join(site, 'data/statements.json'), 'utf8')) as Array<{ speakerId: string; members: Array<{ quote: string }> }>;
    expect(statements.length).toBeGreaterThan(0);
    const shownOn = async (speakerId: string) => {
      const record = await readFile(path.join(site, `speakers/${speakerId}.html`), 'utf8');
      return new Set([...record.matchAll(/<li class="record" id="([^"]+)"/g)].map((match) => match[1]!));
    };
    // Every statement is on its speaker's record, by one of its wordings at least, and the others are not repeated.
    for (const statement of statements) {
      const shown = await shownOn(statement.speakerId);
      expect(statement.members.filter((member) => shown.has(member.quote)).length).toBeGreaterThan(0);
    }
    const speakers = JSON.parse(await readFile(path.join(site, 'data/speakers.json'), 'utf8')) as Array<{ id: string; quotes: string[] }>;
    const stoltenberg = speakers.find((speaker) => speaker.id === 'jens-stoltenberg')!;
    const shown = await shownOn('jens-stoltenberg');
    expect(shown.size).toBeLessThan(stoltenberg.quotes.length);
    // A quote not shown itself links, from its article, to the entry that stands for it.
    const hidden = stoltenberg.quotes.find((id) => !shown.has(id))!;
    const quotes = JSON.parse(await readFile(path.join(site, 'data/quotes.json'), 'utf8')) as Array<{ id: string; url: string }>;
    const articleHtml = await readFile(path.join(site, quotes.find((quote) => quote.id === hidden)!.url.split('#')[0]!), 'utf8');
    const link = new RegExp(`id="${hidden}"[^>]*><a class="quote-link" href="[^"#]*#([^"]+)"`).exec(articleHtml);
    expect(link).not.toBeNull();
    expect(shown.has(link![1]!)).toBe(true);
  });

  it('writes one data file per article and per speaker beside the summary files', async () => {
    const articles = JSON.parse(await readFile(path.join(site, 'data/articles.json'), 'utf8')) as Array<{ slug: string }>;
    for (const article of articles) expect(JSON.parse(await readFile(path.join(site, `data/articles/${article.slug}.json`), 'utf8'))).toEqual(article);
    const speakers = JSON.parse(await readFile(path.join(site, 'data/speakers.json'), 'utf8')) as Array<{ id: string; quotes: string[] }>;
    const quotes = JSON.parse(await readFile(path.join(site, 'data/quotes.json'), 'utf8')) as Array<{ id: string; speakerId: string }>;
    for (const speaker of speakers) {
      const record = JSON.parse(await readFile(path.join(site, `data/speakers/${speaker.id}.json`), 'utf8'));
      expect(record).toMatchObject(speaker);
      expect(record.statements.map((quote: { id: string }) => quote.id)).toEqual(speaker.quotes);
      expect(record.statements.every((quote: { speakerId: string }) => quote.speakerId === speaker.id)).toBe(true);
    }
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('writes a summary of the articles without their bodies: every other field, in the same order', async () => {
    const articles = JSON.parse(await readFile(path.join(site, 'data/articles.json'), 'utf8')) as Array<{ body: string }>;
    const summaries = JSON.parse(await readFile(path.join(site, 'data/articles-summary.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(summaries).toEqual(articles.map(({ body, ...summary }) => summary));
    expect(articles.every((article) => article.body.length > 0)).toBe(true);
    expect(summaries.some((summary) => 'body' in summary)).toBe(false);
  });

  it('links the same statement across outlets', async () => {
    const quotes = JSON.parse(await readFile(path.join(site, 'data/quotes.json'), 'utf8')) as Array<{ id: string; text: string; sameAs: string[] }>;
    const forever = quotes.find((quote) => quote.text === 'Putin has lost Ukraine forever')!;
    const permanently = quotes.find((quote) => quote.text === 'Putin has permanently lost Ukraine')!;
    expect(forever.sameAs).toContain(permanently.id);
    expect(permanently.sameAs).toContain(forever.id);
  });

  it('connects the two dpa reports: each the other\'s first related article, their shared statements grouped, nothing else', async () => {
    const articles = JSON.parse(await readFile(path.join(site, 'data/articles.json'), 'utf8')) as Array<{ slug: string; related: string[] }>;
    const [suddeutsche, dw] = articles;
    expect(suddeutsche!.related[0]).toBe(dw!.slug);
    expect(dw!.related[0]).toBe(suddeutsche!.slug);
    const statements = JSON.parse(await readFile(path.join(site, 'data/statements.json'), 'utf8')) as Array<{ members: Array<{ article: string; outlet: string; via: string[] }> }>;
    expect(statements).toHaveLength(3);
    for (const statement of statements) {
      expect(new Set(statement.members.map((member) => member.article))).toEqual(new Set([suddeutsche!.slug, dw!.slug]));
      expect(new Set(statement.members.map((member) => member.outlet))).toEqual(new Set(['Süddeutsche Zeitung', 'DW']));
      for (const member of statement.members) expect(member.via).toEqual(['dpa']);
    }
    const html = await readFile(path.join(site, `articles/${suddeutsche!.slug}.html`), 'utf8');
    expect(html).toContain('also reported by <a');
    expect(html).toContain('same interview (3 shared statements)');
  });

  it('gives no theme every article, and shows each article\'s evidence on the theme page', async () => {
    const themes = JSON.parse(await readFile(path.join(site, 'data/themes.json'), 'utf8')) as Array<{ id: string; articles: string[]; evidence: Array<{ article: string; evidence: Array<{ text: string }> }> }>;
    for (const theme of themes) {
      expect(theme.articles.length).toBeLessThan(5);
      expect(theme.evidence.map((entry) => entry.article)).toEqual(theme.articles);
      for (const entry of theme.evidence) expect(entry.evidence.length).toBeGreaterThan(0);
    }
    const page = await readFile(path.join(site, 'themes/military-aid.html'), 'utf8');
    expect(page.match(/Why this article is here/g)).toHaveLength(themes.find((theme) => theme.id === 'military-aid')!.articles.length);
  });

  it('writes a page per statement with each outlet\'s wording and the words that differ, and a sources page', async () => {
    const statements = JSON.parse(await readFile(path.join(site, 'data/statements.json'), 'utf8')) as Array<{ id: string }>;
    const forever = await readFile(path.join(site, `statements/${statements[0]!.id}.html`), 'utf8');
    expect(forever).toContain('Süddeutsche Zeitung');
    expect(forever).toContain('<del>permanently </del>');
    expect(forever).toContain('<ins>forever</ins>');
    const index = await readFile(path.join(site, 'statements/index.html'), 'utf8');
    for (const statement of statements) expect(index).toContain(`statements/${statement.id}.html`);
    const sources = await readFile(path.join(site, 'sources/index.html'), 'utf8');
    expect(sources).toMatch(/By outlet[\s\S]*DW[\s\S]*By agency or cited source[\s\S]*dpa/);
    const dpa = await readFile(path.join(site, 'sources/dpa.html'), 'utf8');
    expect(dpa.match(/class="card"/g)).toHaveLength(2);
  });

    it('resolves every relative href and src to a file, and every #fragment to an id', async () => {
    expect(await brokenLinks(site)).toEqual([]);
  });

  it('splits long records into pages, and each quote links to the page that holds it', async () => {
    const config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
    const paged = path.join(await mkdtemp(path.join(tmpdir(), 'verbatim-')), 'site');
    await build({ input: seedsFolder, output: paged, config: { ...config, pagination: { statements: 5, articles: 2, speakers: 2 } } });
    const stoltenberg = JSON.parse(await readFile(path.join(paged, 'data/speakers.json'), 'utf8')).find((speaker: { id: string }) => speaker.id === 'jens-stoltenberg');
    // (One entry a statement: several outlets' wordings of one statement share an entry.)
    const entries = [...(await readFile(path.join(paged, 'speakers/jens-stoltenberg.html'), 'utf8')).matchAll(/<p class="stats">On record: (\d+) statement/g)].map((match) => Number(match[1]))[0]!;
    expect(entries).toBeLessThanOrEqual(stoltenberg.quotes.length);
    const pageCount = Math.ceil(entries / 5);
    for (let page = 2; page <= pageCount; page++) await readFile(path.join(paged, `speakers/jens-stoltenberg/page-${page}.html`), 'utf8');
    await expect(readFile(path.join(paged, `speakers/jens-stoltenberg/page-${pageCount + 1}.html`))).rejects.toThrow();
    await readFile(path.join(paged, 'themes/military-aid/page-2.html'), 'utf8');
    // The speakers index too: every speaker on exactly one of its pages.
    const speakers = JSON.parse(await readFile(path.join(paged, 'data/speakers.json'), 'utf8')) as Array<{ url: string }>;
    const indexPages = [await readFile(path.join(paged, 'speakers/index.html'), 'utf8')];
    for (let page = 2; page <= Math.ceil(speakers.length / 2); page++) indexPages.push(await readFile(path.join(paged, `speakers/index/page-${page}.html`), 'utf8'));
    const listed = indexPages.flatMap((html) => [...html.matchAll(/<a class="index-name" href="(?:\.\.\/)+([^"]+)"/g)].map((match) => match[1]!));
    expect(listed.sort()).toEqual(speakers.map((speaker) => speaker.url).sort());
    expect(await brokenLinks(paged)).toEqual([]);
    expect(await invalidHtml(paged)).toEqual([]);
  });

  it('writes valid HTML', async () => {
    expect(await invalidHtml(site)).toEqual([]);
  });

  it('highlights each quote with a stable anchor linked to its speaker page', async () => {
    const html = await readFile(path.join(site, 'articles/002-b85de5f2a6ed30c6.html'), 'utf8');
    const articles = JSON.parse(await readFile(path.join(site, 'data/articles.json'), 'utf8'));
    const quote = articles[2].quotes[0];
    expect(html).toContain(`<mark class="quote" id="${quote.id}"`);
    expect(html).toContain(`href="../speakers/jens-stoltenberg.html#${quote.id}"`);
    const speakerPage = await readFile(path.join(site, 'speakers/jens-stoltenberg.html'), 'utf8');
    expect(speakerPage).toContain(`href="../articles/002-b85de5f2a6ed30c6.html#${quote.id}"`);
  });

  it('is deterministic: a second build is byte-identical', async () => {
    const again = path.join(await mkdtemp(path.join(tmpdir(), 'verbatim-')), 'site');
    await buildSeeds(again);
    const first = await filesBelow(site);
    const second = await filesBelow(again);
    expect(second.map((file) => path.relative(again, file))).toEqual(first.map((file) => path.relative(site, file)));
    for (const file of first) expect(await readFile(path.join(again, path.relative(site, file)))).toEqual(await readFile(file));
  });
});

describe('bad input', () => {
  it('fails with file:line:column, exits non-zero and leaves the previous output intact', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'verbatim-bad-'));
    const input = path.join(work, 'input');
    await mkdir(input);
    await cp(path.join(seedsFolder, '000_4aa4ee8aa911d42a.txt'), path.join(input, 'good.txt'));
    const output = path.join(work, 'site');
    const cli = path.join(projectRoot, 'src/cli.ts');
    const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
    await run(tsx, [cli, 'build', '--input', input, '--output', output], { cwd: projectRoot });
    const before = await readFile(path.join(output, 'index.html'), 'utf8');

    await writeFile(path.join(input, 'broken.md'), '---\ntitle: Fine\ndate: not a date\n---\nBody.\n');
    const failure = await run(tsx, [cli, 'build', '--input', input, '--output', output], { cwd: projectRoot }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(`${path.join(input, 'broken.md')}:3:1: error: front matter "date"`);
    expect(await readFile(path.join(output, 'index.html'), 'utf8')).toBe(before);
  });

  it('warns about a quote nobody says, and fails on it only with --strict', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'verbatim-warn-'));
    await writeFile(path.join(input, 'story.txt'), 'A headline about a quote\n\n"Nobody will ever know who said these words out loud today."\n');
    const config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
    const result = await build({ input, output: path.join(input, 'out'), config });
    expect(result.diagnostics).toEqual([expect.objectContaining({ line: 3, column: 1, severity: 'warning', message: expect.stringMatching(/quote without a speaker/) })]);
    const strict = await build({ input, output: path.join(input, 'strict'), config, strict: true }).catch((caught: unknown) => caught);
    expect(strict).toBeInstanceOf(BuildError);
  });

  it('never passes raw HTML from the input through to a page', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'verbatim-html-'));
    await writeFile(path.join(input, 'a.md'), '---\ntitle: "<img src=x onerror=alert(1)>"\n---\nText with <script>alert(2)</script> inside, and [a link](javascript:alert(3)).\n');
    await writeFile(path.join(input, 'b.txt'), 'A headline with <b>tags</b> in it\n\nThe minister said the <iframe src="x"></iframe> plan would go ahead next week as agreed.\n');
    const config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
    const output = path.join(input, 'out');
    await build({ input, output, config });
    for (const page of ['articles/a.html', 'articles/b.html', 'index.html']) {
      // The page's own script elements: the search script and its JSON-LD, a data block that is never run.
      const html = (await readFile(path.join(output, page), 'utf8')).replace(/<script src="(?:\.\.\/)*search\.js" defer><\/script>/, '').replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '');
      expect(html).not.toMatch(/<script|<iframe|<img src=x|javascript:/i);
    }
    // The text of a raw page stays text: the tag is shown, escaped, not run.
    expect(await readFile(path.join(output, 'articles/b.html'), 'utf8')).toContain('the &#x3C;iframe');
  });

  it('names the config file and line of a bad setting', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-config-'));
    const file = path.join(dir, 'verbatim.config.json');
    await writeFile(file, '{\n  "site": { "title": "Mine" },\n  "themes": {\n    "minimumMatches": "two"\n  }\n}\n');
    await expect(loadConfig(file, true)).rejects.toThrow(`${file}:4:1: themes.minimumMatches`);
  });

  it('reports every bad file in one run', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'verbatim-bad-'));
    await writeFile(path.join(input, 'a.md'), '---\ntitle: [unclosed\n---\n');
    await writeFile(path.join(input, 'b.txt'), new Uint8Array([0x41, 0xff, 0x42]));
    const config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
    const error = await build({ input, output: path.join(input, 'out'), config }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).diagnostics.map((diagnostic) => path.basename(diagnostic.file))).toEqual(['a.md', 'b.txt']);
  });
});

describe('writing a file in pieces', () => {
  it('serialises a data file a record at a time to the bytes of JSON.stringify with two spaces', () => {
    const records = [{ title: 'A "quoted"\nline', quotes: [{ id: 'q1', sameAs: [] }, { id: 'q2', sameAs: ['q1'] }], date: null }, [1, [2, 3]], 'text', 4, {}];
    for (const value of [records, [], [records[0]], { notAnArray: records }, 'alone']) expect([...jsonText(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('splices a summary file from the last one: the block of a record unchanged is copied as bytes, the rest made, the text as JSON.stringify gives it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'verbatim-splice-'));
    const summaryOf = (records: Array<{ id: string; quotes: string[] }>): SummaryFile => ({ records: 'data/articles/', blocks: records.map((record) => record.quotes.map((quote) => ({ quote, of: record.id }))) });
    const records = [{ id: 'a', quotes: ['“One”', 'two'] }, { id: 'b', quotes: [] }, { id: 'c', quotes: ['three'] }];
    const hashesOf = (list: typeof records) => list.map((record) => JSON.stringify(record));
    const text = (pieces: Iterable<Uint8Array>) => Buffer.concat([...pieces]).toString('utf8');
    // The first build: nothing to keep.
    const first: SummaryLayout = { size: 0, blocks: [] };
    const lastFile = path.join(folder, 'quotes.json');
    const made = text(spliced(lastFile, undefined, (kept) => blocksText(summaryOf(records), hashesOf(records), kept), first));
    expect(made).toBe(`${JSON.stringify(summaryOf(records).blocks.flat(), null, 2)}\n`);
    expect(first.size).toBe(Buffer.byteLength(made));
    // The last file's bytes for record a are changed (same length): a kept block shows them, so it was copied, not made.
    const tampered = Buffer.from(made);
    const [, offset, length] = first.blocks[0]!;
    const at = tampered.indexOf('One');
    expect(at).toBeGreaterThan(offset);
    expect(at).toBeLessThan(offset + length);
    tampered.write('Uno', at);
    await writeFile(lastFile, tampered);
    const edited = [records[0]!, { id: 'b', quotes: ['new'] }, { id: 'd', quotes: ['four'] }];
    const second: SummaryLayout = { size: 0, blocks: [] };
    const again = text(spliced(lastFile, first, (kept) => blocksText(summaryOf(edited), hashesOf(edited), kept), second));
    const expected = `${JSON.stringify(summaryOf(edited).blocks.flat(), null, 2)}\n`;
    expect(again).not.toBe(expected);
    expect(again.replace('Uno', 'One')).toBe(expected);
    // A last file of another size than recorded is not trusted: every block is made.
    await writeFile(lastFile, `${made} `);
    expect(text(spliced(lastFile, first, (kept) => blocksText(summaryOf(edited), hashesOf(edited), kept), { size: 0, blocks: [] }))).toBe(expected);
    expect(text(spliced(lastFile, first, (kept) => blocksText(summaryOf([]), [], kept), { size: 0, blocks: [] }))).toBe('[]\n');
    await rm(folder, { recursive: true, force: true });
  });

  it('lets the event loop through while it takes over files from the last output, which wait on no I/O', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'verbatim-turns-'));
    const output = path.join(folder, 'site');
    const spare = path.join(folder, 'spare');
    const files = (unchanged: boolean, rendered?: () => void) =>
      (function* () {
        for (let index = 0; index < 200; index++) {
          rendered?.();
          yield { path: `pages/page-${index}.html`, contents: `<p>${index}</p>`, unchanged };
        }
      })();
    // The second build leaves a spare sharing every file with the output; the third takes each over as it is.
    for (const unchanged of [false, true]) await writeSite(output, files(unchanged), [], { spare });
    let taken = 0;
    let turnedAt: number | null = null;
    const shared = await writeSite(
      output,
      files(true, () => {
        // Asked for once the writing has begun: when does the event loop next come round?
        if (taken === 0) setImmediate(() => (turnedAt = taken));
        // A page's values made and found unchanged: a little work, no I/O.
        for (const started = performance.now(); performance.now() - started < 0.5; );
        taken++;
      }),
      [],
      { spare },
    );
    expect(shared).toHaveLength(200);
    expect(turnedAt).not.toBeNull();
    expect(turnedAt!).toBeLessThan(100);
    await rm(folder, { recursive: true, force: true });
  });

  it('joins small pieces into writes of at least the chunk size, losing and reordering nothing', () => {
    const pieces = Array.from({ length: 100 }, (_, index) => `{"record": ${index}},\n`);
    const chunks = [...inChunks(pieces, 64)];
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(chunks.length).toBeLessThan(pieces.length / 2);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(64);
    expect([...inChunks([], 64)]).toEqual([]);
  });
});
