#!/usr/bin/env -S npx tsx
// The command line: `verbatim build [--input DIR] [--output DIR] [--config FILE] [--strict]
// [--keep-going] [--force] [--allow-empty] [--timings] [--clean] [--base-url URL]` and `verbatim eval [--input DIR] [--expected DIR]`.
// Input problems print as file:line:column: message; anything else as one `verbatim: …` line.
// Exit codes: 0 success, 1 input or build errors, 2 usage errors, 130/143 stopped by a signal.
import { parseArgs } from 'node:util';
import { ConfigError } from './config/config.ts';
import { configFileName, loadConfig } from './config/load.ts';
import { evaluateFolder, formatReport } from './eval/evaluate.ts';
import { build, BuildError } from './site/build.ts';
import { cacheFolderFor } from './site/cache.ts';
import { formatDiagnostic, UsageError } from './site/errors.ts';
import { abandonWrites } from './write/write.ts';

const usage = `Usage:
  verbatim build [--input seeds] [--output dist] [--config verbatim.config.json] [--strict]
                 [--keep-going] [--force] [--allow-empty] [--timings] [--clean] [--base-url URL]
  verbatim eval  [--input DIR] [--expected DIR]   score extraction against *.expected.json files`;

const options = {
  input: { type: 'string' },
  output: { type: 'string', default: 'dist' },
  config: { type: 'string' },
  'base-url': { type: 'string' },
  expected: { type: 'string' },
  strict: { type: 'boolean', default: false },
  'keep-going': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  'allow-empty': { type: 'boolean', default: false },
  timings: { type: 'boolean', default: false },
  clean: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    // node:util reports unknown options and missing values as TypeErrors with a code.
    const message = (error as Error).message;
    const option = /option '([^']+)'/.exec(message)?.[1];
    const reason = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option ? `unknown option ${option}` : message.split('\n')[0]!;
    throw new UsageError(`${reason}\n${usage}`, 2);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const command = positionals[0] ?? 'build';
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"\n${usage}`, 2);
  if (command === 'build') {
    const config = await loadConfig(values.config ?? configFileName, values.config !== undefined);
    const started = performance.now();
    const input = values.input ?? 'seeds';
    const result = await build({
      input,
      output: values.output,
      config,
      strict: values.strict,
      keepGoing: values['keep-going'],
      force: values.force,
      allowEmpty: values['allow-empty'],
      baseUrl: values['base-url'],
      // Unchanged articles are not extracted again, nor unchanged pages rendered; --clean rebuilds all.
      cache: { folder: await cacheFolderFor(process.cwd(), values.output), clean: values.clean },
    });
    for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));
    const quotes = result.corpus.articles.reduce((sum, article) => sum + article.quotes.length, 0);
    console.log(
      `Built ${result.corpus.articles.length} articles, ${quotes} quotes, ${result.corpus.speakers.length} speakers into ${values.output}/ (${result.pages} pages) in ${Math.round(performance.now() - started)} ms`,
    );
    if (values.timings) console.log(Object.entries(result.timings).map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`).join(' · '));
    if (result.skipped.length > 0) {
      console.error(`verbatim: skipped ${result.skipped.length} file(s) with errors: ${result.skipped.join(', ')}`);
      return 1;
    }
    return 0;
  }
  if (command === 'eval') {
    const input = values.input ?? 'test/fixtures/articles';
    const report = await evaluateFolder(input, values.expected ?? input);
    console.log(formatReport(report));
    return 0;
  }
  throw new UsageError(`unknown command "${command}"\n${usage}`, 2);
}

// A stopped build removes its temporary folder and lock (a killed one is cleaned by the next build).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    abandonWrites();
    console.error(`verbatim: stopped by ${signal}; the previous output was left as it was`);
    process.exit(code);
  });
}

function report(error: unknown): number {
  if (error instanceof BuildError) {
    for (const diagnostic of error.diagnostics) console.error(formatDiagnostic(diagnostic));
    console.error(`verbatim: ${error.message}; the previous output was left as it was`);
    return 1;
  }
  if (error instanceof UsageError) {
    console.error(`verbatim: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof ConfigError) {
    console.error(error.message);
    return 1;
  }
  // File system trouble (a folder that vanished, a full disk): one line, the system's own words.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`verbatim: ${message}`);
  if (process.env.VERBATIM_DEBUG && error instanceof Error) console.error(error.stack);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(report(error)),
);
