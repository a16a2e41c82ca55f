// The output edge: the whole site goes to a temporary folder beside the output, then takes
// its place in one rename, so a failed build never leaves a half-written dist/.
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutputFile {
  path: string;
  contents: string;
}

export async function writeSite(output: string, files: OutputFile[], assets: Array<{ from: string; to: string }>): Promise<void> {
  const target = path.resolve(output);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(target)}.building-${process.pid}`);
  const previous = path.join(parent, `.${path.basename(target)}.previous-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const destination = path.join(staging, file.path);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.contents);
    }
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
