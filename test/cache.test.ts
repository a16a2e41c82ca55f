// The build cache: a build that reuses the last build's extractions and pages gives the same bytes
// as a clean one, after an article is edited, added or deleted and after a template changes.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config/config.ts';
import { loadConfig } from '../src/config/load.ts';
import { build, defaultTemplates } from '../src/site/build.ts';
import { composeDigest, digest, shareDigest } from '../src/site/cache.ts';
import { slugForFile } from '../src/text/slug.ts';
import { forgetRecord, readRecord, scanOutput } from '../src/site/up-to-date.ts';
import { generateCorpus } from './bench/corpus.ts';
import { projectRoot, seedsFolder, siteFiles } from './helpers.ts';

const run = promisify(execFile);

describe('the build cache', () => {
  let work: string;
  let input: string;
  let templates: string;
  let config: Config;
  let clean = 0;

  beforeAll(async () => {
    config = await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true);
    work = await mkdtemp(path.join(tmpdir(), 'verbatim-cache-'));
    input = path.join(work, 'input');
    templates = path.join(work, 'templates');
    await cp(seedsFolder, input, { recursive: true });
    // Synthetic articles where several outlets report the same statements: edits reach other pages.
    for (const { file, text } of generateCorpus({ articles: 40, seed: 5 })) await writeFile(path.join(input, file), text);
    await cp(defaultTemplates, templates, { recursive: true });
  });

  // The search index in shards of ten article pages, so an edit leaves most shards as they were.
  const searchPagesPerShard = 10;
  const cached = () => build({ input, output: path.join(work, 'site'), config, templates, threads: 0, searchPagesPerShard, cache: { folder: path.join(work, 'cache') } });

  /** The cached build's output, byte for byte, is a clean build's. */
  async function expectSameAsClean(): Promise<void> {
    const fresh = path.join(work, `clean-${clean++}`);
    await build({ input, output: fresh, config, templates, threads: 0, searchPagesPerShard });
    const [incremental, reference] = await Promise.all([siteFiles(path.join(work, 'site')), siteFiles(fresh)]);
    expect([...incremental.keys()]).toEqual([...reference.keys()]);
    for (const [file, contents] of reference) expect(incremental.get(file), file).toBe(contents);
  }

  /** The inode of each file of the cached build's output: a file taken over from the last output keeps its inode. */
  async function inodes(): Promise<Map<string, number>> {
    const site = path.join(work, 'site');
    const files = await readdir(site, { recursive: true, withFileTypes: true });
    const found = new Map<string, number>();
    for (const entry of files.filter((file) => file.isFile())) {
      const file = path.join(entry.parentPath, entry.name);
      found.set(path.relative(site, file), (await stat(file)).ino);
    }
    return found;
  }

  it('reuses every article and page when nothing changed', async () => {
    const first = await cached();
    expect(first.reused).toEqual({ articles: 0, pages: 0, searchShards: 0 });
    const before = await inodes();
    // Without the last build's record the build cannot know it is up to date (see the tests at the
    // end), so every article and page goes through the cache.
    await forgetRecord(path.join(work, 'cache'));
    const second = await cached();
    expect(second.upToDate).toBe(false);
    expect(second.reused.articles).toBe(45);
    expect(second.reused.pages).toBe(second.pages);
    expect(second.reused.searchShards).toBe(5);
    // Pages, the search shards' files, one article's or speaker's data file, the summaries made
    // from those and the feeds are taken over (hard links: the same inodes); only the data files
    // made from the whole corpus (themes, statements), the shard list and the like are written again.
    const after = await inodes();
    const taken = [...after].filter(([file, inode]) => before.get(file) === inode).map(([file]) => file);
    const written = [...after.keys()].filter((file) => !taken.includes(file));
    expect(taken.length).toBeGreaterThan(0);
    for (const pattern of [/^articles\/.*\.html$/, /^pagefind\/shard-2\//, /^data\/articles\/.*\.json$/, /^data\/speakers\//, /feed\.xml$/]) expect(taken.some((file) => pattern.test(file)), String(pattern)).toBe(true);
    expect(written.filter((file) => /\.html$|^data\/(?:articles|speakers)\/|feed\.(?:xml|json)$|^pagefind\/(?!shards\.json)/.test(file))).toEqual([]);
    expect(taken).toEqual(expect.arrayContaining(['data/articles.json', 'data/articles-summary.json', 'data/quotes.json', 'data/speakers.json']));
    expect(written).toContain('data/themes.json');
    await expectSameAsClean();
  });

  it('after an article is edited', async () => {
    const [file] = (await readdir(input)).filter((name) => name.endsWith('.md')).sort();
    const text = await readFile(path.join(input, file!), 'utf8');
    await writeFile(path.join(input, file!), `${text}\n"We will not wait any longer," the prime minister said.\n`);
    const before = await inodes();
    const result = await cached();
    expect(result.reused.articles).toBe(44);
    // The edited article's own data file is written again; another article's is taken over.
    const after = await inodes();
    const slug = slugForFile(file!);
    expect(after.get(`data/articles/${slug}.json`)).not.toBe(before.get(`data/articles/${slug}.json`));
    // So is every summary made from the articles' records; the speakers' summary is taken over
    // when no speaker's record changed, made again when one did (the new quote names a speaker).
    for (const summary of ['data/articles.json', 'data/articles-summary.json', 'data/quotes.json', 'data/speakers.json']) expect(after.get(summary), summary).not.toBe(before.get(summary));
    expect([...after].some(([name, inode]) => name.startsWith('data/articles/') && before.get(name) === inode)).toBe(true);
    // The site's feed lists every article, and its entry for this one shows the new quote: made again.
    // A speaker's feed without the article is taken over.
    expect(after.get('feed.xml')).not.toBe(before.get('feed.xml'));
    expect([...after].some(([name, inode]) => name.startsWith('speakers/') && name.endsWith('/feed.xml') && before.get(name) === inode)).toBe(true);
    expect(result.reused.pages).toBeGreaterThan(0);
    expect(result.reused.pages).toBeLessThan(result.pages);
    // The shard of the edited article and any whose pages link to it are indexed again, the rest taken over.
    expect(result.reused.searchShards).toBeGreaterThan(0);
    expect(result.reused.searchShards).toBeLessThan(5);
    await expectSameAsClean();
  });

  it("after the site's base URL changes, makes every feed again", async () => {
    await cached();
    const original = config;
    // Only where the site is published: no feed's title or articles change, every link does.
    config = { ...config, site: { ...config.site, baseUrl: 'https://renamed.example/archive/' } };
    try {
      await cached();
      const feed = await readFile(path.join(work, 'site/feed.xml'), 'utf8');
      expect(feed).toContain('https://renamed.example/archive/');
      await expectSameAsClean();
    } finally {
      config = original;
    }
    await cached();
  });

  it('after an article on a theme is edited, renders again only the pages that show what changed', async () => {
    const articles = JSON.parse(await readFile(path.join(work, 'site/data/articles.json'), 'utf8')) as Array<{ file: string; themes: string[] }>;
    const themed = articles.filter((article) => article.themes.length > 0 && article.file.endsWith('.md'));
    expect(themed.length).toBeGreaterThan(5);
    // A sentence more changes the article's share of the theme, so the theme's evidence; a page
    // that only shows the theme's chip is the same, and is not rendered again.
    const edited = themed.find((article) => themed.filter((other) => other.themes.includes(article.themes[0]!)).length > 12) ?? themed[0]!;
    await writeFile(path.join(input, edited.file), `${await readFile(path.join(input, edited.file), 'utf8')}\nThe talks went on into the night.\n`);
    const before = await inodes();
    const result = await cached();
    expect(result.pages - result.reused.pages).toBeLessThan(result.pages / 4);
    // The theme's pages that do not list the article are taken over, not made again: a theme page
    // shows each of its own articles' evidence, not the whole theme's.
    const after = await inodes();
    const site = path.join(work, 'site');
    const themePages = [...after.keys()].filter((name) => name.startsWith(`themes/${edited.themes[0]}`) && name.endsWith('.html'));
    const elsewhere = [];
    for (const name of themePages) if (!(await readFile(path.join(site, name), 'utf8')).includes(`articles/${slugForFile(edited.file)}.html`)) elsewhere.push(name);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const name of elsewhere) expect(after.get(name), name).toBe(before.get(name));
    await expectSameAsClean();
  });

  it('after a change Pagefind does not read (the cards of an article on other pages), keeps every other search shard', async () => {
    await cached();
    // A new byline changes the article's own page, and the cards other pages show of it (their
    // related articles, which Pagefind leaves out): only the article's own shard is indexed again.
    const [file] = (await readdir(input)).filter((name) => name.endsWith('.md')).sort();
    const text = await readFile(path.join(input, file!), 'utf8');
    expect(text).toMatch(/^byline: .+$/m);
    await writeFile(path.join(input, file!), text.replace(/^byline: .+$/m, 'byline: Ilse Moreau'));
    const result = await cached();
    expect(result.reused.pages).toBeLessThan(result.pages - 1);
    expect(result.reused.searchShards).toBe(4);
    await expectSameAsClean();
  });

  it('after an article is added', async () => {
    await writeFile(path.join(input, 'zz-added.md'), '---\ntitle: An added article\nsources: [AFP]\ndate: 2024-05-01\n---\n\n"We added this," Anna Berg said.\n');
    const result = await cached();
    expect(result.reused.articles).toBe(45);
    await expectSameAsClean();
  });

  it('after an article is deleted', async () => {
    const [file] = (await readdir(input)).filter((name) => name.endsWith('.txt')).sort();
    await rm(path.join(input, file!));
    const result = await cached();
    expect(result.reused.articles).toBe(45);
    await expectSameAsClean();
  });

  it('keeps the replaced site in the cache, builds the next one in it, and never writes into the live site', async () => {
    const spare = path.join(work, 'cache/previous-site');
    const live = await siteFiles(path.join(work, 'site'));
    const spareFolder = (await stat(spare)).ino;
    // A deleted article leaves files (and folders: its speaker's) in the spare that the next site does not have.
    expect(live.has('speakers/anna-berg/feed.xml')).toBe(true);
    await rm(path.join(input, 'zz-added.md'));
    await cached();
    await expect(stat(path.join(work, 'site/speakers/anna-berg'))).rejects.toThrow();
    // The spare folder became the new site; the site it replaced is the spare now, unchanged.
    expect((await stat(path.join(work, 'site'))).ino).toBe(spareFolder);
    const replaced = await siteFiles(spare);
    replaced.delete('.verbatim-spare.json');
    expect([...replaced.keys()].sort()).toEqual([...live.keys()].sort());
    for (const [name, contents] of live) expect(replaced.get(name), name).toBe(contents);
    const folders = (await readdir(path.join(work, 'site'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isDirectory());
    for (const folder of folders) expect((await readdir(path.join(folder.parentPath, folder.name))).length, folder.name).toBeGreaterThan(0);
    await expectSameAsClean();
  });

  it('after a template changes', async () => {
    const card = path.join(templates, 'article-card.html');
    await writeFile(card, (await readFile(card, 'utf8')).replace('<article class="card">', '<article class="card card-changed">'));
    const result = await cached();
    expect(result.reused.articles).toBe(44);
    // Pages made with the card (the home page, theme pages) are rendered again; article pages, which do not use it, are not.
    expect(result.reused.pages).toBeGreaterThan(0);
    expect(result.reused.pages).toBeLessThan(result.pages);
    expect((await readFile(path.join(work, 'site/index.html'), 'utf8'))).toContain('card-changed');
    await expectSameAsClean();
  });

  /** Each output file's inode, size and modification time. */
  async function fileStates(): Promise<Map<string, string>> {
    const site = path.join(work, 'site');
    const states = new Map<string, string>();
    for (const [file] of await inodes()) {
      const state = await stat(path.join(site, file));
      states.set(file, `${state.ino} ${state.size} ${state.mtimeMs}`);
    }
    return states;
  }

  it("is up to date when nothing changed: writes nothing, says so, and repeats the last build's warnings", async () => {
    await writeFile(path.join(input, 'zz-unattributed.md'), '---\ntitle: A quote nobody said\n---\n\n"Nobody will own these words."\n');
    const last = await cached();
    expect(last.upToDate).toBe(false);
    expect(last.diagnostics.length).toBeGreaterThan(0);
    const before = await fileStates();
    // A file written again with the same bytes (a checkout, a copy) is not a change.
    const [file] = (await readdir(input)).sort();
    await writeFile(path.join(input, file!), await readFile(path.join(input, file!)));
    const result = await cached();
    expect(result.upToDate).toBe(true);
    expect(result.corpus).toBeNull();
    expect(result.counts).toEqual(last.counts);
    expect(result.pages).toBe(last.pages);
    expect(result.diagnostics).toEqual(last.diagnostics);
    expect(await fileStates()).toEqual(before);
    // An input's bytes, a template or a setting changed: a build again.
    await rm(path.join(input, 'zz-unattributed.md'));
    expect((await cached()).upToDate).toBe(false);
    expect((await cached()).upToDate).toBe(true);
    const layout = path.join(templates, 'layout.html');
    const text = await readFile(layout, 'utf8');
    await writeFile(layout, `${text}\n`);
    expect((await cached()).upToDate).toBe(false);
    await writeFile(layout, text);
    expect((await cached()).upToDate).toBe(false);
    const strict = await build({ input, output: path.join(work, 'site'), config, templates, threads: 0, searchPagesPerShard, strict: true, cache: { folder: path.join(work, 'cache') } });
    expect(strict.upToDate).toBe(false);
    await expectSameAsClean();
  });

  it('records every file of the output as it is after a build that took most of them over, so a later change by hand is seen', async () => {
    const site = path.join(work, 'site');
    const [file] = (await readdir(input)).filter((name) => name.endsWith('.md')).sort();
    const text = await readFile(path.join(input, file!), 'utf8');
    await cached();
    await writeFile(path.join(input, file!), `${text}\nThe council met again on Tuesday.\n`);
    const edited = await cached();
    expect(edited.reused.pages).toBeGreaterThan(0);
    // The taken-over files' sizes and times come from before the build: they must be what the files now have.
    const entries = (scan: ReturnType<typeof scanOutput>) => [...scan!.values()].map(({ entry }) => entry);
    expect(readRecord(path.join(work, 'cache'))!.output).toEqual(entries(scanOutput(site)));
    await writeFile(path.join(site, 'index.html'), '<p>edited by hand</p>');
    expect((await cached()).upToDate).toBe(false);
    await writeFile(path.join(input, file!), text);
    await cached();
    await expectSameAsClean();
  });

  it('is not up to date after the output is changed by hand, and it and the builds after it put the output right', async () => {
    const site = path.join(work, 'site');
    const changes = [
      () => writeFile(path.join(site, 'index.html'), '<p>edited by hand</p>'),
      () => rm(path.join(site, 'search.html')),
      () => writeFile(path.join(site, 'stray.html'), '<p>not written by the build</p>'),
    ];
    for (const change of changes) {
      await cached();
      await change();
      expect((await cached()).upToDate).toBe(false);
      await expectSameAsClean();
      // The next two builds write into the sites the change was made beside (the cache's spare
      // copies, see write.ts); without the record they are not up to date, and go through the cache.
      for (const _ of [1, 2]) {
        await forgetRecord(path.join(work, 'cache'));
        expect((await cached()).upToDate).toBe(false);
        await expectSameAsClean();
      }
    }
  });

  it('is ignored by --clean on the command line, which gives the same site', async () => {
    const output = path.join(work, 'cli-site');
    const cli = (...extra: string[]) => run('npx', ['tsx', 'src/cli.ts', 'build', '--input', 'seeds', '--output', output, ...extra], { cwd: projectRoot });
    await cli();
    const warm = await siteFiles(output);
    await cli('--clean');
    expect(await siteFiles(output)).toEqual(warm);
  });
});

// A page's values are told apart by their digest; a value shown on many pages is hashed once and
// its hash stands for it, so the digest must still change whenever what it stands for does.
describe('the digest of page values', () => {
  it('stands a shared value by a hash of its contents, not of which object it is', () => {
    const card = (title: string) => {
      const value = { title, themes: [{ id: 'defence' }] };
      shareDigest(value);
      return value;
    };
    expect(digest({ article: card('A') })).toBe(digest({ article: card('A') }));
    expect(digest({ article: card('A') })).not.toBe(digest({ article: card('B') }));
  });

  it('tells a composed value apart by each of its parts', () => {
    const base = { title: 'A', url: 'articles/a.html' };
    shareDigest(base);
    const composed = (from: object, more: object) => {
      const value = { ...from, ...more };
      composeDigest(value, [from, more]);
      return value;
    };
    const other = { title: 'B', url: 'articles/b.html' };
    shareDigest(other);
    expect(digest({ related: [composed(base, { reasons: ['same theme'] })] })).toBe(digest({ related: [composed(base, { reasons: ['same theme'] })] }));
    expect(digest({ related: [composed(base, { reasons: ['same theme'] })] })).not.toBe(digest({ related: [composed(base, { reasons: ['same day'] })] }));
    expect(digest({ related: [composed(base, { reasons: ['same theme'] })] })).not.toBe(digest({ related: [composed(other, { reasons: ['same theme'] })] }));
  });

  it('leaves a shared value as it was everywhere else: its own keys, and its JSON outside the digest', () => {
    const value = { title: 'A', themes: [{ id: 'defence' }] };
    const page = { article: value };
    const before = { keys: Object.keys(value), json: JSON.stringify(page) };
    shareDigest(value);
    composeDigest(page, [value]);
    expect(digest(page)).not.toBe(digest({ article: { ...value } }));
    expect({ keys: Object.keys(value), json: JSON.stringify(page) }).toEqual(before);
  });

  it('changes with any item of a long list', () => {
    const slugs = Array.from({ length: 40 }, (_, index) => `article-${index}`);
    expect(digest({ articles: slugs })).toBe(digest({ articles: [...slugs] }));
    expect(digest({ articles: slugs })).not.toBe(digest({ articles: [...slugs.slice(0, 39), 'article-x'] }));
  });
});
