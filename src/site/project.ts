// Where Verbatim itself is installed: its templates, its html-validate rules, its package.json.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
