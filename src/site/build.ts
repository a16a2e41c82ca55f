// The site: composes the stages. read → clean/extract (per article) → link → render → write.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.ts';
import type { ExtractedArticle } from '../extract/article.ts';
import { linkCorpus } from '../link/corpus.ts';
import { dataFiles } from '../render/data.ts';
import { renderSite } from '../render/pages.ts';
import { createTemplateEngine } from '../render/templates.ts';
import { listInput } from '../read/read.ts';
import type { Corpus, Diagnostic } from '../types.ts';
import { checkOutputFolder, lockOutput, writeSite } from '../write/write.ts';
import { extractFiles, type PoolOptions } from './pool.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultTemplates = path.join(projectRoot, 'templates');

export interface BuildOptions {
  input: string;
  output: string;
  config: Config;
  templates?: string;
  /** Treat warnings as errors. */
  strict?: boolean;
  /** Replace an output folder that holds files Verbatim did not write. */
  force?: boolean;
  /** Build an empty site from an empty input folder instead of failing. */
  allowEmpty?: boolean;
  /** Skip the articles that have errors, build the rest (the result still reports them). */
  keepGoing?: boolean;
  /** Worker threads for extraction (see pool.ts). */
  threads?: number;
}

export interface BuildResult {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  pages: number;
  /** Input files skipped because of their errors (with `keepGoing`). */
  skipped: string[];
  /** Milliseconds per stage: extract, link, render, data, write. */
  timings: Record<string, number>;
}

export class BuildError extends Error {
  constructor(readonly diagnostics: Diagnostic[], message?: string) {
    super(message ?? `build failed with ${diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length} error(s)`);
  }
}

/** Reads and extracts every article (on worker threads); errors are collected so one run reports every bad file. */
export async function extractFolder(input: string, config?: Config, options: PoolOptions = {}): Promise<{ articles: ExtractedArticle[]; diagnostics: Diagnostic[] }> {
  const listing = await listInput(input);
  const articles: ExtractedArticle[] = [];
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const themes = config ? config.themes.taxonomy.map((theme) => theme.id) : null;
  for (const outcome of await extractFiles(input, listing.files, themes, options)) {
    const located = outcome.diagnostics.map((diagnostic) => ({ ...diagnostic, file: path.join(input, diagnostic.file) }));
    diagnostics.push(...located);
    if (outcome.article) articles.push(outcome.article);
  }
  return { articles, diagnostics };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  await checkOutputFolder(options.input, options.output, options.force ?? false);
  const unlock = await lockOutput(options.output);
  try {
    return await buildLocked(options);
  } finally {
    unlock();
  }
}

async function buildLocked(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = now - mark;
    mark = now;
  };
  const extraction = await extractFolder(options.input, options.config, { threads: options.threads });
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
  const corpus = linkCorpus(articles, options.config);
  lap('link');
  const templates = options.templates ?? defaultTemplates;
  const pages = renderSite(corpus, options.config, createTemplateEngine(templates));
  lap('render');
  const data = Object.entries(dataFiles(corpus)).map(([file, value]) => ({ path: file, contents: `${JSON.stringify(value, null, 2)}\n` }));
  lap('data');
  await writeSite(options.output, [...pages.map((page) => ({ path: page.path, contents: page.html })), ...data], [
    { from: path.join(templates, 'style.css'), to: 'style.css' },
  ]);
  lap('write');
  return { corpus, diagnostics, pages: pages.length, skipped: [...failing].sort(), timings };
}
