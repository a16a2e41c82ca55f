// The search index as the build writes it: Pagefind's shards and their list, and what happens when
// Pagefind cannot run (the build warns, an error with --strict, and the search page falls back to
// the compact index, which is there either way).
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build, BuildError } from '../src/site/build.ts';
import { searchView } from '../src/site/search.ts';
import { buildSeeds, projectConfig, seedsFolder, siteFiles } from './helpers.ts';

describe('the search index', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('is one Pagefind index for a small archive, and shards listed in pagefind/shards.json for a large one', async () => {
    const whole = await buildSeeds('search-whole');
    expect(JSON.parse(await readFile(path.join(whole, 'pagefind/shards.json'), 'utf8'))).toEqual([]);
    expect(existsSync(path.join(whole, 'pagefind/pagefind.js'))).toBe(true);
    // Five articles in shards of two: three indexes, the first beside Pagefind's script.
    const sharded = await buildSeeds('search-sharded', { searchPagesPerShard: 2 });
    expect(JSON.parse(await readFile(path.join(sharded, 'pagefind/shards.json'), 'utf8'))).toEqual(['shard-2/', 'shard-3/']);
    for (const shard of ['shard-2', 'shard-3']) expect(existsSync(path.join(sharded, 'pagefind', shard, 'pagefind-entry.json')), shard).toBe(true);
  });

  it('is the same index when the pages past the first wait for Pagefind as their files and are read back', async () => {
    const held = await siteFiles(path.join(await buildSeeds('search-held'), 'pagefind'));
    // One page on its way with its HTML, one unanswered: the other four are read back from the written site.
    const readBack = await siteFiles(path.join(await buildSeeds('search-read-back', { searchPagesInFlight: 1 }), 'pagefind'));
    expect([...held.keys()].filter((file) => file.startsWith('fragment/')).length).toBe(5);
    expect(readBack).toEqual(held);
  });

  it('filters an article page by its own sources, not by those of the related articles it lists', async () => {
    const site = await buildSeeds('search-filters');
    const fragments = await readdir(path.join(site, 'pagefind/fragment'));
    let relatedSources = 0;
    for (const name of fragments) {
      const text = gunzipSync(await readFile(path.join(site, 'pagefind/fragment', name))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
      const html = await readFile(path.join(site, decodeURI(fragment.url).replace(/^\//, '')), 'utf8');
      const sourcesIn = (part: string) => [...part.matchAll(/data-pagefind-filter="source">([^<]*)</g)].map((match) => match[1]!);
      const header = html.slice(html.indexOf('class="article-header"'), html.indexOf('</header>', html.indexOf('class="article-header"')));
      const own = sourcesIn(header);
      relatedSources += sourcesIn(html.slice(html.indexOf('class="related"'))).filter((source) => !own.includes(source)).length;
      expect(new Set(fragment.filters.source ?? []), fragment.url).toEqual(new Set(own));
    }
    // The seeds' related articles do name other outlets, so the test can fail.
    expect(relatedSources).toBeGreaterThan(0);
  });

  it('sees a page as Pagefind reads it: without the elements it ignores whole', () => {
    const page = '<main><p>kept</p><section class="related" data-pagefind-ignore="all"><section>inner <b>x</b></section><p>cards</p></section><aside data-pagefind-ignore><span data-pagefind-filter="speaker">A</span></aside></main>';
    expect(searchView(page)).toBe('<main><p>kept</p><aside data-pagefind-ignore><span data-pagefind-filter="speaker">A</span></aside></main>');
    expect(searchView('<p>no ignored part</p>')).toBe('<p>no ignored part</p>');
  });

  it('without Pagefind, warns, writes no Pagefind index and keeps the compact one; with --strict, fails', async () => {
    vi.stubEnv('PAGEFIND_EXTENDED_BINARY_PATH', '/nonexistent/pagefind_extended');
    vi.stubEnv('PAGEFIND_BINARY_PATH', '/nonexistent/pagefind');
    // Pagefind's service reports its failed start on the console; the build says it once, as a warning.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const site = path.join(await mkdtemp(path.join(tmpdir(), 'verbatim-search-missing-')), 'site');
    const result = await build({ input: seedsFolder, output: site, config: await projectConfig() });
    expect(result.diagnostics.filter((diagnostic) => /Pagefind did not run/.test(diagnostic.message)).map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
    expect(existsSync(path.join(site, 'pagefind'))).toBe(false);
    expect(await readFile(path.join(site, 'search/index.js'), 'utf8')).toMatch(/^window\.verbatimSearch = /);
    const strict = (await buildSeeds('search-missing-strict', { strict: true }).catch((error: unknown) => error)) as BuildError;
    expect(strict).toBeInstanceOf(BuildError);
    expect(strict.diagnostics.some((diagnostic) => diagnostic.severity === 'error' && /Pagefind did not run/.test(diagnostic.message))).toBe(true);
  });
});
