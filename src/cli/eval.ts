// `verbatim eval`: scores extraction on a folder of articles against their *.expected.json files.
import type { Command } from 'commander';
import { defineCommand, type FolderOptions } from './options.ts';

const defaultEvalInput = 'test/fixtures/articles';

interface EvalCommandOptions extends FolderOptions {
  expected?: string;
  json?: boolean;
}

export function registerEval(program: Command): void {
  const command = defineCommand(program, {
    name: 'eval',
    description: 'score quote, speaker and metadata extraction against hand-written *.expected.json files',
    folders: {
    input: 'the folder of articles to score',
    inputDefault: defaultEvalInput,
    output: 'accepted so that every command takes the same folders; eval writes no site',
  },
    examples: ['verbatim eval', 'verbatim eval --input seeds --expected test/fixtures/seeds', 'verbatim eval --input test/fixtures/holdout-4 --json'],
  })
    .option('-e, --expected <folder>', 'the folder of <article>.expected.json files (default: the input folder)')
    .option('--json', 'print the totals as one JSON object instead of the table');
  command.action(async (options: EvalCommandOptions) => {
    // The extractor is loaded when the command runs, not whenever the command line starts.
    const [{ evaluateFolder, formatReport, totals }, { formatStatementScore }] = await Promise.all([import('../eval/evaluate.ts'), import('../eval/statements.ts')]);
    const report = await evaluateFolder(options.input, options.expected ?? options.input);
    console.log(options.json ? JSON.stringify({ articles: report.articles.length, ...totals(report.articles) }, null, 2) : formatReport(report));
    // On the default folder, also the grouping of statements across outlets, on its fixtures and the seeds.
    if (!options.json && options.input === defaultEvalInput) {
      for (const [folder, expected] of [['test/fixtures/statements', 'test/fixtures/statements'], ['seeds', 'test/fixtures/seeds']] as const) {
        const { statements } = await evaluateFolder(folder, expected);
        if (statements) console.log(formatStatementScore(folder, statements));
      }
    }
  });
}
