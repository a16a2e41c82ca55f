// The output edge: the whole site goes to a temporary folder beside the output, then takes
// its place in one rename, so a failed build never leaves a half-written dist/.
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutputFile {
  path: string;
  contents: string;
}

/** Files being written at the same time: enough to keep the disk busy, few enough for any ulimit. */
const writesAtOnce = 32;

export async function writeSite(output: string, files: OutputFile[], assets: Array<{ from: string; to: string }>): Promise<void> {
  const target = path.resolve(output);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(target)}.building-${process.pid}`);
  const previous = path.join(parent, `.${path.basename(target)}.previous-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    // Each folder made once, then the files written a bounded number at a time.
    for (const folder of new Set(files.map((file) => path.dirname(path.join(staging, file.path))))) await mkdir(folder, { recursive: true });
    let next = 0;
    const writer = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        await writeFile(path.join(staging, file.path), file.contents);
      }
    };
    await Promise.all(Array.from({ length: Math.min(writesAtOnce, files.length) }, writer));
    for (const asset of assets) {
      await mkdir(path.dirname(path.join(staging, asset.to)), { recursive: true });
      await cp(asset.from, path.join(staging, asset.to));
    }
    let hadPrevious = true;
    await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      hadPrevious = false;
    });
    await rename(staging, target);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
