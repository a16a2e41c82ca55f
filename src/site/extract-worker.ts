// What one worker thread does: read and extract one article file. The same function runs
// in-process for small inputs, so a pooled build and a single-threaded one cannot differ.
import { extractArticle, type Extraction } from '../extract/article.ts';
import { readSourceFile } from '../read/read.ts';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../types.ts';
import { InputError } from './errors.ts';

export interface ExtractTask {
  input: string;
  file: string;
}

/** An extraction, or the input error that refused the file (errors do not cross threads as classes). */
export type ExtractOutcome = { extraction: Extraction } | { refused: Diagnostic };

export async function extractFile({ input, file }: ExtractTask): Promise<ExtractOutcome> {
  try {
    const extraction = extractArticle(await readSourceFile(input, file));
    // Positions served the diagnostics; pages do not print them. Without them the tree is about
    // half the size to send between threads and to keep until rendering.
    visit(extraction.article.tree, (node) => {
      delete node.position;
    });
    return { extraction };
  } catch (error) {
    if (error instanceof InputError) return { refused: error.toDiagnostic() };
    throw error;
  }
}
