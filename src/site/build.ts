// The site: composes the stages. read → clean/extract (per article) → link → render → write.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.ts';
import type { ExtractedArticle } from '../extract/article.ts';
import { linkCorpus } from '../link/corpus.ts';
import { dataFiles } from '../render/data.ts';
import { renderSite } from '../render/pages.ts';
import { createTemplateEngine } from '../render/templates.ts';
import { listArticleFiles } from '../read/read.ts';
import type { Corpus, Diagnostic } from '../types.ts';
import { writeSite } from '../write/write.ts';
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
  /** Worker threads for extraction (see pool.ts). */
  threads?: number;
}

export interface BuildResult {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  pages: number;
  /** Milliseconds per stage: extract, link, render, data, write. */
  timings: Record<string, number>;
}

export class BuildError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`build failed with ${diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length} error(s)`);
  }
}

/** Reads and extracts every article (on worker threads); errors are collected so one run reports every bad file. */
export async function extractFolder(input: string, options: PoolOptions = {}): Promise<{ articles: ExtractedArticle[]; diagnostics: Diagnostic[] }> {
  const files = await listArticleFiles(input);
  const articles: ExtractedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const outcome of await extractFiles(input, files, options)) {
    if ('refused' in outcome) {
      diagnostics.push({ ...outcome.refused, file: path.join(input, outcome.refused.file) });
      continue;
    }
    articles.push(outcome.extraction.article);
    diagnostics.push(...outcome.extraction.diagnostics.map((diagnostic) => ({ ...diagnostic, file: path.join(input, diagnostic.file) })));
  }
  return { articles, diagnostics };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = now - mark;
    mark = now;
  };
  const { articles, diagnostics } = await extractFolder(options.input, { threads: options.threads });
  lap('extract');
  const failing = diagnostics.filter((diagnostic) => diagnostic.severity === 'error' || options.strict);
  if (failing.length > 0) throw new BuildError(diagnostics.map((diagnostic) => (options.strict ? { ...diagnostic, severity: 'error' } : diagnostic)));
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
  return { corpus, diagnostics, pages: pages.length, timings };
}
