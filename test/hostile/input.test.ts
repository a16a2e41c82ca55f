// Issue 7, items 3–10 and the extras: hostile text is read, cleaned and extracted without a hang,
// a silent loss, a collision, an impossible date, a locale dependence or an injection.
import { execFile } from 'node:child_process';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/metadata/dates.ts';
import { BuildError } from '../../src/site/build.ts';
import { InputError } from '../../src/site/errors.ts';
import { slugify, uniqueSlugs } from '../../src/text/slug.ts';
import { extractText, projectRoot } from '../helpers.ts';
import { article, buildInto, cli, filesBelow, scratch, tsx } from './helpers.ts';

const run = promisify(execFile);

describe('3. long lines and repeated text', () => {
  // The hang: for each match of a per-word loop (`for (const match of text.matchAll(…))`), a
  // pattern anchored at the end was run on `text.slice(0, match.index)`. Such loops must use
  // textBefore (src/text/window.ts), which bounds the look-behind.
  it('no per-match rule looks behind over the whole text before the match (the pattern behind the hang)', async () => {
    const offenders: string[] = [];
    for (const folder of ['clean', 'quotes', 'speakers', 'metadata', 'language']) {
      const files = await readdir(path.join(projectRoot, 'src', folder)).catch(() => []);
      for (const file of files.filter((name) => name.endsWith('.ts'))) {
        const source = await readFile(path.join(projectRoot, 'src', folder, file), 'utf8');
        for (const match of source.matchAll(/\.slice\(0,\s*match\.index!?\)/g)) offenders.push(`${folder}/${file}: ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('a 100 KB line of capitalised words without a full stop is extracted (linear since the window)', () => {
    const words = ['Anna', 'Berg', 'Said', 'The', 'Minister', 'Of', 'Water', 'Told', 'Reporters', 'In', 'Brussels'];
    let line = '';
    for (let index = 0; line.length < 100_000; index++) line += `${words[index % words.length]} `;
    const { article: extracted } = extractText('long.txt', `Headline of the long story\n\n${line}\n`);
    expect(extracted.body.length).toBeGreaterThan(99_000);
  }, 20_000);

  it('an article whose every paragraph is printed twice keeps its body', () => {
    const paragraphs = article().split('\n\n').slice(1).join('\n\n');
    const { article: extracted } = extractText('twice.txt', `Ministers agree on a new water plan after long talks\n\n${paragraphs}\n${paragraphs}`);
    expect(extracted.body).toContain('Ministers agreed on Monday');
    expect(extracted.quotes.map((quote) => quote.speaker)).toContain('Anna Berg');
  });
});

describe('4. nothing lost silently', () => {
  it('warns when more than half of an article is taken out as furniture', () => {
    const { diagnostics } = extractText('unbalanced.txt', 'Harbour reopens\nBoats back in the water\nFishermen pleased with the news\nMore on Sunday\n');
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(expect.arrayContaining([expect.stringMatching(/taken out as page furniture/)]));
  });

  it('refuses a binary file (NUL bytes) and strips control characters from text', async () => {
    const { input, output } = await scratch({
      'binary.txt': new Uint8Array([0x48, 0x69, 0x0a, 0x00, 0x01, 0x02]),
      'bell.txt': article('Ministers agree\u0007 on a new\u001b water plan after talks'),
    });
    const error = (await buildInto(input, output).catch((caught: unknown) => caught)) as BuildError;
    expect(error.diagnostics).toEqual([expect.objectContaining({ file: path.join(input, 'binary.txt'), line: 2, column: 1, message: expect.stringMatching(/binary file/) })]);
    await buildInto(input, output, { keepGoing: true });
    const page = await readFile(path.join(output, 'articles/bell.html'), 'utf8');
    expect(page).toContain('<title>Ministers agree on a new water plan after talks');
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});

describe('5. slugs and ids', () => {
  it('are unique by construction, transliterated, never empty', () => {
    expect(uniqueSlugs(['a b', 'a-b', 'a-b-2'], 'article')).toEqual(['a-b', 'a-b-3', 'a-b-2']);
    expect(slugify('Владимир Зеленский')).toBe('vladimir-zelenskiy');
    expect(slugify('Ærøskøbing über Straße')).toMatch(/^[a-z0-9-]+$/);
    expect(uniqueSlugs(['', '—'], 'speaker')).toEqual(['speaker', 'speaker-2']);
    expect(uniqueSlugs(['Index'], 'speaker')).toEqual(['index-2']);
  });

  it('give every file its own page and every quote its own id, site-wide', async () => {
    const text = article();
    const { input, output } = await scratch({ 'a b.txt': text, 'a-b.txt': text, 'a-b-2.txt': text, 'Новости.txt': text, 'Новости мира.txt': text, '新闻.txt': text });
    const result = await buildInto(input, output);
    const pages = (await filesBelow(output)).filter((file) => file.startsWith('articles/'));
    expect(pages).toHaveLength(6);
    expect(pages).toEqual(expect.arrayContaining(['articles/novosti.html', 'articles/novosti-mira.html', 'articles/xinwen.html', 'articles/a-b-2.html']));
    const ids = result.corpus!.articles.flatMap((entry) => entry.quotes.map((quote) => quote.id));
    expect(new Set(ids).size).toBe(ids.length);
    const speakers = await readFile(path.join(output, 'speakers/index.html'), 'utf8');
    for (const page of (await filesBelow(output)).filter((file) => file.endsWith('.html'))) {
      const html = await readFile(path.join(output, page), 'utf8');
      const found = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(found).size, page).toBe(found.length);
    }
    expect(speakers).toContain('anna-berg');
  });
});

describe('6. dates', () => {
  it('front matter dates must be calendar dates, quoted or not', async () => {
    for (const date of ['2023-13-45', '"2023-13-45"', '2023-02-30']) {
      expect(() => extractText('d.md', `---\ntitle: T\ndate: ${date}\n---\nBody.\n`), date).toThrow(/front matter "date": not a calendar date/);
    }
    expect(extractText('d.md', '---\ntitle: T\ndate: 2024-02-29\n---\nBody.\n').article.date).toBe('2024-02-29');
  });

  it('extraction does not roll an impossible date over', () => {
    expect(parseDate('Published 2023-02-30')).toBeNull();
    expect(parseDate('Published 30.02.2023')).toBeNull();
    expect(parseDate('February 30, 2023')).toBeNull();
  });
});

describe('7. locale and time zone', () => {
  it('two builds under sv_SE and C, in two time zones, are byte-identical', async () => {
    const { work, input } = await scratch({
      'one.md': `---\ntitle: Zebra crossings return\ndate: 2024-03-03T23:30:00-11:00\n---\n\n${article()}`,
      'two.md': `---\ntitle: Ärende om vatten\ndate: 2024-03-03\n---\n\n${article()}`,
      'three.md': `---\ntitle: Apa och Örn\ndate: 2024-03-03\n---\n\n${article()}`,
    });
    const trees: Array<Record<string, string>> = [];
    for (const [lang, tz] of [['sv_SE.UTF-8', 'Pacific/Kiritimati'], ['C', 'America/Los_Angeles']]) {
      const output = path.join(work, `site-${tz!.replace('/', '-')}`);
      await run(tsx, [cli, 'build', '--input', input, '--output', output], { cwd: projectRoot, env: { ...process.env, LANG: lang, LC_ALL: lang, TZ: tz } });
      const tree: Record<string, string> = {};
      for (const file of await filesBelow(output)) tree[file] = await readFile(path.join(output, file), 'utf8');
      trees.push(tree);
    }
    expect(trees[0]).toEqual(trees[1]);
    const index = trees[0]!['index.html']!;
    expect(index.indexOf('Apa och')).toBeLessThan(index.indexOf('rende om'));
    expect(index.indexOf('rende om')).toBeLessThan(index.indexOf('Zebra'));
  }, 60_000);
});

describe('8. stale folders and locks', () => {
  it('cleans the folders of a killed build, and puts a missing output back from its old copy', async () => {
    const { work, input, output } = await scratch({ 'a.txt': article() });
    await buildInto(input, output);
    const { rename, mkdir } = await import('node:fs/promises');
    // A build killed between its two renames: the output is missing, its old copy beside it.
    await rename(output, path.join(work, '.site.old-999999999'));
    await mkdir(path.join(work, '.site.building-999999998'));
    await writeFile(path.join(work, '.site.building-999999998/index.html'), 'half');
    const { lockOutput } = await import('../../src/write/write.ts');
    const unlock = await lockOutput(output);
    unlock();
    expect((await readdir(work)).sort()).toEqual(['input', 'site']);
    expect(await filesBelow(output)).toContain('articles/a.html');
  });

  it('a lock held by a live build is a clear error', async () => {
    const { work, input, output } = await scratch({ 'a.txt': article() });
    await writeFile(path.join(work, '.site.lock'), `${process.ppid}\n`);
    const error = await buildInto(input, output).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(new RegExp(`another build \\(pid ${process.ppid}\\) is writing`));
    await writeFile(path.join(work, '.site.lock'), '999999999\n'); // its process is gone
    await buildInto(input, output);
    expect(await readdir(work)).not.toContain('.site.lock');
  });
});

describe('9. the command line', () => {
  const verbatim = (args: string[]) => run(tsx, [cli, ...args], { cwd: projectRoot }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );

  it('prints one verbatim: line (no stack) with exit 2 for usage and 1 for input errors', async () => {
    const { work, input } = await scratch({ 'a.txt': article() });
    await writeFile(path.join(work, 'file'), 'x');
    const cases: Array<[string[], number, RegExp]> = [
      [['build', '--frobnicate'], 2, /^verbatim: unknown option --frobnicate\nUsage:/],
      [['build', '--input', path.join(work, 'missing'), '--output', path.join(work, 'o')], 1, /^verbatim: input folder ".*missing" does not exist\n$/],
      [['build', '--input', input, '--output', path.join(work, 'file', 'site')], 1, /^verbatim: cannot create the output folder .*is a file"?\n$/],
      [['build', '--input', input, '--output', input], 1, /^verbatim: refusing to build into .* contains the input folder/],
    ];
    for (const [args, code, stderr] of cases) {
      const result = await verbatim(args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr, args.join(' ')).toMatch(stderr);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('reports front matter errors at their own lines, all at once, and UTF-8 errors at the byte column', () => {
    const problems = (text: string) => {
      try {
        extractText('f.md', text);
      } catch (error) {
        return (error as InputError).toDiagnostics().map((diagnostic) => [diagnostic.line, diagnostic.column]);
      }
      return [];
    };
    expect(problems('---\ntitle: "an unclosed quote\nsources: AFP\nbyline: x\ndate: 2024-01-01\n---\nBody.\n')[0]).toEqual([2, 1]);
    expect(problems('---\ntitle: Fine\ndate: 2023-02-30\nbyline: [1, 2]\nsources: {a: 1}\n---\nBody.\n')).toEqual([[3, 1], [4, 1], [5, 1]]);
  });

  it('gives the byte column of invalid UTF-8', async () => {
    const { readSourceFile } = await import('../../src/read/read.ts');
    const { input } = await scratch({ 'bad.txt': new Uint8Array([...Buffer.from('first\nAé b'), 0xff, 0x41]) });
    await expect(readSourceFile(input, 'bad.txt')).rejects.toMatchObject({ line: 2, column: 6 });
  });
});

describe('10. quotes', () => {
  const head = 'Ministers agree on a new water plan after long talks\n\nBRUSSELS, March 3, 2024 (AFP) - Ministers agreed on Monday to a new plan for sharing water between the regions.\n\n';

  it('a quotation mark around nothing is no quote', () => {
    const { article: extracted } = extractText('empty.txt', `${head}“,” Li Wei says.\n\n“…” Anna Berg said.\n`);
    expect(extracted.quotes).toEqual([]);
  });

  it('an unclosed quote does not run on across a heading into the next paragraph', () => {
    const { article: extracted } = extractText('open.md', '# A plan\n\n“We will keep to this plan, every word of it, said Anna Berg, the minister.\n\n## What next\n\n“And we will review it every year,” she said.\n');
    expect(extracted.quotes.map((quote) => quote.text)).toEqual(['We will keep to this plan, every word of it, said Anna Berg, the minister.', 'And we will review it every year']);
  });
});

describe('also', () => {
  it('--keep-going builds the good articles, reports each bad one once, exits 1', async () => {
    const { input, output } = await scratch({ 'good.txt': article(), 'bad.md': '---\ndate: 2023-02-30\n---\nBody.\n', 'worse.txt': new Uint8Array([0, 1]) });
    const result = await run(tsx, [cli, 'build', '--input', input, '--output', output, '--keep-going'], { cwd: projectRoot }).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({ code: 1 });
    const stderr = (result as { stderr: string }).stderr;
    expect(stderr.match(/bad\.md:\d+:\d+: error/g)).toHaveLength(1);
    expect(stderr.match(/worse\.txt:\d+:\d+: error/g)).toHaveLength(1);
    expect(await filesBelow(output)).toContain('articles/good.html');
  }, 30_000);

  it('skips a symbolic link that leads out of the input folder, with a warning naming it', async () => {
    const { work, input, output } = await scratch({ 'a.txt': article() });
    await writeFile(path.join(work, 'secret.txt'), article('A secret that must not be published anywhere'));
    await symlink(path.join(work, 'secret.txt'), path.join(input, 'leak.txt'));
    const result = await buildInto(input, output);
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: path.join(input, 'leak.txt'), severity: 'warning', message: expect.stringMatching(/symbolic link/) })]);
    expect(await filesBelow(output)).not.toContain('articles/leak.html');
  });

  it('pages carry a Content-Security-Policy that allows only the site’s own scripts', async () => {
    const { input, output } = await scratch({ 'a.txt': article('Ministers </script><script>alert(1)</script> agree on a water plan') });
    await buildInto(input, output);
    const page = await readFile(path.join(output, 'articles/a.html'), 'utf8');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/);
    expect(page).not.toContain('<script>alert');
  });
});
