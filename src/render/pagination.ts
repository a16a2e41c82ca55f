// Long lists split into pages of a fixed size, so a prolific speaker or a broad theme never
// makes one enormous page. Page 1 keeps the plain URL; later pages sit in a folder beside it.

export interface PageLink {
  number: number;
  url: string;
  current: boolean;
  /** True for the "…" that stands for the pages left out between two links. */
  gap: boolean;
}

/** Pages linked either side of the current one; the first and last are always linked. */
export const pagesAround = 2;

export interface Pagination {
  current: number;
  total: number;
  previousUrl: string | null;
  nextUrl: string | null;
  pages: PageLink[];
}

/** "speakers/jens-stoltenberg.html", 2 → "speakers/jens-stoltenberg/page-2.html". */
export function pageUrl(firstUrl: string, number: number): string {
  return number === 1 ? firstUrl : `${firstUrl.replace(/\.html$/, '')}/page-${number}.html`;
}

export function paginate<T>(items: T[], size: number, firstUrl: string): Array<{ url: string; items: T[]; pagination: Pagination }> {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      url: pageUrl(firstUrl, number),
      items: items.slice(index * size, (index + 1) * size),
      pagination: {
        current: number,
        total,
        previousUrl: number > 1 ? pageUrl(firstUrl, number - 1) : null,
        nextUrl: number < total ? pageUrl(firstUrl, number + 1) : null,
        pages: pageLinks(firstUrl, number, total),
      },
    };
  });
}

/** 1 … 4 5 [6] 7 8 … 40: a page links to a bounded number of others, however long the list. */
function pageLinks(firstUrl: string, current: number, total: number): PageLink[] {
  const links: PageLink[] = [];
  for (let number = 1; number <= total; number++) {
    const near = Math.abs(number - current) <= pagesAround;
    if (number === 1 || number === total || near) links.push({ number, url: pageUrl(firstUrl, number), current: number === current, gap: false });
    else if (!links[links.length - 1]!.gap) links.push({ number, url: pageUrl(firstUrl, number), current: false, gap: true });
    if (!near && number > 1 && number < current - pagesAround) number = current - pagesAround - 1;
    else if (number > current + pagesAround && number < total - 1) number = total - 1;
  }
  return links;
}
