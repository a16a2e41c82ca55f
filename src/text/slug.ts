// Slugs: the only ids that become paths and URLs. Transliterated to ASCII by any-ascii (a fixed
// table, so the same in every locale), lower case, words joined by hyphens, never empty, never
// longer than `maxSlugLength`, and made unique by `uniqueSlugs` over a sorted list.
import anyAscii from 'any-ascii';

export const maxSlugLength = 80;

/** What every path segment of the site is made of. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs that name a page of the site itself (`themes/index.html`), never an entity's. */
export const reservedSlugs: ReadonlySet<string> = new Set(['index']);

export function isSafeSlug(value: string): boolean {
  return value.length <= maxSlugLength + 12 && slugPattern.test(value);
}

/** "Jens Stoltenberg" → "jens-stoltenberg", "Владимир Зеленский" → "vladimir-zelenskiy"; "" when nothing is left. */
export function slugify(text: string): string {
  const slug = anyAscii(text.normalize('NFC'))
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength);
  return cut.slice(0, cut.lastIndexOf('-') > maxSlugLength / 2 ? cut.lastIndexOf('-') : maxSlugLength).replace(/-+$/, '');
}

/**
 * One slug per item, in order: each keeps its base slug unless an earlier item (or a reserved
 * word) took it; then it gets the first free `base-N`, N ≥ 2, that no other item's base slug is.
 * So "a b", "a-b" and "a-b-2" become "a-b", "a-b-3" and "a-b-2": unique by construction.
 */
export function uniqueSlugs(texts: string[], fallback: string): string[] {
  const bases = texts.map((text) => slugify(text) || fallback);
  const taken = new Set<string>([...reservedSlugs, ...bases]);
  const used = new Set<string>(reservedSlugs);
  return bases.map((base) => {
    let slug = base;
    if (used.has(slug)) {
      for (let suffix = 2; ; suffix++) {
        const candidate = `${base}-${suffix}`;
        if (!taken.has(candidate) && !used.has(candidate)) {
          slug = candidate;
          break;
        }
      }
    }
    used.add(slug);
    return slug;
  });
}

/** An article's slug, from its file name: "003-nato-summit.md" → "003-nato-summit". */
export function slugForFile(file: string): string {
  return slugify(file.replace(/\.(?:txt|md)$/i, '')) || 'article';
}
