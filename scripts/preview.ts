// `npm run preview [-- --output dist --port 4173 --base /archive/]`: serves a built site over http on 127.0.0.1.
import { parseArgs } from 'node:util';
import { startPreview } from '../src/site/preview.ts';

const { values } = parseArgs({ options: { output: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4173' }, base: { type: 'string', default: '/' } } });
const basePath = `/${values.base!.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const preview = await startPreview(values.output!, { port: Number(values.port), basePath });
console.log(`Serving ${values.output}/ at ${preview.url} (Ctrl-C stops)`);
