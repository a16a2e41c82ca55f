// Long lists split into pages of a fixed size, so a prolific speaker or a broad theme never
// makes one enormous page. Page 1 keeps the plain URL; later pages sit in a folder beside it.

export interface PageLink {
  number: number;
  url: string;
  current: boolean;
}

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
        pages: Array.from({ length: total }, (_, other) => ({ number: other + 1, url: pageUrl(firstUrl, other + 1), current: other + 1 === number })),
      },
    };
  });
}
