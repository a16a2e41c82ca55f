#!/usr/bin/env -S npx tsx
// The command line: `verbatim build [--input DIR] [--output DIR] [--config FILE] [--strict]`
// and `verbatim eval [--input DIR] [--expected DIR]`. Errors print as file:line:column: message.
import { parseArgs } from 'node:util';
import { ConfigError } from './config/config.ts';
import { configFileName, loadConfig } from './config/load.ts';
import { evaluateFolder, formatReport } from './eval/evaluate.ts';
import { build, BuildError } from './site/build.ts';
import { formatDiagnostic } from './site/errors.ts';

const usage = `Usage:
  verbatim build [--input seeds] [--output dist] [--config verbatim.config.json] [--strict] [--timings]
  verbatim eval  [--input DIR] [--expected DIR]   score extraction against *.expected.json files`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: 'string' },
      output: { type: 'string', default: 'dist' },
      config: { type: 'string' },
      expected: { type: 'string' },
      strict: { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0] ?? 'build';
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (command === 'build') {
    const config = await loadConfig(values.config ?? configFileName, values.config !== undefined);
    const started = performance.now();
    const input = values.input ?? 'seeds';
    const result = await build({ input, output: values.output!, config, strict: values.strict });
    for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));
    const quotes = result.corpus.articles.reduce((sum, article) => sum + article.quotes.length, 0);
    console.log(
      `Built ${result.corpus.articles.length} articles, ${quotes} quotes, ${result.corpus.speakers.length} speakers into ${values.output}/ (${result.pages} pages) in ${Math.round(performance.now() - started)} ms`,
    );
    if (values.timings) console.log(Object.entries(result.timings).map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`).join(' · '));
    return 0;
  }
  if (command === 'eval') {
    const input = values.input ?? 'test/fixtures/articles';
    const report = await evaluateFolder(input, values.expected ?? input);
    console.log(formatReport(report));
    return 0;
  }
  console.error(usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BuildError) {
      for (const diagnostic of error.diagnostics) console.error(formatDiagnostic(diagnostic));
      console.error(`verbatim: ${error.message}; the previous output was left as it was`);
    } else if (error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exit(1);
  },
);
