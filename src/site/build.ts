// The site: composes the stages. read → clean/extract (per article) → link → render → write.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.ts';
import { extractArticle, type ExtractedArticle } from '../extract/article.ts';
import { linkCorpus } from '../link/corpus.ts';
import { dataFiles } from '../render/data.ts';
import { renderSite } from '../render/pages.ts';
import { createTemplateEngine } from '../render/templates.ts';
import { locateFrontMatterValue } from '../read/front-matter.ts';
import { listInput, readSourceFile } from '../read/read.ts';
import type { Corpus, Diagnostic, SourceFile } from '../types.ts';
import { checkOutputFolder, lockOutput, writeSite } from '../write/write.ts';
import { InputError } from './errors.ts';

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
}

export interface BuildResult {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  pages: number;
  /** Input files skipped because of their errors (with `keepGoing`). */
  skipped: string[];
}

export class BuildError extends Error {
  constructor(readonly diagnostics: Diagnostic[], message?: string) {
    super(message ?? `build failed with ${diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length} error(s)`);
  }
}

/** Reads and extracts every article; errors are collected so one run reports every bad file. */
export async function extractFolder(input: string, config?: Config): Promise<{ articles: ExtractedArticle[]; diagnostics: Diagnostic[] }> {
  const listing = await listInput(input);
  const articles: ExtractedArticle[] = [];
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const known = config ? new Set(config.themes.taxonomy.map((theme) => theme.id)) : null;
  for (const file of listing.files) {
    try {
      const source = await readSourceFile(input, file);
      const extraction = extractArticle(source);
      articles.push(extraction.article);
      diagnostics.push(...extraction.diagnostics.map((diagnostic) => ({ ...diagnostic, file: path.join(input, diagnostic.file) })));
      if (known) diagnostics.push(...unknownThemes(source, extraction.article.frontMatterThemes, known).map((diagnostic) => ({ ...diagnostic, file: path.join(input, diagnostic.file) })));
    } catch (error) {
      if (error instanceof InputError) diagnostics.push(...error.toDiagnostics().map((diagnostic) => ({ ...diagnostic, file: path.join(input, error.file) })));
      else throw error;
    }
  }
  return { articles, diagnostics };
}

/** A front matter theme must be one of the config's: an id is a page path, not free text. */
function unknownThemes(source: SourceFile, themes: string[], known: Set<string>): Diagnostic[] {
  return themes.flatMap((theme, index) => {
    if (known.has(theme)) return [];
    const { line, column } = locateFrontMatterValue(source.text, 'themes', index);
    return [{ file: source.file, line, column, message: `front matter "themes": unknown theme id "${theme}" (not in the config's taxonomy)`, severity: 'error' as const }];
  });
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
  const extraction = await extractFolder(options.input, options.config);
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
  const templates = options.templates ?? defaultTemplates;
  const pages = renderSite(corpus, options.config, createTemplateEngine(templates));
  const data = Object.entries(dataFiles(corpus)).map(([file, value]) => ({ path: file, contents: `${JSON.stringify(value, null, 2)}\n` }));
  await writeSite(options.output, [...pages.map((page) => ({ path: page.path, contents: page.html })), ...data], [
    { from: path.join(templates, 'style.css'), to: 'style.css' },
  ]);
  return { corpus, diagnostics, pages: pages.length, skipped: [...failing].sort() };
}
