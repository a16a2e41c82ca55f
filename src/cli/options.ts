// What every command shares: --input, --output and --config, read the same way everywhere,
// and an integer parser whose bad value is a usage error (exit 2), not a crash.
import path from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { Config } from '../config/config.ts';
import { configFileName, loadConfig } from '../config/load.ts';
import { cacheFolderFor } from '../site/cache.ts';

export const defaultInput = 'seeds';
export const defaultOutput = 'dist';

export interface FolderOptions {
  input: string;
  output: string;
  config?: string;
}

export interface CommandSpecification {
  name: string;
  description: string;
  /** What --input and --output mean for this command. */
  folders: { input: string; output: string; inputDefault?: string };
  /** Said after the options in --help, before the examples. */
  notes?: string;
  examples: string[];
  isDefault?: boolean;
}

/** A command with --input, --output and --config and a --help that ends with notes and examples; its own options follow. */
export function defineCommand(program: Command, specification: CommandSpecification): Command {
  const command = addFolderOptions(program.command(specification.name, { isDefault: specification.isDefault }).description(specification.description), specification.folders);
  const notes = specification.notes ? `\n${specification.notes}\n` : '';
  return command.addHelpText('after', `${notes}\nExamples:\n${specification.examples.map((example) => `  $ ${example}`).join('\n')}`);
}

/** Adds --input, --output and --config, with help that says what each is for in this command. */
function addFolderOptions(command: Command, help: CommandSpecification['folders']): Command {
  return command
    .option('-i, --input <folder>', help.input, help.inputDefault ?? defaultInput)
    .option('-o, --output <folder>', help.output, defaultOutput)
    .option('-c, --config <file>', `the site's config (site title, themes, pagination); default ${configFileName} when it exists`);
}

/** The config the options name: a named file must exist, the default one may be missing. */
export function configFor(options: FolderOptions): Promise<Config> {
  return loadConfig(options.config ?? configFileName, options.config !== undefined);
}

/** The config file that is watched and whose lines diagnostics point at. */
export function configPathFor(options: FolderOptions): string {
  return path.resolve(options.config ?? configFileName);
}

/** The build cache of this output folder, in the project's `.cache/verbatim/`. */
export function cacheFor(options: FolderOptions): Promise<string> {
  return cacheFolderFor(process.cwd(), options.output);
}

/** A whole number in [minimum, maximum], for options such as --port. */
export function integerIn(minimum: number, maximum: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < minimum || number > maximum) throw new InvalidArgumentError(`expected a whole number from ${minimum} to ${maximum}`);
    return number;
  };
}
