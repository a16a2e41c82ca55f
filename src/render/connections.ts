// The pages that show how the archive connects: one page per statement (every outlet's wording
// side by side, with the words that differ marked), the list of statements, and the sources
// (outlets that printed articles, agencies and sources they came through). Each is a path, a
// template and its values; pages.ts renders them like every other page.
import type { Config } from '../config/config.ts';
import { printedBy } from '../metadata/outlets.ts';
import { compareText } from '../text/collate.ts';
import { uniqueSlugs } from '../text/slug.ts';
import type { Article, Corpus, Statement } from '../types.ts';
import { paginate } from './pagination.ts';
import { wordDiff } from './word-diff.ts';

export interface PageSpec {
  path: string;
  template: string;
  values: Record<string, unknown>;
  /** Values that cost more to make than to tell apart, made only when the page is rendered; `key` stands for them (see pages.ts). */
  later?: { key: unknown; values: () => Record<string, unknown> };
}

export const statementUrl = (statement: Statement) => `statements/${statement.id}.html`;

/** Newest first by the latest article a statement appears in; undated last. */
function latestDate(statement: Statement, articleBySlug: Map<string, Article>): string {
  return statement.members.reduce((latest, member) => {
    const date = articleBySlug.get(member.article)?.date ?? '';
    return date > latest ? date : latest;
  }, '');
}

export function statementPages(corpus: Corpus, config: Config): PageSpec[] {
  const articleBySlug = new Map(corpus.articles.map((article) => [article.slug, article]));
  const speakerById = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  const specs: PageSpec[] = [];
  const views = corpus.statements.map((statement) => {
    const speaker = speakerById.get(statement.speakerId);
    // The fullest wording is the reference the others are compared with (a trimmed quote is not).
    const fullest = statement.members.reduce((best, member) => (member.sentence.length > best.sentence.length ? member : best));
    const reference = fullest.sentence;
    const members = [fullest, ...statement.members.filter((member) => member !== fullest)];
    const wordings = members.map((member, index) => {
      const article = articleBySlug.get(member.article)!;
      return {
        outlet: member.outlet ?? 'Unknown outlet',
        via: member.via.join(', '),
        articleTitle: article.title,
        articleDate: article.date,
        quoteUrl: `${article.url}#${member.quote}`,
        reference: index === 0,
        sentence: member.sentence,
      };
    });
    const outlets = [...new Set(wordings.map((wording) => wording.outlet))];
    return {
      url: statementUrl(statement),
      text: reference,
      speaker: speaker ? { name: speaker.name, url: speaker.url } : null,
      outlets,
      wordings,
      date: latestDate(statement, articleBySlug),
    };
  });
  for (const view of views) {
    // Each wording's words, marked where they differ from the reference: a word diff, made only
    // when the page is rendered (a rebuild renders few); the sentences in the values stand for it.
    const withParts = () => ({
      statement: { ...view, wordings: view.wordings.map((wording) => ({ ...wording, parts: wording.reference ? [{ text: wording.sentence, change: 'same' }] : wordDiff(view.text, wording.sentence) })) },
    });
    specs.push({ path: view.url, template: 'statement', values: { title: `${view.speaker?.name ?? 'Statement'}: “${view.text}”`, statement: view }, later: { key: null, values: withParts } });
  }
  // The list shows only what it prints, so an edit to a wording elsewhere leaves its pages as they were (the page cache hashes these values).
  const sorted = [...views]
    .sort((left, right) => compareText(right.date, left.date) || compareText(left.url, right.url))
    .map(({ url, text, speaker, outlets }) => ({ url, text, speaker, outlets }));
  for (const page of paginate(sorted, config.pagination.statements, 'statements/index.html')) {
    specs.push({
      path: page.url,
      template: 'statements',
      values: { title: page.pagination.current > 1 ? `Statements, page ${page.pagination.current}` : 'Statements', statements: page.items, statementCount: views.length, pagination: page.pagination },
    });
  }
  return specs;
}

/** Sources: each outlet that printed articles, and each agency or source they cite, with a paginated page of its articles. */
export function sourcePages(corpus: Corpus, config: Config, articleCard: (article: Article) => Record<string, unknown>): PageSpec[] {
  const printed = new Map<string, Article[]>();
  const through = new Map<string, Article[]>();
  const add = (map: Map<string, Article[]>, name: string, article: Article) => {
    const list = map.get(name);
    if (list) list.push(article);
    else map.set(name, [article]);
  };
  for (const article of corpus.articles) {
    const { outlet, via } = printedBy(article.sources, article.publisher);
    if (outlet) add(printed, outlet, article);
    for (const name of via) add(through, name, article);
  }
  const names = [...new Set([...printed.keys(), ...through.keys()])].sort(compareText);
  const slugs = uniqueSlugs(names, 'source');
  const urlOf = new Map(names.map((name, index) => [name, `sources/${slugs[index]!}.html`]));
  const entry = (map: Map<string, Article[]>) => (name: string) => ({ name, url: urlOf.get(name)!, count: map.get(name)!.length });
  const specs: PageSpec[] = [
    {
      path: 'sources/index.html',
      template: 'sources',
      values: { title: 'Sources', outlets: [...printed.keys()].sort(compareText).map(entry(printed)), agencies: [...through.keys()].sort(compareText).map(entry(through)) },
    },
  ];
  const newestFirst = (left: Article, right: Article) => compareText(right.date ?? '', left.date ?? '') || compareText(left.title, right.title);
  for (const name of names) {
    const articles = [...new Set([...(printed.get(name) ?? []), ...(through.get(name) ?? [])])].sort(newestFirst);
    for (const page of paginate(articles, config.pagination.articles, urlOf.get(name)!)) {
      specs.push({
        path: page.url,
        template: 'source',
        values: {
          title: page.pagination.current > 1 ? `${name}, page ${page.pagination.current}` : name,
          source: { name, printedCount: printed.get(name)?.length ?? 0, throughCount: through.get(name)?.length ?? 0 },
          articles: page.items.map(articleCard),
          pagination: page.pagination,
        },
      });
    }
  }
  return specs;
}
