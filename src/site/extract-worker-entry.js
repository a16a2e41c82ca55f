// The worker thread's entry, plain JavaScript so that Node can start it anywhere (under tsx, under
// vitest, or from a plain `node`): it loads the TypeScript worker through tsx's own loader.
import { tsImport } from 'tsx/esm/api';

const { extractFile } = await tsImport('./extract-worker.ts', import.meta.url);

export default extractFile;
