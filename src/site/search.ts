// Full-text search with Pagefind, the build's last step: its Node API indexes the article pages
// of the finished temporary folder and hands back the index files, which the writer writes (so
// every path still goes through `outputPath`). Filters come from the pages' data-pagefind-filter
// attributes (theme, speaker, source).
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The files of Pagefind's bundle that the site's own search script uses (not its UI kits). */
const uiFiles = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** The index files; if Pagefind cannot run here, none, and the search page uses the compact index over http too. */
export async function searchIndexFiles(folder: string): Promise<{ files: Array<{ path: string; contents: Uint8Array }>; problem: string | null }> {
  try {
    return { files: await pagefindFiles(folder), problem: null };
  } catch (error) {
    return { files: [], problem: error instanceof Error ? error.message : String(error) };
  }
}

async function pagefindFiles(folder: string): Promise<Array<{ path: string; contents: Uint8Array }>> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: folder, glob: 'articles/**/*.html' });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const { files, errors: failures } = await index.getFiles();
    if (failures.length > 0) throw new Error(`pagefind: ${failures.join('; ')}`);
    return files
      .filter((file) => !uiFiles.test(path.posix.basename(file.path)))
      .map((file) => ({ path: `pagefind/${file.path.split(path.sep).join('/')}`, contents: file.content }))
      .sort((left, right) => (left.path < right.path ? -1 : 1));
  } finally {
    await pagefind.close();
  }
}
