// The link stage: the only place where articles meet. Speakers merged, themes assigned,
// related articles scored, the same statement found across outlets.
import type { Config } from '../config/config.ts';
import type { Article, Corpus, HeldBody, Statement, Theme, ThemeMatch, UnlinkedArticle } from '../types.ts';
import { printedBy } from '../metadata/outlets.ts';
import { visit } from 'unist-util-visit';
import { quoteId } from '../text/ids.ts';
import { uniqueSlugs as uniqueSlugsOf } from '../text/slug.ts';
import { relateArticles } from './related.ts';
import { mergeSpeakers } from './speakers.ts';
import { findStatements } from './statements.ts';
import { foldedWords, mergeRarity, sentenceCounts } from './words.ts';
import { assignThemes, mentionsTheme } from './themes.ts';

export function linkCorpus(extracted: UnlinkedArticle[], config: Config): Corpus {
  const sorted = [...extracted].sort((left, right) => (left.file < right.file ? -1 : left.file > right.file ? 1 : 0));
  uniqueSlugs(sorted);
  const { canonical, speakers } = mergeSpeakers(sorted);
  const speakerByName = new Map(speakers.map((speaker) => [speaker.name, speaker]));
  const taxonomy = config.themes.taxonomy;

  // Each article's theme matches, with evidence, by slug: themes.json and the theme pages show them.
  const themeMatches = new Map<string, ThemeMatch[]>();
  const rarityParts = sorted.map((article) => article.sentenceCounts ?? sentenceCounts([article.title, article.body]));
  const articles: Article[] = sorted.map(({ frontMatterThemes, textThemes, sentenceCounts: _counts, html: _html, ...article }) => {
    const matches = withEvidenceQuotes(textThemes ?? assignThemes(taxonomy, config.themes, article.title, article.body, frontMatterThemes), article.quotes);
    themeMatches.set(article.slug, matches);
    return {
      ...article,
      themes: matches.map((match) => match.id),
      related: [],
      quotes: article.quotes.map((quote) => {
        const name = quote.speaker ? (canonical.get(quote.speaker) ?? quote.speaker) : null;
        return { ...quote, speaker: name, speakerId: name ? (speakerByName.get(name)?.id ?? null) : null };
      }),
    };
  });

  // Rarity over every sentence the archive prints, not only its quotes.
  const rarity = mergeRarity(rarityParts);
  const found = findStatements(
    articles.flatMap((article) => article.quotes.map((quote) => ({ id: quote.id, article: article.slug, speakerId: quote.speakerId, text: quote.text }))),
    rarity,
  );
  for (const article of articles) for (const quote of article.quotes) quote.sameAs = found.sameAs.get(quote.id) ?? [];
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const statements: Statement[] = found.statements.map((statement) => ({
    ...statement,
    members: statement.members.map((member) => {
      const article = articleBySlug.get(member.article)!;
      return { ...member, ...printedBy(article.sources, article.publisher) };
    }),
  }));

  // One pass over the quotes, in article order (not speakers × articles).
  const speakerById = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  for (const article of articles) {
    for (const quote of article.quotes) {
      const speaker = quote.speakerId ? speakerById.get(quote.speakerId) : undefined;
      if (!speaker) continue;
      if (speaker.articles[speaker.articles.length - 1] !== article.slug) speaker.articles.push(article.slug);
      speaker.quotes.push(quote.id);
    }
  }

  const definedThemes = new Map(taxonomy.map((theme) => [theme.id, theme]));
  const themeIds = [...new Set([...taxonomy.map((theme) => theme.id), ...articles.flatMap((article) => article.themes)])];
  const articlesByTheme = new Map<string, Article[]>(themeIds.map((id) => [id, []]));
  for (const article of articles) for (const id of new Set(article.themes)) articlesByTheme.get(id)!.push(article);
  const themes: Theme[] = themeIds.map((id) => {
    const definition = definedThemes.get(id);
    const withTheme = articlesByTheme.get(id)!;
    const evidence = withTheme.map((article) => {
      const { score, share, evidence: sentences } = themeMatches.get(article.slug)!.find((match) => match.id === id)!;
      return { article: article.slug, score, share, evidence: sentences };
    });
    return {
      id,
      label: definition?.label ?? id.replace(/-/g, ' ').replace(/^\w/, (letter) => letter.toUpperCase()),
      description: definition?.description ?? '',
      url: `themes/${id}.html`,
      articles: withTheme.map((article) => article.slug),
      // The statements on the theme: its articles' quotes that hold one of its phrases.
      quotes: withTheme.flatMap((article) => article.quotes.filter((quote) => (definition ? mentionsTheme(definition, quote.text) : true)).map((quote) => quote.id)),
      evidence,
    };
  });

  const statementsByArticle = new Map<string, string[]>();
  for (const statement of statements) {
    for (const article of new Set(statement.members.map((member) => member.article))) {
      const list = statementsByArticle.get(article);
      if (list) list.push(statement.id);
      else statementsByArticle.set(article, [statement.id]);
    }
  }
  const related = relateArticles(
    articles.map((article) => ({
      slug: article.slug,
      themes: article.themes,
      speakers: [...new Set(article.quotes.map((quote) => quote.speakerId).filter((id): id is string => id !== null))],
      statements: statementsByArticle.get(article.slug) ?? [],
      date: article.date,
    })),
    config.related.limit,
  );
  for (const article of articles) article.related = (related.get(article.slug) ?? []).map((entry) => entry.slug);

  return { articles, bodies: new Map(sorted.map((article) => [article.slug, article.html])), speakers, themes, related, statements };
}

/** An evidence sentence names the quote it holds or belongs to, so a theme page can link it. */
function withEvidenceQuotes(matches: ThemeMatch[], quotes: Array<{ id: string; text: string }>): ThemeMatch[] {
  const words = (text: string) => ` ${foldedWords(text).join(' ')} `;
  const quoteWords = quotes.map((quote) => ({ id: quote.id, words: words(quote.text) }));
  return matches.map((match) => ({
    ...match,
    evidence: match.evidence.map((sentence) => {
      const sentenceWords = words(sentence.text);
      const quote = quoteWords.find((candidate) => candidate.words.trim() !== '' && (sentenceWords.includes(candidate.words) || candidate.words.includes(sentenceWords)));
      return { ...sentence, quote: quote?.id ?? null };
    }),
  }));
}

/**
 * Slugs unique across the site by construction ("a b.txt", "a-b.txt" and "a-b-2.txt" are three
 * pages), then quote ids unique across the site: an article whose slug changed here has its ids
 * hashed again from the new slug, and the body's marks follow.
 */
function uniqueSlugs(articles: UnlinkedArticle[]): void {
  const slugs = uniqueSlugsOf(articles.map((article) => article.file.replace(/\.(?:txt|md)$/i, '')), 'article');
  const used = new Set<string>();
  articles.forEach((article, index) => {
    const slug = slugs[index]!;
    const changed = slug !== article.slug;
    article.slug = slug;
    article.url = `articles/${slug}.html`;
    const renamed = new Map<string, string>();
    for (const quote of article.quotes) {
      const id = changed || used.has(quote.id) ? quoteId(slug, quote.text, used) : (used.add(quote.id), quote.id);
      if (id !== quote.id) renamed.set(quote.id, id);
      quote.id = id;
    }
    if (renamed.size > 0) renameMarks(article.html, renamed);
  });
}

function renameMarks(body: HeldBody, renamed: Map<string, string>): void {
  if ('tree' in body) {
    visit(body.tree, 'quotation', (node) => {
      node.quoteId = renamed.get(node.quoteId) ?? node.quoteId;
    });
  } else for (const mark of body.marks) mark.quoteId = renamed.get(mark.quoteId) ?? mark.quoteId;
}
