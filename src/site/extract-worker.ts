// What one worker thread does: read and extract one article file. The same function runs
// in-process for small inputs, so a pooled build and a single-threaded one cannot differ.
import { visit } from 'unist-util-visit';
import { extractArticle } from '../extract/article.ts';
import { prerenderBody } from '../render/body.ts';
import { locateFrontMatterValue } from '../read/front-matter.ts';
import { readSourceFile } from '../read/read.ts';
import type { Config } from '../config/config.ts';
import { assignThemes } from '../link/themes.ts';
import { sentenceCounts } from '../link/words.ts';
import type { BodyHtml, Diagnostic, SourceFile, UnlinkedArticle } from '../types.ts';
import { InputError } from './errors.ts';

export interface ExtractTask {
  input: string;
  file: string;
  /** The config's themes, or null to accept any front matter theme and leave themes to the link stage. */
  themes: Config['themes'] | null;
}

/**
 * The extracted article (absent when the file was refused) and every problem found in it, with
 * file names relative to the input folder (errors do not cross threads as classes). The body's
 * HTML is a string here, to cross threads and go into the build cache; the pool holds it for the
 * corpus (see pool.ts).
 */
export interface ExtractOutcome {
  article?: ExtractedArticle;
  diagnostics: Diagnostic[];
}

export type ExtractedArticle = Omit<UnlinkedArticle, 'html'> & { html: BodyHtml };

export async function extractFile({ input, file, themes }: ExtractTask): Promise<ExtractOutcome> {
  try {
    const source = await readSourceFile(input, file);
    const extraction = extractArticle(source);
    const { tree, ...article } = extraction.article;
    // The body becomes HTML here, so no tree crosses threads or waits for the link stage.
    const html = prerenderBody(tree, source.text);
    // A body kept as a tree (rare) goes without positions: pages do not print them.
    if ('tree' in html) visit(html.tree, (node) => {
      delete node.position;
    });
    const unknown = themes ? unknownThemes(source, article.frontMatterThemes, new Set(themes.taxonomy.map((theme) => theme.id))) : [];
    // Themes are found in one article's text, so they are found here, beside the extraction.
    const textThemes = themes ? assignThemes(themes.taxonomy, themes, article.title, article.body, article.frontMatterThemes) : null;
    // The article's part of the corpus's word rarity, counted here so the link stage only adds.
    const counts = sentenceCounts([article.title, article.body]);
    return { article: { ...article, html, textThemes, sentenceCounts: counts }, diagnostics: [...extraction.diagnostics, ...unknown] };
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
