// Per-article work, read → clean → extract, as one pure function of a file and the config:
// it can be cached by content hash or run in a worker without change.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { cleanMarkdownTree } from '../clean/markdown.ts';
import rawArticleParse from '../clean/raw-article.ts';
import remarkByline from '../metadata/byline.ts';
import remarkDate from '../metadata/dates.ts';
import remarkPublisher from '../metadata/publisher.ts';
import remarkSources from '../metadata/sources.ts';
import remarkQuotes from '../quotes/plugin.ts';
import { FrontMatterError, splitFrontMatter } from '../read/front-matter.ts';
import { InputError } from '../site/errors.ts';
import { quoteId } from '../text/ids.ts';
import { slugForFile } from '../text/slug.ts';
import type { Diagnostic, Quote, SourceFile, UnlinkedArticle } from '../types.ts';

declare module 'vfile' {
  interface DataMap {
    bodyLineOffset: number;
  }
}

/** An article before the link stage, with its body as a document tree, quotes marked. */
export type ExtractedArticle = Omit<UnlinkedArticle, 'html'> & { tree: Root };

export interface Extraction {
  article: ExtractedArticle;
  diagnostics: Diagnostic[];
}

const extractors = unified().use(remarkSources).use(remarkDate).use(remarkByline).use(remarkPublisher).use(remarkQuotes);
const rawParser = unified().use(rawArticleParse);
const markdownParser = unified().use(remarkParse);

export function extractArticle(source: SourceFile): Extraction {
  let split;
  try {
    split = splitFrontMatter(source.text);
  } catch (error) {
    if (error instanceof FrontMatterError) throw new InputError(source.file, error.line, error.column, error.message, error.problems);
    throw error;
  }
  const { frontMatter, body, bodyLineOffset } = split;
  const file = new VFile({ path: source.file, value: body, data: { bodyLineOffset } });
  const markdown = /\.md$/i.test(source.file);
  const tree = (markdown ? markdownParser.parse(file) : rawParser.parse(file)) as Root;
  if (markdown) {
    shiftPositions(tree, bodyLineOffset);
    file.data.rawTitle = takeMarkdownTitle(tree);
    file.data.furniture = cleanMarkdownTree(tree);
  }
  extractors.runSync(tree, file);

  const slug = slugForFile(source.file);
  const title = frontMatter.title ?? file.data.rawTitle?.text ?? source.file.replace(/\.[^.]+$/, '');
  const quotes = assignQuoteIds(slug, tree, file.data.quotes ?? []);
  const diagnostics: Diagnostic[] = file.messages.map((message) => ({
    file: source.file,
    line: message.line ?? 1,
    column: message.column ?? 1,
    message: message.reason,
    severity: message.fatal ? 'error' : 'warning',
  }));
  if (!frontMatter.title && !file.data.rawTitle) diagnostics.push({ file: source.file, line: 1, column: 1, message: 'no headline found; using the file name', severity: 'warning' });

  return {
    article: {
      file: source.file,
      slug,
      url: `articles/${slug}.html`,
      title,
      sources: frontMatter.sources ?? file.data.sources ?? [],
      publisher: frontMatter.publisher ?? file.data.publisher ?? null,
      date: frontMatter.date ?? file.data.date ?? null,
      byline: frontMatter.byline ?? file.data.byline ?? null,
      body: plainBody(tree),
      themes: [],
      frontMatterThemes: frontMatter.themes ?? [],
      quotes,
      people: file.data.people ?? [],
      tree,
    },
    diagnostics,
  };
}

/** Quote ids hash the slug and the words, so they survive edits elsewhere in the article. */
function assignQuoteIds(slug: string, tree: Root, found: NonNullable<VFile['data']['quotes']>): Quote[] {
  const used = new Set<string>();
  const idByKey = new Map<string, string>();
  const quotes = found.map((quote) => {
    const id = quoteId(slug, quote.text, used);
    idByKey.set(quote.key, id);
    return {
      id,
      text: quote.text,
      speaker: quote.speaker,
      speakerId: null,
      partial: quote.partial,
      unmarked: quote.unmarked,
      attribution: quote.attribution,
      sameAs: [],
      line: quote.line,
    } satisfies Quote;
  });
  visit(tree, 'quotation', (node) => {
    node.quoteId = idByKey.get(node.quoteId) ?? node.quoteId;
  });
  return quotes;
}

function plainBody(tree: Root): string {
  const blocks: string[] = [];
  const add = (node: RootContent) => {
    if (node.type === 'list') for (const item of node.children) for (const child of item.children) add(child);
    else if (node.type === 'blockquote') for (const child of node.children) add(child);
    else if (node.type !== 'html' && node.type !== 'thematicBreak') blocks.push(toString(node, { includeImageAlt: false }).trim());
  };
  tree.children.forEach(add);
  return blocks.filter(Boolean).join('\n\n');
}

function takeMarkdownTitle(tree: Root): { text: string; line: number } | null {
  const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  if (index === -1) return null;
  const heading = tree.children[index] as Heading;
  tree.children.splice(index, 1);
  return { text: toString(heading), line: heading.position?.start.line ?? 1 };
}

function shiftPositions(tree: Root, lines: number): void {
  if (lines === 0) return;
  visit(tree, (node) => {
    if (node.position) {
      node.position.start.line += lines;
      node.position.end.line += lines;
    }
  });
}

