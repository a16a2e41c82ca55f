// The floor for `npm run bench -- --compare`: the least any unified-based generator does, every
// file through remark-parse → remark-rehype → rehype-stringify, one HTML file each, nothing else.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const [input, output] = process.argv.slice(2);
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze();
await mkdir(output, { recursive: true });
for (const file of (await readdir(input)).filter((name) => /\.(md|txt)$/.test(name)).sort()) {
  const html = String(await processor.process(await readFile(path.join(input, file), 'utf8')));
  await writeFile(path.join(output, file.replace(/\.\w+$/, '.html')), html);
}
