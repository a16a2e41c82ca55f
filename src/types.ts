// The domain, in one place. Every stage speaks these types.
import type { Root } from 'mdast';

/** One input file as read from disk: the only thing per-article work needs. */
export interface SourceFile {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  /** Decoded text (BOM removed, line endings normalised to LF). */
  text: string;
}

/** Front matter fields a writer may set; each wins over what is extracted. */
export interface FrontMatter {
  title?: string;
  sources?: string[];
  publisher?: string;
  date?: string;
  byline?: string;
  themes?: string[];
}

/** How a quote was attributed: kept so a reader (and the scorer) can see why. */
export type Attribution =
  | 'explicit' // a speaker phrase beside an attribution verb
  | 'pronoun' // "he said", resolved to the nearest fitting person
  | 'role' // "the NATO chief said", resolved by role
  | 'continuation' // a quote-only paragraph or the second half of a split quote
  | 'none';

export interface Quote {
  /** Stable across builds: derived from the article slug and the quote's text. */
  id: string;
  text: string;
  /** Canonical speaker name, the group or office as written, or null. */
  speaker: string | null;
  speakerId: string | null;
  partial: boolean;
  /** True for quotes printed without quotation marks (pull-quotes, "…, Bauer warned."). */
  unmarked: boolean;
  attribution: Attribution;
  /** Ids of the same statement in other articles (filled by the link stage). */
  sameAs: string[];
  /** 1-based line in the input file where the quote starts. */
  line: number;
}

export interface Person {
  name: string;
  role: string | null;
  gender: 'male' | 'female' | null;
}

export interface Article {
  file: string;
  slug: string;
  url: string;
  title: string;
  sources: string[];
  publisher: string | null;
  date: string | null;
  byline: string | null;
  body: string;
  themes: string[];
  quotes: Quote[];
  related: string[];
  /** People named in the article (quoted or not), with their roles. */
  people: Person[];
}

/** Which quotation a placeholder in a prerendered body stands for. */
export interface BodyMark {
  quoteId: string;
  part: number;
}

/**
 * A body as HTML with a placeholder around each quotation's words, and a hash of that HTML; or, for
 * a body whose text holds the placeholder characters, its document tree. What extraction makes.
 */
export type BodyHtml = { html: string; hash: string; marks: BodyMark[] } | { tree: Root };

/**
 * A prerendered body as the corpus keeps it until its page is made. Its HTML is the largest part
 * of an article in memory and only its own page reads it, so the HTML is fetched when that page is
 * rendered (from a compact copy, or from the build cache); its hash stands for it until then.
 */
export type HeldBody = { html: () => string; hash: string; marks: BodyMark[] } | { tree: Root };

/** A sentence (or the headline) that placed an article in a theme, with the phrases it holds. */
export interface ThemeEvidence {
  text: string;
  phrases: string[];
  /** The quote the sentence holds or belongs to, when it is one (filled by the link stage). */
  quote: string | null;
}

/** How much one article is about one theme: phrase matches, the share of its sentences, why. */
export interface ThemeMatch {
  id: string;
  score: number;
  share: number;
  evidence: ThemeEvidence[];
}

/** An article as extraction leaves it, before the link stage: no taxonomy themes, no related articles, no speaker ids. */
export type UnlinkedArticle = Omit<Article, 'related'> & {
  /**
   * The cleaned body, rendered as far as it can be before the link stage (see render/body.ts). The
   * corpus holds it apart from the articles (`Corpus.bodies`): only the article's own page reads it.
   */
  html: HeldBody;
  frontMatterThemes: string[];
  /** The themes the config's taxonomy gives this article (front matter first), or null to find them in the link stage. */
  textThemes?: ThemeMatch[] | null;
  /** Its sentences and how many hold each stem (its part of the corpus's word rarity), or null to count them in the link stage. */
  sentenceCounts?: { sentences: number; stems: string[]; counts: number[] } | null;
};

export interface Speaker {
  id: string;
  name: string;
  /** Roles as written in the articles, most frequent first. */
  roles: string[];
  /** True for a person; false for a group or office ("Washington"). */
  person: boolean;
  url: string;
  quotes: string[];
  articles: string[];
}

export interface Theme {
  id: string;
  label: string;
  description: string;
  url: string;
  articles: string[];
  /** The statements on the theme: the quotes of its articles that hold one of its phrases, in article order. */
  quotes: string[];
  /** For each of its articles, in the order of `articles`: how much it is about the theme, and why. */
  evidence: Array<{ article: string; score: number; share: number; evidence: ThemeEvidence[] }>;
}

export interface RelatedArticle {
  slug: string;
  score: number;
  /** Why they are related, for the cards: the theme, speaker and statement ids both articles have. */
  sharedThemes: string[];
  sharedSpeakers: string[];
  sharedStatements: string[];
  /** Days between their dates, when both are dated. */
  daysApart: number | null;
}

/** One sentence of one quote that belongs to a statement. */
export interface StatementMember {
  quote: string;
  article: string;
  /** The sentence as printed in the quote. */
  sentence: string;
  /** The outlet that printed the article ("DW"), and the agencies or sources it cites ("dpa"). */
  outlet: string | null;
  via: string[];
}

/** The same statement by one speaker, seen in at least two articles: each article's wording. */
export interface Statement {
  id: string;
  speakerId: string;
  members: StatementMember[];
}

/** The whole corpus after the link stage: what rendering and the data files read. */
export interface Corpus {
  articles: Article[];
  /** Each article's prerendered body, by slug: the largest part of an article in memory, so the renderer lets each go once its page is made. */
  bodies: Map<string, HeldBody>;
  speakers: Speaker[];
  themes: Theme[];
  related: Map<string, RelatedArticle[]>;
  statements: Statement[];
}

/** A problem found in an input file, positioned like a vfile message. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}
