// The build checks its own output: a broken internal link or #fragment fails it, naming the page
// and the link; with --strict, so does invalid HTML. The old output is left as it was.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, BuildError } from '../src/site/build.ts';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkLinks, LinkCheck, type SavedLinks, validateHtml } from '../src/site/check.ts';
import { projectConfig, projectRoot, seedsFolder } from './helpers.ts';

let work: string;
const config = projectConfig;

/** A copy of the templates with `change` applied to one of them. */
async function templatesWith(file: string, change: (text: string) => string): Promise<string> {
  const folder = await mkdtemp(path.join(work, 'templates-'));
  await cp(path.join(projectRoot, 'templates'), folder, { recursive: true });
  await writeFile(path.join(folder, file), change(await readFile(path.join(folder, file), 'utf8')));
  return folder;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'verbatim-check-'));
});

describe('link check in the build', () => {
  it('passes the seeds, and finds nothing wrong in what it wrote', async () => {
    const output = path.join(work, 'good');
    await build({ input: seedsFolder, output, config: await config() });
    expect(await checkLinks(output)).toEqual([]);
    expect(await validateHtml(output)).toEqual([]);
  });

  it('fails on a link to a missing page or a missing #fragment, naming page, line and link, and keeps the old output', async () => {
    const output = path.join(work, 'broken');
    await build({ input: seedsFolder, output, config: await config() });
    const before = await readFile(path.join(output, 'index.html'), 'utf8');
    const templates = await templatesWith('speaker.html', (text) => text.replace('{% endblock %}', '<p><a href="{{ root }}nowhere.html">a</a> <a href="#no-such-id">b</a> <a href="{{ root }}index.html#main">c</a></p>\n{% endblock %}'));
    const error = (await build({ input: seedsFolder, output, config: await config(), templates }).catch((caught: unknown) => caught)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    const messages = error.diagnostics.map((diagnostic) => `${path.relative(output, diagnostic.file)}:${diagnostic.line > 1 ? 'L' : '?'} ${diagnostic.message}`);
    expect(messages).toContain('speakers/jens-stoltenberg.html:L broken link "../nowhere.html": no such file nowhere.html');
    expect(messages).toContain('speakers/jens-stoltenberg.html:L broken link "#no-such-id": no id "no-such-id" in speakers/jens-stoltenberg.html');
    expect(messages.some((message) => message.includes('index.html#main'))).toBe(false);
    expect(error.message).toMatch(/broken internal link/);
    expect(await readFile(path.join(output, 'index.html'), 'utf8')).toBe(before);
  });

  it('runs html-validate with --strict only', async () => {
    const templates = await templatesWith('speaker.html', (text) => text.replace('{% endblock %}', '<div><p>unclosed</div>\n{% endblock %}'));
    await build({ input: seedsFolder, output: path.join(work, 'lenient'), config: await config(), templates });
    const error = (await build({ input: seedsFolder, output: path.join(work, 'strict'), config: await config(), templates, strict: true }).catch((caught: unknown) => caught)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    expect(error.diagnostics.some((diagnostic) => diagnostic.file.endsWith('speakers/jens-stoltenberg.html') && /html-validate/.test(diagnostic.message))).toBe(true);
  });
});

describe('LinkCheck', () => {
  it('keeps no page alive: what it holds of 2,000 pages of 20 KB is a few megabytes, not 40', () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const check = new LinkCheck(null);
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let page = 0; page < 2000; page++) {
      check.add(`articles/page-${page}.html`, `<p id="quote-${page}-with-a-long-id">${'words '.repeat(3500)}<a href="../speakers/speaker-${page % 50}.html#record-${page}">said</a></p>`);
    }
    collect();
    expect((process.memoryUsage().heapUsed - before) / 2 ** 20).toBeLessThan(8);
  });

  it('resolves relative paths, folders, fragments on other pages and root paths under the base URL', () => {
    const check = new LinkCheck('/archive/');
    const pages = new Map([
      ['index.html', '<a href="themes/a.html#x">1</a><a href="themes/">2</a><a href="https://example.org/">3</a><a href="mailto:a@b">4</a>'],
      ['themes/a.html', '<h2 id="x">X</h2>\n<a href="../index.html">5</a>\n  <a href="../themes/a.html#y">6</a><a href="../../out.html">7</a>'],
      ['themes/index.html', ''],
      ['404.html', '<a href="/archive/index.html">8</a><a href="/elsewhere/index.html">9</a>'],
    ]);
    for (const [sitePath, html] of pages) check.add(sitePath, html);
    const broken = check.broken(['index.html', 'themes/a.html', 'themes/index.html', '404.html'], (sitePath) => pages.get(sitePath)!);
    expect(broken.map(({ page, link, line, column, reason }) => `${page}:${line}:${column} ${link} ${reason}`)).toEqual([
      'themes/a.html:3:6 ../themes/a.html#y no id "y" in themes/a.html',
      'themes/a.html:3:40 ../../out.html leads out of the site',
      '404.html:1:39 /elsewhere/index.html not a relative link',
    ]);
  });

  it("takes over what the last build's check kept of a page, through a structured clone, as if it had read the page", () => {
    const pages: Array<[string, string]> = [
      ['index.html', '<a href="a.html#x">1</a>\n<a href="b.html#gone">2</a>'],
      ['a.html', '<h2 id="x">X</h2><a href="index.html">3</a><a href="missing.html">4</a>'],
      ['b.html', '<p id="kept">B</p>'],
    ];
    const report = (check: LinkCheck, texts: Map<string, string>) => check.broken(pages.map(([sitePath]) => sitePath), (sitePath) => texts.get(sitePath)!).map(({ page, link, line, column, reason }) => `${page}:${line}:${column} ${link} ${reason}`);
    const last = new LinkCheck(null);
    for (const [sitePath, html] of pages) last.add(sitePath, html);
    // The next build rewrites one page and takes the other two over; a link text it has numbered differently stays itself.
    const next = new LinkCheck(null, deserialize(serialize(last.saved())) as SavedLinks);
    next.add('b.html', '<a href="missing.html">5</a><p id="kept">B</p>');
    expect(next.takeOver('a.html')).toBe(true);
    expect(next.takeOver('index.html')).toBe(true);
    expect(next.takeOver('c.html')).toBe(false);
    expect(report(last, new Map(pages))).toEqual(['index.html:2:4 b.html#gone no id "gone" in b.html', 'a.html:1:47 missing.html no such file missing.html']);
    expect(report(next, new Map([...pages, ['b.html', '<a href="missing.html">5</a><p id="kept">B</p>']]))).toEqual(['b.html:1:4 missing.html no such file missing.html', 'a.html:1:47 missing.html no such file missing.html', 'index.html:2:4 b.html#gone no id "gone" in b.html']);
  });
});
