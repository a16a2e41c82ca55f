// `verbatim dev`: builds, serves the site on 127.0.0.1 with live reload, watches the input, the
// templates and the config, and rebuilds on every change with the build cache (so an edit to one
// article extracts one article and renders only the pages whose input changed). A broken edit
// prints file:line:column with the line and a caret, leaves the last good site served, and shows
// the problems in the browser until the next good save.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watch } from 'chokidar';
import type { Command } from 'commander';
import { build, type BuildResult, defaultTemplates } from '../site/build.ts';
import { summarise, summaryLines } from './build.ts';
import { defineCommand, cacheFor, configFor, configPathFor, type FolderOptions, integerIn } from './options.ts';
import { countWords, describeDiagnostic, describeFailure } from './report.ts';

export interface DevOptions extends FolderOptions {
  port: number;
  force?: boolean;
  /** The templates folder (tests use a copy); default templates/. */
  templates?: string;
  /** Where each line of the dev server's log goes; default stdout. */
  log?: (line: string) => void;
}

/** One finished build of a dev session. */
export interface DevBuild {
  ok: boolean;
  /** The files whose change started it (none for the first build). */
  changed: string[];
  milliseconds: number;
  result?: BuildResult;
  /** What the terminal printed about the failure (null after a good build). */
  error: string | null;
}

export interface DevSession {
  /** The site's address, http://127.0.0.1:PORT/. */
  url: string;
  /** The first build, done before the server starts. */
  first: DevBuild;
  /** Resolves with the next build that finishes. */
  nextBuild(): Promise<DevBuild>;
  close(): Promise<void>;
}

const overlayScript = readFileSync(fileURLToPath(new URL('./overlay-client.js', import.meta.url)), 'utf8');
const overlayTag = '<script type="module" src="/.verbatim/overlay.js"></script>';

/**
 * The eleventy dev server, listening on the loopback address only and adding Verbatim's error
 * overlay to each page; loaded when `dev` starts, since it is slow to load and only `dev` uses it.
 */
async function devServerClass() {
  const { default: EleventyDevServer } = await import('@11ty/eleventy-dev-server');
  return class VerbatimDevServer extends EleventyDevServer {
    override augmentContentWithNotifier(content: string, inline: boolean, options?: object): string {
      const withReload = super.augmentContentWithNotifier(content, inline, options);
      return withReload.includes('</head>') ? withReload.replace('</head>', `${overlayTag}</head>`) : `${withReload}${overlayTag}`;
    }

    // The server would listen on every interface; a writer's drafts stay on this machine.
    override _serverListen(port: number): void {
      this.server.listen({ port, host: '127.0.0.1' });
    }
  };
}

/** A path as the writer knows it: relative to the working folder when it is inside it. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** A clock time for log lines: 14:03:07. */
function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

export async function startDev(options: DevOptions): Promise<DevSession> {
  const log = options.log ?? ((line: string) => console.log(line));
  const templates = path.resolve(options.templates ?? defaultTemplates);
  const configFile = configPathFor(options);
  const cacheFolder = await cacheFor(options);
  let lastError: string | null = null;
  const waiting: Array<(done: DevBuild) => void> = [];

  async function buildOnce(changed: string[]): Promise<DevBuild> {
    const started = performance.now();
    let outcome: DevBuild;
    try {
      const config = await configFor(options);
      const result = await build({ input: options.input, output: options.output, config, templates, force: options.force, cache: { folder: cacheFolder } });
      for (const diagnostic of result.diagnostics) log(describeDiagnostic(diagnostic));
      outcome = { ok: true, changed, milliseconds: performance.now() - started, result, error: null };
    } catch (error) {
      // Any failure (a bad file, a folder that vanished) is reported, never thrown: the server stays up.
      outcome = { ok: false, changed, milliseconds: performance.now() - started, error: describeFailure(error).text };
    }
    lastError = outcome.error;
    for (const resolve of waiting.splice(0)) resolve(outcome);
    return outcome;
  }

  const first = await buildOnce([]);
  if (first.result) log(summaryLines(summarise(first.result, options.output, first.milliseconds)).join('\n'));
  else log(`${first.error}\nverbatim: the first build failed; serving what ${options.output}/ holds until a save fixes it`);

  const VerbatimDevServer = await devServerClass();
  const server = new VerbatimDevServer('verbatim', path.resolve(options.output), {
    port: options.port,
    // Whole-page reloads: every page may change with one article, and the overlay must go with the page.
    domDiff: false,
    messageOnStart: () => false,
    onRequest: {
      '/.verbatim/overlay.js': () => ({ headers: { 'Content-Type': 'text/javascript; charset=utf-8' }, body: overlayScript }),
      '/.verbatim/status.json': () => ({ headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, body: JSON.stringify({ error: lastError }) }),
    },
    logger: { info: log, log, error: log },
  });
  server.serve(options.port);
  await server.ready();
  const url = server.getServerUrl('127.0.0.1');
  log(`Serving ${options.output}/ at ${url} — watching ${shownPath(path.resolve(options.input))}/, ${shownPath(templates)}/ and ${shownPath(configFile)}; Ctrl-C stops`);

  // Changes are gathered for a moment (an editor's save may touch a file twice), then built at
  // once; a change during a build starts one more build after it.
  const changed = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const output = path.resolve(options.output);
  const outputSiblings = `.${path.basename(output)}.`;
  const watcher = watch([path.resolve(options.input), templates, configFile], {
    ignoreInitial: true,
    // The site itself, its temporary folders and lock, and the cache never start a build.
    ignored: (file) => file === output || file.startsWith(output + path.sep) || path.basename(file).startsWith(outputSiblings) || file.includes(`${path.sep}.cache${path.sep}`),
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  const rebuild = async () => {
    const events = [...changed].sort(([left], [right]) => (left < right ? -1 : 1));
    changed.clear();
    const files = events.map(([file]) => shownPath(file));
    const done = await buildOnce(files);
    const listed = events.map(([file, event]) => `${shownPath(file)} ${event}`);
    const what = listed.length > 3 ? `${listed.slice(0, 3).join(', ')} and ${listed.length - 3} more` : listed.join(', ');
    if (done.result) {
      const { articles, pages } = done.result.reused;
      const total = done.result.counts.articles;
      log(`[${clock()}] ${what} → rebuilt in ${Math.round(done.milliseconds)} ms (extracted ${total - articles} of ${countWords(total, 'article')}, rendered ${done.result.pages - pages} of ${countWords(done.result.pages, 'page')})`);
      server.reload({ files, subtype: files.every((file) => file.endsWith('.css')) ? 'css' : undefined, build: { templates: [] } });
    } else {
      log(`${done.error}\n[${clock()}] ${what} → the build failed; still serving the last good site`);
      server.sendError({ error: { message: done.error ?? 'the build failed' } });
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) return schedule();
      running = rebuild().finally(() => {
        running = undefined;
        if (changed.size > 0) schedule();
      });
    }, 60);
  };
  const eventNames: Record<string, string> = { add: 'added', addDir: 'added', change: 'changed', unlink: 'removed', unlinkDir: 'removed' };
  watcher.on('all', (event, file) => {
    changed.set(file, eventNames[event] ?? 'changed');
    schedule();
  });

  return {
    url,
    first,
    nextBuild: () => new Promise((resolve) => waiting.push(resolve)),
    async close() {
      clearTimeout(timer);
      await watcher.close();
      await running;
      await server.close();
    },
  };
}

interface DevCommandOptions extends FolderOptions {
  port: number;
  force?: boolean;
}

export function registerDev(program: Command): void {
  const command = defineCommand(program, {
    name: 'dev',
    description: 'build, serve on 127.0.0.1 with live reload, and rebuild on every change to the input, templates or config',
    folders: { input: 'the folder of articles to build and watch', output: 'the folder the site is written to and served from' },
    notes: `Each change prints what changed and how long the rebuild took. A broken edit prints
file:line:column with the line and a caret, keeps the last good site served, and shows the
problem over the page in the browser until the next good save.`,
    examples: ['verbatim dev', 'verbatim dev --input archive --output public --port 3000'],
  })
    .option('-p, --port <number>', 'the port to serve on (the next free one if it is taken; 0 picks any)', integerIn(0, 65535), 8080)
    .option('--force', 'replace an output folder that Verbatim did not write (one without its .verbatim marker)');
  command.action(async (options: DevCommandOptions) => {
    await startDev(options);
    // Runs until stopped (Ctrl-C exits 130, as for any command).
    await new Promise(() => {});
  });
}
