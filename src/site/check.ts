// Checks of a built site, run by the build on its temporary folder before it replaces the output
// (and callable on any built folder, e.g. by `verbatim check`): every internal link and #fragment
// resolves, and, when asked, every page is valid HTML (html-validate).
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
// html-validate is loaded only when pages are validated (--strict, `verbatim check`): it is slow to load.
import type { ConfigData } from 'html-validate';
import type { Diagnostic } from '../types.ts';
import { projectRoot } from './project.ts';

export interface BrokenLink {
  page: string;
  link: string;
  line: number;
  column: number;
  reason: string;
}

const attribute = /\s(href|src|id)="([^"]*)"/g;
// A link with a scheme (https:, mailto:, data:) or to another host leads outside the site.
const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const decodeEntities = (value: string) => value.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * A string cut from a page by a regular expression, or joined from one, may keep the whole page
 * alive in memory; its copy keeps only itself.
 */
const copyOf = (text: string) => (' ' + text).slice(1);

/**
 * What a link check keeps of its pages, to be handed to the next build's (see `LinkCheck.saved`):
 * the link texts, and per page its links by number into them, and its ids.
 */
export interface SavedLinks {
  texts: string[];
  pages: Array<[sitePath: string, links: Int32Array, ids: string[]]>;
}

/**
 * Internal links of a site, page by page: one pass over each page collects its ids and its links,
 * then every link is looked up, so the work is linear in the size of the site. What is kept of a
 * page is small, since a large site's pages are checked as they are written: each distinct link
 * text once for the whole site (pages in one folder share most of theirs), a page's links as
 * numbers, and its ids. Where a broken link is on its page is found when it is reported, from the
 * page's text (`firstUse`). A page the last build wrote the same need not be read again: what that
 * build's check kept of it (`previous`) is taken over.
 */
export class LinkCheck {
  /** Each distinct link text, by number. */
  private readonly linkNumbers = new Map<string, number>();
  private readonly linkTexts: string[] = [];
  /** Per page: the number of each distinct link, in the order first used. */
  private readonly pages = new Map<string, Int32Array>();
  /** Each page's ids (pages without any have no entry). */
  private readonly ids = new Map<string, Set<string>>();
  /** What the last build's check kept, by page. */
  private readonly previous: Map<string, [links: Int32Array, ids: string[]]>;
  private readonly previousTexts: string[];

  /**
   * `rootPath`: the base URL's path ("/archive/"), from which root-relative links (the 404 page's)
   * start; `previous`: what the last build's check kept, for pages taken over unchanged.
   */
  constructor(
    private readonly rootPath: string | null = null,
    previous?: SavedLinks,
  ) {
    this.previous = new Map(previous?.pages.map(([sitePath, links, ids]) => [sitePath, [links, ids]]));
    this.previousTexts = previous?.texts ?? [];
    this.renumbering = new Int32Array(this.previousTexts.length).fill(-1);
  }

  /** A previous link number's number in this check, once known (-1 before), so each text is looked up once. */
  private readonly renumbering: Int32Array;

  /**
   * Takes what the last build's check kept of a page, which this build wrote the same (its text
   * is then not needed); false when that check did not see it.
   */
  takeOver(sitePath: string): boolean {
    const kept = this.previous.get(sitePath);
    if (!kept) return false;
    this.previous.delete(sitePath);
    const [links, ids] = kept;
    const renumbered = Int32Array.from(links);
    for (let index = 0; index < renumbered.length; index++) {
      const previous = renumbered[index]!;
      if (this.renumbering[previous] === -1) this.renumbering[previous] = this.numberOf(this.previousTexts[previous]!);
      renumbered[index] = this.renumbering[previous]!;
    }
    this.pages.set(sitePath, renumbered);
    if (ids.length > 0) this.ids.set(sitePath, new Set(ids));
    return true;
  }

  /** What this check keeps of its pages, for the next build's (`previous`). */
  saved(): SavedLinks {
    return { texts: this.linkTexts, pages: [...this.pages].map(([sitePath, links]) => [sitePath, links, [...(this.ids.get(sitePath) ?? [])]]) };
  }

  add(sitePath: string, html: string): void {
    const links = new Set<number>();
    const ids = new Set<string>();
    for (const match of html.matchAll(attribute)) {
      const value = decodeEntities(match[2]!);
      if (match[1] === 'id') ids.add(copyOf(value));
      else if (!external.test(value)) links.add(this.numberOf(value));
    }
    this.pages.set(sitePath, Int32Array.from(links));
    if (ids.size > 0) this.ids.set(sitePath, ids);
  }

  private numberOf(link: string): number {
    let number = this.linkNumbers.get(link);
    if (number === undefined) {
      const copy = copyOf(link);
      this.linkNumbers.set(copy, (number = this.linkTexts.length));
      this.linkTexts.push(copy);
    }
    return number;
  }

  /**
   * Every link that names no file of the site, or a #fragment that its page has no id for, at its
   * first use on its page; `pageText` gives a page's HTML, read only for a page with a broken link.
   */
  broken(files: Iterable<string>, pageText: (sitePath: string) => string): BrokenLink[] {
    const exists = new Set(files);
    const broken: BrokenLink[] = [];
    // Pages in one folder share most of their links: each is resolved once per folder.
    const resolvedIn = new Map<string, Map<number, Resolution>>();
    for (const [sitePath, links] of this.pages) {
      const folder = path.posix.dirname(sitePath);
      let resolved = resolvedIn.get(folder);
      if (!resolved) resolvedIn.set(folder, (resolved = new Map()));
      let html: string | undefined;
      for (const number of links) {
        const link = this.linkTexts[number]!;
        // A link within the page ("#q-1") is its own: not worth keeping.
        const withinPage = link.startsWith('#');
        let resolution = withinPage ? undefined : resolved.get(number);
        if (!resolution) {
          resolution = this.resolve(folder, link, exists);
          if (!withinPage) resolved.set(number, resolution);
        }
        const reason = 'reason' in resolution ? resolution.reason : this.fragmentProblem(resolution.target ?? sitePath, resolution.fragment);
        if (reason) broken.push({ page: sitePath, link, ...firstUse((html ??= pageText(sitePath)), link), reason });
      }
    }
    return broken;
  }

  /** Where a link from a page in `folder` leads (null: to the page itself), or why it leads nowhere. */
  private resolve(folder: string, link: string, exists: Set<string>): Resolution {
    const hash = link.indexOf('#');
    const address = (hash === -1 ? link : link.slice(0, hash)).replace(/\?.*$/, '');
    const fragment = hash === -1 ? '' : link.slice(hash + 1);
    if (address === '') return { target: null, fragment };
    let target: string;
    if (address.startsWith('/')) {
      if (this.rootPath === null || !address.startsWith(this.rootPath)) return { reason: 'not a relative link' };
      target = path.posix.normalize(address.slice(this.rootPath.length));
    } else target = path.posix.normalize(path.posix.join(folder, safeDecode(address)));
    if (target.startsWith('../') || target === '..') return { reason: 'leads out of the site' };
    if (target.endsWith('/') || target === '.') target = path.posix.join(target, 'index.html');
    if (!exists.has(target)) return { reason: `no such file ${target}` };
    return { target, fragment };
  }

  /** A #fragment that the page `target` has no id for. */
  private fragmentProblem(target: string, fragment: string): string | null {
    if (fragment === '' || !target.endsWith('.html')) return null;
    return this.pages.has(target) && !this.ids.get(target)?.has(safeDecode(fragment)) ? `no id "${fragment}" in ${target}` : null;
  }
}

type Resolution = { target: string | null; fragment: string } | { reason: string };

/** The line and column (1-based, at the attribute's name) where a page first links to `link`. */
function firstUse(html: string, link: string): { line: number; column: number } {
  for (const match of html.matchAll(attribute)) {
    if (match[1] === 'id' || decodeEntities(match[2]!) !== link) continue;
    const lineStart = html.lastIndexOf('\n', match.index) + 1;
    let line = 1;
    for (let at = html.indexOf('\n'); at !== -1 && at < match.index; at = html.indexOf('\n', at + 1)) line++;
    return { line, column: match.index - lineStart + 2 };
  }
  return { line: 1, column: 1 };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Pages read a bounded number at a time. */
const readsAtOnce = 32;

async function eachPage(folder: string, sitePaths: string[], visit: (sitePath: string, html: string) => void | Promise<void>): Promise<void> {
  const pages = sitePaths.filter((sitePath) => sitePath.endsWith('.html'));
  for (let start = 0; start < pages.length; start += readsAtOnce) {
    const batch = pages.slice(start, start + readsAtOnce);
    const texts = await Promise.all(batch.map((sitePath) => readFile(path.join(folder, sitePath), 'utf8')));
    for (let index = 0; index < batch.length; index++) await visit(batch[index]!, texts[index]!);
  }
}

/** Every file below a built folder, as site paths. */
export async function sitePathsBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The broken internal links and #fragments of the site in `folder`, each as an error at its page,
 * line and column; `reportAs` is the folder to name in messages (the output, not a temporary one).
 */
export async function checkLinks(folder: string, options: { sitePaths?: string[]; rootPath?: string | null; reportAs?: string } = {}): Promise<Diagnostic[]> {
  const sitePaths = options.sitePaths ?? (await sitePathsBelow(folder));
  const check = new LinkCheck(options.rootPath ?? null);
  await eachPage(folder, sitePaths, (sitePath, html) => check.add(sitePath, html));
  return brokenLinks(check, folder, sitePaths, options.reportAs ?? folder);
}

/**
 * The broken links of the pages `check` was given, which are in `folder`, among the site's files
 * `sitePaths`, as errors at pages under `reportAs`.
 */
export function brokenLinks(check: LinkCheck, folder: string, sitePaths: Iterable<string>, reportAs: string): Diagnostic[] {
  return check.broken(sitePaths, (sitePath) => readFileSync(path.join(folder, sitePath), 'utf8')).map((broken) => ({
    file: path.join(reportAs, broken.page),
    line: broken.line,
    column: broken.column,
    message: `broken link "${broken.link}": ${broken.reason}`,
    severity: 'error',
  }));
}

/** The rules pages are held to, `.htmlvalidate.json` (the one `npx html-validate dist` reads too). */
export function htmlRules(): ConfigData {
  return JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
}

/** html-validate over every page of the site in `folder`: each message an error at its page, line and column. */
export async function validateHtml(folder: string, options: { sitePaths?: string[]; reportAs?: string } = {}): Promise<Diagnostic[]> {
  const { HtmlValidate } = await import('html-validate');
  const validator = new HtmlValidate(htmlRules());
  const problems: Diagnostic[] = [];
  await eachPage(folder, options.sitePaths ?? (await sitePathsBelow(folder)), async (sitePath, html) => {
    const report = await validator.validateString(html, sitePath);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ file: path.join(options.reportAs ?? folder, sitePath), line: message.line, column: message.column, message: `${message.message} (html-validate ${message.ruleId})`, severity: 'error' });
      }
    }
  });
  return problems;
}
