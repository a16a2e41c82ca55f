// Makes the site once the build knows it must (see build.ts): extract and link, render, write
// and check. A module of its own, loaded only then: an up-to-date build does not load the
// extractor, the linker, the templates or the writer's search indexer at all.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { linkCorpus } from '../link/corpus.ts';
import { blocksText, dataFiles, jsonText, recordFolder } from '../render/data.ts';
import { feedFiles, type FeedFile, feedPaths, siteFeeds } from '../render/feeds.ts';
import { notFoundPage, renderSite } from '../render/pages.ts';
import { fileSearchScript } from '../render/search-index.ts';
import { robotsText, sitemapFiles } from '../render/sitemap.ts';
import { createTemplateEngine, templateDiagnostic } from '../render/templates.ts';
import type { InputListing } from '../read/read.ts';
import type { Corpus, Diagnostic } from '../types.ts';
import { markerFile, writeSite } from '../write/write.ts';
import type { BuildOptions, BuildResult } from './build.ts';
import { type ArticleCache, composeDigest, digest, type PageCache, sha256, shareDigest, templateHashes } from './cache.ts';
import { brokenLinks, LinkCheck, validateHtml } from './check.ts';
import { BuildError } from './errors.ts';
import { extractFolder } from './pool.ts';
import { SearchIndexer } from './search.ts';
import { spliced, type SummaryLayout } from './splice.ts';
import { type BuildCounts, forgetRecord, type OutputScan, writeRecord } from './up-to-date.ts';

/** What the build found out before it knew it had to make the site. */
export interface BuildState {
  templates: string;
  /** The up-to-date key of this build's inputs, recorded once the site is made (with a cache). */
  key: string | undefined;
  /** The output's files as the build found them (with a cache), or null. */
  found: OutputScan;
  /** The output's files changed by hand since the last build, or 'all' when that is not known. */
  changedByHand: Set<string> | 'all';
  /** The input as listed and hashed for the key (with a cache). */
  input: { listing: InputListing; hashes: Array<string | null> } | undefined;
  articleCache: ArticleCache | undefined;
  pageCache: PageCache | undefined;
  timings: Record<string, number>;
  /** Ends a stage's timing. */
  lap: (stage: string) => void;
}

/** Extracts and links the corpus, renders and writes every page and file, and checks them before the swap. */
export async function makeSite(options: BuildOptions, { templates, key, found, changedByHand, input, articleCache, pageCache, timings, lap }: BuildState): Promise<BuildResult> {
  // A page is rendered again when a template it is made from changed, not when any template did.
  const templateHash = options.cache ? templateHashes(templates) : new Map<string, string>();
  const { corpus, diagnostics, failing } = await extractAndLink(options, articleCache, lap, input);
  lap('link');
  await pageCache?.load();
  // A file of the output edited by hand in place edits the cache's copy too (a hard link): it is made again.
  if (changedByHand !== 'all') for (const sitePath of changedByHand) pageCache?.forget(sitePath);
  // Pages are rendered as the writer asks for them and the data files serialised in pieces, so
  // neither the site's HTML nor a data file's text is ever held whole. Time inside the renderer
  // counts as render, inside the serialiser as data, the rest of that phase as write.
  timings.render = 0;
  timings.data = 0;
  timings.write = 0;
  timings.search = 0;
  timings.check = 0;
  const unchanged = pageCache && ((sitePath: string, template: string, values: Record<string, unknown>) => pageCache.reusable(sitePath, digest(values, pageCache.salt, template, templateHash.get(template) ?? '')));
  const pages = timed(renderSite(corpus, options.config, createTemplateEngine(templates), { unchanged, shared: pageCache && shareDigest, composed: pageCache && composeDigest, releaseBodies: true }), timings, 'render');
  const baseUrl = options.config.site.baseUrl;
  // Each page is checked and the article pages indexed as they are written, not read back after.
  const links = new LinkCheck(baseUrl === null ? null : new URL(baseUrl).pathname, pageCache?.previousLinks);
  const searchIndex = new SearchIndexer({ pagesPerShard: options.searchPagesPerShard, inFlight: options.searchPagesInFlight, previous: pageCache && { shards: pageCache.previousSearch, output: options.output }, record: pageCache !== undefined });
  const searchOrder = new Map<string, number>();
  const sitemapPages: string[] = [];
  let pageCount = 0;
  let searchShards = 0;
  let searchRan = false;
  // At least a page per article, speaker and theme, and the three indexes; pagination adds more.
  const estimate = corpus.articles.length + corpus.speakers.length + corpus.themes.length + 3;
  const shared = await writeSite(options.output, (function* () {
    for (const page of pages) {
      pageCount++;
      if (page.path !== notFoundPage) sitemapPages.push(page.path);
      if (page.path.startsWith('articles/')) searchOrder.set(page.path, searchOrder.size);
      yield 'unchanged' in page ? { path: page.path, contents: page.render, unchanged: true } : { path: page.path, contents: page.html };
      options.progress?.('write', pageCount, Math.max(estimate, pageCount));
      yield* searchIndex.takeFiles();
    }
    // The data files' values are made once the pages are written, not held while they are.
    // A small file (one article's or speaker's record) is made whole and, when its text is the
    // last build's, taken over from the last output instead of written again; so is a summary of
    // those records when all of theirs are (it is made only if it cannot be linked). A summary
    // made again is spliced from the last build's: each unchanged record's block copied as bytes.
    const { records, summaries, others } = dataFiles(corpus);
    const recordHashes = new Map<string, string[]>();
    for (const [file, value] of Object.entries(records)) {
      const contents = [...timed(jsonText(value), timings, 'data')].join('');
      const hash = sha256(contents);
      const folder = recordFolder(file)!;
      if (!recordHashes.has(folder)) recordHashes.set(folder, []);
      recordHashes.get(folder)!.push(hash);
      yield { path: file, contents, unchanged: pageCache?.sameFile(file, hash) ?? false };
    }
    for (const [file, summary] of Object.entries(summaries)) {
      const hashes = recordHashes.get(summary.records) ?? [];
      const whole = () => timed(jsonText(summary.blocks.flat()), timings, 'data');
      // Without a cache, or (never expected) records that do not line up with the blocks, it is made whole.
      if (!pageCache || hashes.length !== summary.blocks.length) {
        yield { path: file, contents: whole() };
        continue;
      }
      const last = pageCache.previousSummary(file);
      // Its records' hashes in order, folded into one (an archive's worth would not fit in one call's arguments).
      const folded = hashes.reduce((hash, record) => hash.update(record), createHash('sha256')).digest('hex');
      if (pageCache.sameFile(file, sha256(pageCache.salt, file, folded)) && last) {
        pageCache.summaries[file] = last;
        yield { path: file, contents: () => [...whole()].join(''), unchanged: true };
        continue;
      }
      const layout: SummaryLayout = (pageCache.summaries[file] = { size: 0, blocks: [] });
      yield { path: file, contents: spliced(path.join(options.output, ...file.split('/')), last, (kept) => timed(blocksText(summary, hashes, kept), timings, 'data'), layout) };
    }
    for (const [file, value] of Object.entries(others)) yield { path: file, contents: timed(jsonText(value), timings, 'data') };
    // Feeds count as data. A feed is made from its inputs alone (a plain value): when they are the
    // last build's, its two files are taken over from the last output without being made.
    for (const feed of timed(siteFeeds(corpus, options.config), timings, 'data')) {
      const paths = feedPaths(feed);
      const hash = pageCache && digest(feed, pageCache.salt, 'feed');
      let made: FeedFile[] | undefined;
      const files = () => {
        const started = performance.now();
        made ??= feedFiles(feed);
        timings.data! += performance.now() - started;
        return made;
      };
      if (pageCache && paths.map((sitePath) => pageCache.sameFile(sitePath, hash!)).every(Boolean)) yield* paths.map((sitePath, index) => ({ path: sitePath, contents: () => files()[index]!.contents, unchanged: true }));
      else yield* files();
    }
    yield { path: 'search/index.js', contents: timed(fileSearchScript(corpus), timings, 'search') };
    // Search engines need absolute URLs, so these two exist only with a base URL.
    if (baseUrl !== null) {
      yield* sitemapFiles(baseUrl, sitemapPages);
      yield { path: 'robots.txt', contents: robotsText(baseUrl) };
    }
  })(), [...['style.css', 'favicon.svg', 'search.js'].map((asset) => ({ from: path.join(templates, asset), to: asset })), { from: miniSearchScript, to: 'search/minisearch.js' }], {
    pageWritten: async (sitePath, file, written) => {
      // A page taken over from the last output is read only if the last build's check did not see it.
      const html = written ?? (links.takeOver(sitePath) ? null : await readFile(file, 'utf8'));
      const started = performance.now();
      if (html !== null) links.add(sitePath, html);
      timings.check! += performance.now() - started;
      // Pagefind indexes in its own process while the writers go on; only its last shard counts as search time.
      const order = searchOrder.get(sitePath);
      if (order !== undefined) searchIndex.add(order, { sitePath, file, html });
    },
    complete: async (folder, sitePaths) => {
      // Pagefind has indexed the article pages while the rest was written; its last shard is closed here.
      let started = performance.now();
      const { files: search, shards, problem } = await searchIndex.finish();
      if (pageCache) pageCache.search = shards;
      searchShards = shards.length;
      searchRan = problem === null;
      timings.search! += performance.now() - started;
      if (problem !== null) {
        const warning = { file: path.resolve(options.output), line: 1, column: 1, message: `search: Pagefind did not run (${problem}); the search page uses the compact index`, severity: options.strict ? ('error' as const) : ('warning' as const) };
        diagnostics.push(warning);
        if (options.strict) throw new BuildError(diagnostics);
      }
      // Like Zola, the build checks its own output before it replaces the old: a broken link fails it.
      started = performance.now();
      const reportAs = path.resolve(options.output);
      const broken = brokenLinks(links, folder, [...sitePaths, ...search.map((file) => file.path)], reportAs);
      if (broken.length > 0) throw new BuildError([...diagnostics, ...broken], `${broken.length} broken internal link(s)`);
      // html-validate is slower than the rest of the check put together, so only --strict runs it.
      const invalid = options.strict ? await validateHtml(folder, { sitePaths, reportAs }) : [];
      if (invalid.length > 0) throw new BuildError([...diagnostics, ...invalid], `${invalid.length} HTML validation error(s)`);
      timings.check! += performance.now() - started;
      if (pageCache) pageCache.links = links.saved();
      return search;
    },
    // The replaced site is kept in the cache, so the next build writes only the files that differ.
    spare: options.cache && path.join(options.cache.folder, 'previous-site'),
    outputIdentity: (sitePath) => found?.get(sitePath)?.identity,
  }).catch((error: unknown) => {
    // A template that does not parse or render is the writer's mistake: said at its line, like an article's.
    const diagnostic = templateDiagnostic(error);
    throw diagnostic ? new BuildError([diagnostic], 'a template has an error') : error;
  });
  await Promise.all([pageCache?.save(path.join(options.output, markerFile)), articleCache?.finish()]);
  const counts = countsOf(corpus);
  // A build with errors (skipped articles) or without Pagefind is made again next time, not taken as up to date.
  if (options.cache && key !== undefined) {
    if (failing.size === 0 && searchRan) await writeRecord(options.cache.folder, { key, counts, pages: pageCount, searchShards, diagnostics }, options.output, { found, shared });
    else await forgetRecord(options.cache.folder);
  }
  lap('write');
  timings.write! -= timings.render + timings.data + timings.check + timings.search!;
  return { corpus, counts, upToDate: false, diagnostics, pages: pageCount, skipped: [...failing].sort(), timings, reused: { articles: articleCache?.hits ?? 0, pages: pageCache?.hits ?? 0, searchShards: searchIndex.reusedShards } };
}

/**
 * The extract and link stages. A function of its own so that the extractions (each article's word
 * counts and theme matches, which the link stage folds in) are let go once the corpus is linked,
 * not held by the build's frame while it writes.
 */
async function extractAndLink(options: BuildOptions, articleCache: ArticleCache | undefined, lap: (stage: string) => void, input?: { listing: InputListing; hashes: Array<string | null> }): Promise<{ corpus: Corpus; diagnostics: Diagnostic[]; failing: Set<string> }> {
  const extraction = await extractFolder(options.input, options.config, {
    threads: options.threads,
    cache: articleCache,
    hashes: input?.hashes,
    progress: options.progress && ((done, total) => options.progress!('extract', done, total)),
  }, input?.listing);
  lap('extract');
  const diagnostics = options.strict ? extraction.diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'error' as const })) : extraction.diagnostics;
  const failing = new Set(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file));
  if (failing.size > 0 && !options.keepGoing) throw new BuildError(diagnostics);
  const articles = extraction.articles.filter((article) => !failing.has(path.join(options.input, article.file)));
  if (articles.length === 0 && !options.allowEmpty) {
    const why = failing.size > 0 ? 'every article has errors' : `no articles (.txt or .md) in "${options.input}"`;
    throw new BuildError(
      [...diagnostics, { file: options.input, line: 1, column: 1, message: `${why}; refusing to replace the site with an empty one (--allow-empty builds it anyway)`, severity: 'warning' }],
      'nothing to build',
    );
  }
  return { corpus: linkCorpus(articles, options.config), diagnostics, failing };
}

/** The figures a build reports about its corpus. */
function countsOf(corpus: Corpus): BuildCounts {
  return {
    articles: corpus.articles.length,
    quotes: corpus.articles.reduce((sum, article) => sum + article.quotes.length, 0),
    speakers: corpus.speakers.length,
    themes: corpus.themes.filter((theme) => theme.articles.length > 0).length,
  };
}

/** The browser build of MiniSearch, which the search page loads to read search/index.js from disk. */
const miniSearchScript = path.join(path.dirname(createRequire(import.meta.url).resolve('minisearch')), '../umd/index.js');

/** The items of `items`, adding the milliseconds spent producing them to `spent[stage]`. */
function* timed<T>(items: Iterable<T>, spent: Record<string, number>, stage: string): Generator<T> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const started = performance.now();
    const next = iterator.next();
    spent[stage] = (spent[stage] ?? 0) + performance.now() - started;
    if (next.done) return;
    yield next.value;
  }
}
