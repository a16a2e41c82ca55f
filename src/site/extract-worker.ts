// What one worker thread does: read and extract one article file. The same function runs
// in-process for small inputs, so a pooled build and a single-threaded one cannot differ.
import { visit } from 'unist-util-visit';
import { extractArticle, type ExtractedArticle } from '../extract/article.ts';
import { locateFrontMatterValue } from '../read/front-matter.ts';
import { readSourceFile } from '../read/read.ts';
import type { Diagnostic, SourceFile } from '../types.ts';
import { InputError } from './errors.ts';

export interface ExtractTask {
  input: string;
  file: string;
  /** The config's theme ids, or null to accept any front matter theme. */
  themes: string[] | null;
}

/**
 * The extracted article (absent when the file was refused) and every problem found in it, with
 * file names relative to the input folder (errors do not cross threads as classes).
 */
export interface ExtractOutcome {
  article?: ExtractedArticle;
  diagnostics: Diagnostic[];
}

export async function extractFile({ input, file, themes }: ExtractTask): Promise<ExtractOutcome> {
  try {
    const source = await readSourceFile(input, file);
    const extraction = extractArticle(source);
    // Positions served the diagnostics; pages do not print them. Without them the tree is about
    // half the size to send between threads and to keep until rendering.
    visit(extraction.article.tree, (node) => {
      delete node.position;
    });
    const known = themes ? new Set(themes) : null;
    const unknown = known ? unknownThemes(source, extraction.article.frontMatterThemes, known) : [];
    return { article: extraction.article, diagnostics: [...extraction.diagnostics, ...unknown] };
  } catch (error) {
    if (error instanceof InputError) return { diagnostics: error.toDiagnostics().map((diagnostic) => ({ ...diagnostic, file: error.file })) };
    throw error;
  }
}

/** A front matter theme must be one of the config's: an id is a page path, not free text. */
function unknownThemes(source: SourceFile, themes: string[], known: Set<string>): Diagnostic[] {
  return themes.flatMap((theme, index) => {
    if (known.has(theme)) return [];
    const { line, column } = locateFrontMatterValue(source.text, 'themes', index);
    return [{ file: source.file, line, column, message: `front matter "themes": unknown theme id "${theme}" (not in the config's taxonomy)`, severity: 'error' as const }];
  });
}
