// `verbatim build`: the input folder into a site, with a progress bar on a terminal and a short
// summary at the end (plain, quiet, or one JSON object for machines).
import type { Command } from 'commander';
import { build, type BuildResult } from '../site/build.ts';
import type { Diagnostic } from '../types.ts';
import { defineCommand, cacheFor, configFor, type FolderOptions } from './options.ts';
import { progressBar } from './progress.ts';
import { countWords, describeDiagnostic, describeFailure, exitCodes, failureDiagnostics } from './report.ts';

interface BuildCommandOptions extends FolderOptions {
  strict?: boolean;
  keepGoing?: boolean;
  force?: boolean;
  allowEmpty?: boolean;
  timings?: boolean;
  clean?: boolean;
  quiet?: boolean;
  json?: boolean;
  baseUrl?: string;
}

/** What a build did, for the summary and for `--json`. */
export interface BuildSummary {
  output: string;
  articles: number;
  quotes: number;
  speakers: number;
  themes: number;
  /** Nothing was written: every input and the output were as the last build left them. */
  upToDate: boolean;
  pages: number;
  warnings: number;
  /** Taken over from the last build by the cache instead of extracted or rendered again. */
  reused: { articles: number; pages: number; searchShards: number };
  skipped: string[];
  milliseconds: number;
  /** Milliseconds per stage: extract, link, render, data, write. */
  stages: Record<string, number>;
}

export function summarise(result: BuildResult, output: string, milliseconds: number): BuildSummary {
  return {
    output,
    ...result.counts,
    upToDate: result.upToDate,
    pages: result.pages,
    warnings: result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
    reused: result.reused,
    skipped: result.skipped,
    milliseconds: Math.round(milliseconds),
    stages: Object.fromEntries(Object.entries(result.timings).map(([stage, spent]) => [stage, Math.round(spent)])),
  };
}

/** "extract 512 ms · link 20 ms · …" */
export function stageLine(stages: Record<string, number>): string {
  return Object.entries(stages).map(([stage, spent]) => `${stage} ${spent} ms`).join(' · ');
}

export function summaryLines(summary: BuildSummary): string[] {
  const { articles, pages, searchShards } = summary.reused;
  const reused = articles + pages + searchShards > 0 ? ` · from the cache: ${countWords(articles, 'article')}, ${countWords(pages, 'page')}, ${countWords(searchShards, 'search index shard')}` : '';
  if (summary.upToDate) {
    return [
      `Up to date: ${summary.output}/ holds ${summary.articles} articles, ${summary.quotes} quotes, ${summary.speakers} speakers (${summary.pages} pages), as the last build left it; checked in ${summary.milliseconds} ms`,
      `  ${countWords(summary.themes, 'theme')} with articles · ${countWords(summary.warnings, 'warning')} · nothing written (--clean builds it again)`,
    ];
  }
  return [
    `Built ${summary.articles} articles, ${summary.quotes} quotes, ${summary.speakers} speakers into ${summary.output}/ (${summary.pages} pages) in ${summary.milliseconds} ms`,
    `  ${countWords(summary.themes, 'theme')} with articles · ${countWords(summary.warnings, 'warning')}${reused}`,
    `  ${stageLine(summary.stages)}`,
  ];
}

export function registerBuild(program: Command): void {
  const command = defineCommand(program, {
    name: 'build',
    isDefault: true,
    description: 'build the input folder into a static site (the default command)',
    folders: { input: 'the folder of articles (.txt and .md) to build', output: 'the folder the site is written to (swapped into place when complete)' },
    notes: `Exit codes: 0 built, 1 problems in the input (each printed as file:line:column), 2 a usage error.`,
    examples: ['verbatim build', 'verbatim build --input archive --output public --strict', 'verbatim build --json > build.json'],
  })
    .option('--strict', 'treat warnings (a quote with no speaker, a page mostly furniture, …) as errors: the build fails on them')
    .option('--keep-going', 'skip the articles that have errors, build the rest, and still exit 1')
    .option('--force', 'replace an output folder that Verbatim did not write (one without its .verbatim marker)')
    .option('--allow-empty', 'let an input folder with no articles build an empty site instead of failing')
    .option('--clean', 'take nothing from the build cache (.cache/verbatim/); everything is extracted and rendered again')
    .option('--base-url <url>', "where the site will be published (absolute http or https URL), for feeds, sitemap.xml, robots.txt and canonical links; overrides the config's site.baseUrl; page links stay relative")
    .option('--timings', 'kept for scripts: milliseconds per stage, which the summary now always prints')
    .option('-q, --quiet', 'print only problems: no progress bar, no summary')
    .option('--json', 'print one JSON object (the summary and every diagnostic) on stdout instead of text');
  command.action(async (options: BuildCommandOptions) => {
    process.exitCode = await runBuild(options);
  });
}

async function runBuild(options: BuildCommandOptions): Promise<number> {
  const started = performance.now();
  const bar = progressBar(process.stderr, !options.quiet && !options.json);
  const printDiagnostics = (diagnostics: Diagnostic[]) => {
    if (!options.json) for (const diagnostic of diagnostics) console.error(describeDiagnostic(diagnostic));
  };
  let result: BuildResult;
  try {
    const config = await configFor(options);
    result = await build({
      input: options.input,
      output: options.output,
      config,
      strict: options.strict,
      keepGoing: options.keepGoing,
      force: options.force,
      allowEmpty: options.allowEmpty,
      baseUrl: options.baseUrl,
      // Unchanged articles are not extracted again, nor unchanged pages rendered; --clean rebuilds all.
      cache: { folder: await cacheFor(options), clean: options.clean },
      progress: bar?.listener,
    });
  } catch (error) {
    bar?.stop();
    if (!options.json) throw error;
    const failure = describeFailure(error);
    console.log(JSON.stringify({ ok: false, error: failure.text.split('\n').at(-1), diagnostics: failureDiagnostics(error) }, null, 2));
    return failure.exitCode;
  }
  bar?.stop();
  printDiagnostics(result.diagnostics);
  const summary = summarise(result, options.output, performance.now() - started);
  if (options.json) console.log(JSON.stringify({ ok: result.skipped.length === 0, ...summary, diagnostics: result.diagnostics }, null, 2));
  else if (!options.quiet) console.log(summaryLines(summary).join('\n'));
  if (result.skipped.length > 0) {
    if (!options.json) console.error(`verbatim: skipped ${result.skipped.length} file(s) with errors: ${result.skipped.join(', ')}`);
    return exitCodes.inputError;
  }
  return exitCodes.success;
}
