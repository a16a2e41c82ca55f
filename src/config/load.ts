// Reads verbatim.config.json (if present) at the edge and hands back a validated Config.
import { readFile } from 'node:fs/promises';
import { ConfigError, defaultConfig, parseConfig, type Config } from './config.ts';

export const configFileName = 'verbatim.config.json';

export async function loadConfig(file: string, required: boolean): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return defaultConfig;
    throw new ConfigError(`${file}:1:1: cannot read the config file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const offset = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    const before = text.slice(0, offset).split('\n');
    throw new ConfigError(`${file}:${before.length}:${before[before.length - 1]!.length + 1}: invalid JSON: ${(error as Error).message}`);
  }
  return parseConfig(value, file, text);
}
