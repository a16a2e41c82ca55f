// `verbatim dev`: the watcher rebuilds on a save, rewrites the pages that changed and only those,
// serves the result on 127.0.0.1, and survives a broken edit with the last good site still served.
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevSession, startDev } from '../src/cli/dev.ts';
import { defaultTemplates } from '../src/site/build.ts';
import { generateCorpus } from './bench/corpus.ts';
import { projectRoot, seedsFolder } from './helpers.ts';

/** A page as a browser asks for it (the dev server adds its scripts to navigations only). */
function page(url: string | URL): Promise<string> {
  // fetch() always sends its own Sec-Fetch-Mode (cors), so a navigation is made with node:http.
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'sec-fetch-mode': 'navigate' } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body));
    }).on('error', reject);
  });
}

/** Every page of the site: its contents and its inode (a page taken over from the last build keeps its inode). */
async function snapshot(folder: string): Promise<Map<string, { contents: string; inode: number }>> {
  const files = (await readdir(folder, { recursive: true })).map(String).filter((file) => file.endsWith('.html')).sort();
  return new Map(await Promise.all(files.map(async (file) => [file, { contents: await readFile(path.join(folder, file), 'utf8'), inode: (await stat(path.join(folder, file))).ino }] as const)));
}

describe('verbatim dev', () => {
  let work: string;
  let input: string;
  let output: string;
  let templates: string;
  let session: DevSession;
  const log: string[] = [];

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'verbatim-dev-'));
    input = path.join(work, 'input');
    output = path.join(work, 'site');
    templates = path.join(work, 'templates');
    await cp(seedsFolder, input, { recursive: true });
    // Several outlets report the same statements, so an edit reaches pages beyond its own.
    for (const { file, text } of generateCorpus({ articles: 20, seed: 3 })) await writeFile(path.join(input, file), text);
    await cp(defaultTemplates, templates, { recursive: true });
    await cp(path.join(projectRoot, 'verbatim.config.json'), path.join(work, 'config.json'));
    session = await startDev({ input, output, config: path.join(work, 'config.json'), templates, port: 0, log: (line) => log.push(line) });
  });

  afterAll(async () => {
    await session?.close();
    await rm(work, { recursive: true, force: true });
  });

  /** Makes a change and waits for the rebuild it starts. */
  async function afterChange(change: () => Promise<void>) {
    const next = session.nextBuild();
    await change();
    return next;
  }

  it('builds first and serves the site on 127.0.0.1 with the live-reload and overlay scripts', async () => {
    expect(session.first.ok).toBe(true);
    expect(session.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await page(session.url);
    // The page on disk, with the two scripts the server adds and nothing else changed.
    expect(home.replace(/<script type="module"[^>]*><\/script>/g, '')).toBe(await readFile(path.join(output, 'index.html'), 'utf8'));
    expect(home).toContain('/.11ty/reload-client.js');
    expect(home).toContain('<script type="module" src="/.verbatim/overlay.js"></script>');
    expect(await (await fetch(new URL('.verbatim/status.json', session.url))).json()).toEqual({ error: null });
    expect(await (await fetch(new URL('.verbatim/overlay.js', session.url))).text()).toContain('verbatim-dev-overlay');
  });

  it('an edit to one article rebuilds: its page and the pages that show it change, no other page is rewritten', async () => {
    const before = await snapshot(output);
    const [file] = (await readdir(input)).filter((name) => name.endsWith('.md')).sort();
    // A new headline: the article's page changes, and so do the pages that list or link it.
    const build = await afterChange(() => readFile(path.join(input, file!), 'utf8').then((text) => writeFile(path.join(input, file!), text.replace(/^title: .*$/m, 'title: A headline the writer has just changed'))));
    expect(build.ok).toBe(true);
    expect(build.changed).toEqual([path.join(input, file!)]);
    expect(build.result!.reused.articles).toBe(build.result!.counts.articles - 1);
    const after = await snapshot(output);
    const changed = [...after].filter(([page, { contents }]) => before.get(page)?.contents !== contents).map(([page]) => page);
    const rewritten = [...after].filter(([page, { inode }]) => before.get(page)?.inode !== inode).map(([page]) => page);
    const slug = build.result!.corpus!.articles.find((article) => article.file === file)!.slug;
    expect(changed).toContain(`articles/${slug}.html`);
    // Exactly the pages whose contents changed were rendered and written again; the rest were taken over.
    expect(rewritten).toEqual(changed);
    expect(changed.length).toBeLessThan(after.size / 2);
    expect(await page(new URL(`articles/${slug}.html`, session.url))).toContain('A headline the writer has just changed');
    expect(log.at(-1)).toMatch(new RegExp(`${file!.replace('.', '\\.')} changed → rebuilt in \\d+ ms \\(extracted 1 of \\d+ articles, rendered ${changed.length} of ${after.size} pages\\)$`));
  });

  it('a template edit rebuilds the pages made with that template', async () => {
    const before = await snapshot(output);
    const speakerTemplate = path.join(templates, 'speaker.html');
    const build = await afterChange(async () => writeFile(speakerTemplate, (await readFile(speakerTemplate, 'utf8')).replace(/<h1/, '<h1 data-edited="yes"')));
    expect(build.ok).toBe(true);
    const after = await snapshot(output);
    const rewritten = [...after].filter(([page, { inode }]) => before.get(page)?.inode !== inode).map(([page]) => page);
    expect(rewritten.length).toBeGreaterThan(0);
    for (const page of rewritten) expect(page, page).toMatch(/^speakers\/(?!index)/);
    for (const page of rewritten) expect(after.get(page)!.contents).toContain('data-edited="yes"');
  });

  it('a broken edit keeps the last good site served and reports file:line:column with a caret; the next good save recovers', async () => {
    const [file] = (await readdir(input)).filter((name) => name.endsWith('.md')).sort().reverse();
    const good = await readFile(path.join(input, file!), 'utf8');
    const home = await page(session.url);
    const dateLine = good.split('\n').findIndex((line) => line.startsWith('date: ')) + 1;
    expect(dateLine).toBeGreaterThan(1);
    const broken = await afterChange(() => writeFile(path.join(input, file!), good.replace(/^date: .*$/m, 'date: 2024-02-30')));
    expect(broken.ok).toBe(false);
    expect(broken.error).toContain(`${path.join(input, file!)}:${dateLine}:1: error: front matter "date"`);
    expect(broken.error).toContain(`  ${dateLine} | date: 2024-02-30\n  ${' '.repeat(String(dateLine).length)} | ^`);
    expect(log.at(-1)).toMatch(/changed → the build failed; still serving the last good site$/);
    // The server is up, serves the last good site, and tells the browser what went wrong.
    expect(await page(session.url)).toBe(home);
    expect(((await (await fetch(new URL('.verbatim/status.json', session.url))).json()) as { error: string }).error).toBe(broken.error);

    // A template syntax error is reported at the template's line, the same way.
    const layout = path.join(templates, 'theme-chips.html'); // a partial most pages use
    const layoutText = await readFile(layout, 'utf8');
    expect((await afterChange(() => writeFile(path.join(input, file!), good))).ok).toBe(true);
    const template = await afterChange(() => writeFile(layout, `{% for theme in themes %}\n${layoutText}`));
    expect(template.ok).toBe(false);
    expect(template.error).toMatch(new RegExp(`^${layout.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: error: tag \\{% for theme in themes %\\} not closed\\n {2}1 \\| \\{% for theme in themes %\\}\\n {4}\\| \\^`));

    const fixed = await afterChange(() => writeFile(layout, layoutText));
    expect(fixed.ok).toBe(true);
    expect(await (await fetch(new URL('.verbatim/status.json', session.url))).json()).toEqual({ error: null });
    expect(log.at(-1)).toMatch(/changed → rebuilt in \d+ ms/);
  });
});
