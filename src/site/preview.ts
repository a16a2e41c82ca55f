// A small static server for a built site, on 127.0.0.1 only: `npm run preview`, and the browser
// tests' http server. `basePath` serves the site under a sub-folder ("/archive/"), as a static host would.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface Preview {
  url: string;
  close: () => Promise<void>;
}

export async function startPreview(folder: string, options: { port?: number; basePath?: string } = {}): Promise<Preview> {
  const root = path.resolve(folder);
  const basePath = options.basePath ?? '/';
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const notFound = async () => {
      const page = path.join(root, '404.html');
      const found = await stat(page).catch(() => null);
      response.writeHead(404, { 'content-type': types['.html']! });
      if (found) createReadStream(page).pipe(response);
      else response.end('Not found\n');
    };
    if (!pathname.startsWith(basePath)) return notFound();
    let file = path.join(root, pathname.slice(basePath.length));
    // Only files inside the folder are served.
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = await stat(file).catch(() => null);
    if (!found?.isFile()) return notFound();
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': found.size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://127.0.0.1:${port}${basePath}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
