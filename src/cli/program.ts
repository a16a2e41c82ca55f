// The command line, parsed by commander: one module per command. A usage error (an unknown
// option, a missing argument) prints `verbatim: …` and that command's usage and exits 2;
// --help and --version exit 0; nothing here prints a stack trace.
import { Command, CommanderError } from 'commander';
import { version } from '../site/build.ts';
import { registerBuild } from './build.ts';
import { registerCheck } from './check.ts';
import { registerDev } from './dev.ts';
import { registerEval } from './eval.ts';
import { registerNew } from './new.ts';
import { registerThemes } from './themes.ts';
import { describeFailure, exitCodes } from './report.ts';

export function createProgram(): Command {
  const program = new Command('verbatim')
    .description('Verbatim: a static site generator for news archives — who said what, where.')
    .version(version(), '-v, --version', 'print the version and exit')
    .helpOption('-h, --help', 'explain a command and its options')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Run "verbatim <command> --help" for a command's options and examples.

Examples:
  $ verbatim build --input seeds --output dist
  $ verbatim dev --port 8080
  $ verbatim new "Ministers agree on a new water plan"
  $ verbatim check --strict
  $ verbatim themes --suggest`,
    );
  for (const register of [registerBuild, registerDev, registerCheck, registerNew, registerEval, registerThemes]) register(program);
  return program;
}

/** Where commander's own text (help, usage errors) goes; a test may collect it. */
export interface ProgramOutput {
  out: (text: string) => void;
  error: (text: string) => void;
}

const processOutput: ProgramOutput = { out: (text) => process.stdout.write(text), error: (text) => process.stderr.write(text) };

/** Runs the command line; resolves to the exit code. */
export async function runProgram(argv: string[], output: ProgramOutput = processOutput): Promise<number> {
  const program = createProgram();
  // Which command a usage error belongs to, so its own usage is printed with the message.
  let failedCommand: Command = program;
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: output.out,
      writeErr: output.error,
      outputError: () => {
        failedCommand = command;
      },
    });
  }
  // Without a command, `build` runs; a word that names no command is a mistake, not build's argument.
  const first = argv[0];
  if (first !== undefined && !first.startsWith('-') && first !== 'help' && !program.commands.some((command) => command.name() === first)) {
    output.error(`verbatim: unknown command "${first}"\n${program.helpInformation()}`);
    return exitCodes.usageError;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : exitCodes.success;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return exitCodes.success;
      // "error: unknown option '--frobnicate'" → "unknown option --frobnicate"
      const reason = error.message.replace(/^error: /, '').replace(/'(-[^']*)'/g, '$1');
      output.error(`verbatim: ${reason}\n${failedCommand.helpInformation()}`);
      return exitCodes.usageError;
    }
    const failure = describeFailure(error);
    output.error(`${failure.text}\n`);
    return failure.exitCode;
  }
}
