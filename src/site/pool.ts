// Per-article work (read → clean → extract) spread over worker threads, one per core, with
// tinypool. Results come back in file order whatever order the threads finish in, so a pooled
// build is byte-identical to a single-threaded one. Small inputs stay in this thread: starting
// workers (each loads the extractor, about a second) costs more than it saves below a few hundred files.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { extractFile, type ExtractOutcome, type ExtractTask } from './extract-worker.ts';

/** Below this many files, extraction runs in-process. */
export const pooledFrom = 300;

export interface PoolOptions {
  /** Worker threads; 0 or 1 extracts in this thread. Default: VERBATIM_THREADS, else one per core. */
  threads?: number;
}

/** Threads asked for (option, then VERBATIM_THREADS), or undefined to choose by input size. */
function threadsAskedFor(options: PoolOptions): number | undefined {
  const fromEnv = Number(process.env.VERBATIM_THREADS);
  return options.threads ?? (process.env.VERBATIM_THREADS && Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : undefined);
}

export async function extractFiles(input: string, files: string[], themes: ExtractTask['themes'], options: PoolOptions = {}): Promise<ExtractOutcome[]> {
  const asked = threadsAskedFor(options);
  const threads = Math.min(asked ?? (files.length < pooledFrom ? 1 : availableParallelism()), files.length);
  if (threads <= 1) {
    const outcomes: ExtractOutcome[] = [];
    for (const file of files) outcomes.push(await extractFile({ input, file, themes }));
    return outcomes;
  }
  const pool = new Tinypool({
    filename: new URL('./extract-worker-entry.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Workers inherit this process's flags; tsx's loader arrives through the entry instead.
    execArgv: [],
  });
  try {
    return await Promise.all(files.map((file) => pool.run({ input, file, themes }) as Promise<ExtractOutcome>));
  } finally {
    await pool.destroy();
  }
}
