// Issue 7, items 1 and 2: nothing is written outside the output folder, and the input (or any
// folder Verbatim did not write) is never replaced.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/site/build.ts';
import { UsageError } from '../../src/site/errors.ts';
import { markerFile, outputPath } from '../../src/write/write.ts';
import { article, buildInto, filesBelow, scratch } from './helpers.ts';

const withThemes = (themes: string) => `---\ntitle: A plan\nthemes: ${themes}\n---\n\n${article()}`;

describe('output paths', () => {
  it('are made only of [a-z0-9-] names with a known extension', () => {
    expect(outputPath('/out', 'speakers/jens-stoltenberg/page-2.html')).toBe('/out/speakers/jens-stoltenberg/page-2.html');
    for (const bad of ['../x.html', 'themes/../../x.html', 'themes/</script>.html', 'themes/.x.html', 'Themes/a.html', 'a//b.html', 'themes/a', '/etc/passwd.html', 'a.exe']) {
      expect(() => outputPath('/out', bad), bad).toThrow(UsageError);
    }
  });

  it('allow Pagefind’s hash-named files in its own folder only', () => {
    expect(outputPath('/out', 'pagefind/fragment/en_161a263.pf_fragment')).toBe('/out/pagefind/fragment/en_161a263.pf_fragment');
    expect(outputPath('/out', 'pagefind/pagefind.en_86215cb971.pf_meta')).toBe('/out/pagefind/pagefind.en_86215cb971.pf_meta');
    expect(outputPath('/out', 'pagefind/shard-2/fragment/en_161a263.pf_fragment')).toBe('/out/pagefind/shard-2/fragment/en_161a263.pf_fragment');
    for (const bad of ['articles/en_1.pf_index', 'pagefind/../x.js', 'pagefind/a/b/c.pf_index', 'pagefind/shard-2/a/b/c.pf_index', 'pagefind/shard-x/a/b.pf_index', 'pagefind/.x.js', 'pagefind/a..b.js', 'pagefind/x.exe', 'pagefind/Fragment/a.pf_fragment', 'x/pagefind/a.pf_meta']) {
      expect(() => outputPath('/out', bad), bad).toThrow(UsageError);
    }
  });

  it('a front matter theme that climbs out of the folder is an error naming file, line and value; the outside file is untouched', async () => {
    const { work, input, output } = await scratch({ 'deep/a/b/evil.md': withThemes('["../../../victim/existing"]') });
    await mkdir(path.join(work, 'victim'));
    await writeFile(path.join(work, 'victim/existing.html'), 'precious');
    const error = await buildInto(input, output).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BuildError);
    const messages = (error as BuildError).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: path.join(input, 'deep/a/b/evil.md'), line: 3 });
    expect(messages[0]!.message).toContain('../../../victim/existing');
    expect(await readFile(path.join(work, 'victim/existing.html'), 'utf8')).toBe('precious');
  });

  it('refuses theme ids that are not in the taxonomy (index, </script>) at their line', async () => {
    const { input, output } = await scratch({
      'a.md': `---\ntitle: A plan\nthemes:\n  - military-aid\n  - index\n---\n\n${article()}`,
      'b.md': `---\ntitle: A plan\nthemes:\n  - "</script>"\n---\n\n${article()}`,
    });
    const error = (await buildInto(input, output).catch((caught: unknown) => caught)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    const found = error.diagnostics.map((diagnostic) => [path.basename(diagnostic.file), diagnostic.line, /"(index|<\/script>)"/.exec(diagnostic.message)?.[1]]);
    expect(found).toEqual([['a.md', 5, 'index'], ['b.md', 4, '</script>']]);
  });

  it('a known front matter theme builds and keeps the theme list page', async () => {
    const { input, output } = await scratch({ 'a.md': withThemes('[military-aid]') });
    await buildInto(input, output);
    expect(await readFile(path.join(output, 'themes/index.html'), 'utf8')).toContain('<h1');
    expect(await filesBelow(output)).toContain('themes/military-aid.html');
  });
});

describe('the output folder', () => {
  it('is never the input folder, nor a folder that contains it; the articles stay', async () => {
    const { work, input } = await scratch({ 'a.txt': article() });
    await writeFile(path.join(input, 'notes.doc'), 'mine');
    for (const output of [input, work, path.join(input, '..')]) {
      const error = await buildInto(input, output).catch((caught: unknown) => caught);
      expect(error, output).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(/contains the input folder/);
    }
    expect(await filesBelow(input)).toEqual(['a.txt', 'notes.doc']);
  });

  it('is replaced only when Verbatim wrote it (marker), or with force', async () => {
    const { work, input } = await scratch({ 'a.txt': article() });
    const foreign = path.join(work, 'photos');
    await mkdir(foreign);
    await writeFile(path.join(foreign, 'holiday.jpg'), 'jpeg');
    const error = await buildInto(input, foreign).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/did not write.*--force/);
    expect(await filesBelow(foreign)).toEqual(['holiday.jpg']);

    const site = path.join(work, 'site');
    await buildInto(input, site);
    expect(await filesBelow(site)).toContain(markerFile);
    await buildInto(input, site); // a second build replaces its own output
    await buildInto(input, foreign, { force: true });
    expect(await filesBelow(foreign)).not.toContain('holiday.jpg');
  });

  it('an empty input folder does not replace a site with an empty one, unless allowed', async () => {
    const { work, input, output } = await scratch({ 'a.txt': article() });
    await buildInto(input, output);
    const empty = path.join(work, 'empty');
    await mkdir(empty);
    const error = await buildInto(empty, output).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).diagnostics.at(-1)).toMatchObject({ severity: 'warning' });
    expect((error as BuildError).diagnostics.at(-1)!.message).toMatch(/no articles.*--allow-empty/);
    expect(await filesBelow(output)).toContain('articles/a.html');
    await buildInto(empty, output, { allowEmpty: true });
    expect(await filesBelow(output)).not.toContain('articles/a.html');
  });
});
