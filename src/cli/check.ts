// `verbatim check`: validates the config and every input file, and lists what an editor should
// look at, without writing a site. Problems print as file:line:column, grouped by file, with a
// summary; --strict makes warnings fail (for CI); --json is for machines.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config/config.ts';
import { articleCacheFor } from '../site/build.ts';
import { formatDiagnostic } from '../site/errors.ts';
import { checkLinks, validateHtml } from '../site/check.ts';
import { markerFile } from '../write/write.ts';
import type { Corpus, Diagnostic } from '../types.ts';
import { defineCommand, cacheFor, configFor, configPathFor, type FolderOptions } from './options.ts';
import { countWords, exitCodes } from './report.ts';

interface CheckCommandOptions extends FolderOptions {
  strict?: boolean;
  json?: boolean;
}

/** What a review sees: the folders, the config and the linked corpus of the articles without errors. */
export interface ReviewContext {
  input: string;
  output: string;
  config: Config;
  configFile: { file: string; text: string } | null;
  corpus: Corpus;
}

/**
 * The reviews `check` runs after extraction, each adding diagnostics. The hook for more: a review
 * of the built output (html-validate on every page, say) is one more entry here; it may build
 * into a temporary folder, never into `output`.
 */
export const reviews: Array<{ name: string; run: (context: ReviewContext) => Promise<Diagnostic[]> | Diagnostic[] }> = [
  { name: 'corpus', run: async ({ corpus, input, configFile }) => (await import('../site/review.ts')).reviewCorpus({ corpus, input, config: configFile }) },
  // The last build's output, where there is one: every internal link and #fragment, and html-validate on every page.
  {
    name: 'output',
    run: async ({ output }) => (existsSync(path.join(output, markerFile)) ? [...(await checkLinks(output)), ...(await validateHtml(output))] : []),
  },
];

export interface CheckReport {
  ok: boolean;
  articles: number;
  errors: number;
  warnings: number;
  files: Array<{ file: string; diagnostics: Diagnostic[] }>;
}

export async function checkInputs(options: CheckCommandOptions): Promise<CheckReport> {
  const config = await configFor(options);
  const configPath = configPathFor(options);
  const configText = await readFile(configPath, 'utf8').catch(() => null);
  const configFile = configText === null ? null : { file: path.relative(process.cwd(), configPath) || configPath, text: configText };
  // The build's own extraction cache: a check after a build (or before one) extracts only what changed.
  const cache = articleCacheFor({ folder: await cacheFor(options) }, config);
  // The extractor and linker are loaded when a command runs, not whenever the command line starts.
  const [{ extractFolder }, { linkCorpus }] = await Promise.all([import('../site/pool.ts'), import('../link/corpus.ts')]);
  const extraction = await extractFolder(options.input, config, { cache });
  await cache.finish();
  const failing = new Set(extraction.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file));
  const articles = extraction.articles.filter((article) => !failing.has(path.join(options.input, article.file)));
  const context: ReviewContext = { input: options.input, output: options.output, config, configFile, corpus: linkCorpus(articles, config) };
  const diagnostics = [...extraction.diagnostics];
  for (const review of reviews) diagnostics.push(...(await review.run(context)));
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  const files = [...byFile].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)).map(([file, found]) => ({
    file,
    diagnostics: found.sort((left, right) => left.line - right.line || left.column - right.column),
  }));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return { ok: errors === 0 && (!options.strict || warnings === 0), articles: extraction.articles.length + failing.size, errors, warnings, files };
}

export function formatCheckReport(report: CheckReport, strict: boolean): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of report.files) {
    lines.push(`${file}`);
    for (const diagnostic of diagnostics) lines.push(`  ${formatDiagnostic(diagnostic)}`);
    lines.push('');
  }
  const verdict = report.ok ? 'ok' : report.errors > 0 ? 'failed' : 'failed (--strict: warnings fail)';
  lines.push(`Checked ${countWords(report.articles, 'article')}: ${countWords(report.errors, 'error')}, ${countWords(report.warnings, 'warning')} in ${countWords(report.files.length, 'file')}; ${verdict}${!report.ok || strict || report.warnings === 0 ? '' : ' (--strict would fail on the warnings)'}`);
  return lines.join('\n');
}

export function registerCheck(program: Command): void {
  const command = defineCommand(program, {
    name: 'check',
    description: 'validate the config and every article, and list what an editor should look at; writes no site',
    folders: { input: 'the folder of articles to check', output: 'the site folder whose build cache is used, so unchanged articles are not extracted again' },
    notes: `Looks for: front matter and config errors; a quote with no speaker; a speaker that is only a role
("a senior official"); an article with no source or no date; a theme with no articles; an article
mostly taken out as page furniture; a headline not found.

Exit codes: 0 nothing failed, 1 errors (or warnings with --strict), 2 a usage error.`,
    examples: ['verbatim check', 'verbatim check --input archive --strict', 'verbatim check --json | jq \'.files[].file\''],
  })
    .option('--strict', 'fail (exit 1) on warnings too, for CI')
    .option('--json', 'print one JSON object (counts and every diagnostic, by file) instead of text');
  command.action(async (options: CheckCommandOptions) => {
    const report = await checkInputs(options);
    console.log(options.json ? JSON.stringify(report, null, 2) : formatCheckReport(report, options.strict ?? false));
    process.exitCode = report.ok ? exitCodes.success : exitCodes.inputError;
  });
}
