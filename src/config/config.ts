// The site configuration: read once at the edge, validated with zod, then passed as a value.
import { z } from 'zod';

const ThemeDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a theme id is lower-case words joined by hyphens'),
  label: z.string().min(1),
  description: z.string().default(''),
  phrases: z.array(z.string().min(1)).min(1),
});

/** An http(s) URL, always ending in "/" so a site path can be appended to it. */
export const baseUrlSchema = z
  .url({ protocol: /^https?$/, error: 'a base URL is an absolute http or https URL' })
  .refine((url) => !/[?#]/.test(url), 'a base URL has no query or #fragment')
  .transform((url) => (url.endsWith('/') ? url : `${url}/`));

export const ConfigSchema = z
  .object({
    site: z
      .object({
        title: z.string().min(1).default('Verbatim'),
        description: z.string().default(''),
        language: z.string().default('en'),
        /**
         * Where the site is published ("https://example.org/archive/"), for the absolute URLs that
         * feeds, the sitemap, canonical and Open Graph tags need; page links stay relative. Null: no
         * sitemap or robots.txt, and no canonical URLs.
         */
        baseUrl: baseUrlSchema.nullable().default(null),
        /** Who writes the archive (feeds' author); empty: none named. */
        author: z.string().default(''),
        /** Who publishes it (JSON-LD's publisher, feeds' copyright); empty: the site's title. */
        publisher: z.string().default(''),
      })
      .strict()
      .prefault({}),
    themes: z
      .object({
        /** How many phrase matches in the body assign a theme (a match in the title counts double). */
        minimumMatches: z.number().int().positive().default(2),
        /** The share of an article's sentences (the headline weighing two) that must hold a match, unless the headline does. */
        minimumShare: z.number().min(0).max(1).default(0.15),
        taxonomy: z.array(ThemeDefinitionSchema).default([]),
      })
      .strict()
      .prefault({}),
    pagination: z
      .object({
        /** Statements per page on a speaker's record. */
        statements: z.number().int().positive().default(50),
        /** Articles per page on a theme page (with their statements). */
        articles: z.number().int().positive().default(12),
        /** Speakers per page on the speakers index (people first, then groups and offices). */
        speakers: z.number().int().positive().default(240),
      })
      .strict()
      .prefault({}),
    related: z
      .object({
        /** How many related articles each article lists. */
        limit: z.number().int().nonnegative().default(4),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ThemeDefinition = z.infer<typeof ThemeDefinitionSchema>;

export class ConfigError extends Error {}

/** Validates parsed configuration; `file` names the config file in error messages. */
export function parseConfig(value: unknown, file: string, text = ''): Config {
  const result = ConfigSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = [...issue.path].reverse().find((part) => typeof part === 'string');
    const line = key ? Math.max(1, text.split('\n').findIndex((row) => row.includes(`"${key}"`)) + 1) : 1;
    throw new ConfigError(`${file}:${line}:1: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const theme of result.data.themes.taxonomy) {
    if (ids.has(theme.id)) throw new ConfigError(`${file}:1:1: themes.taxonomy: duplicate theme id "${theme.id}"`);
    ids.add(theme.id);
  }
  return result.data;
}

export const defaultConfig: Config = ConfigSchema.parse({});

/** A base URL given on the command line (`--base-url`), checked like the config's. */
export function parseBaseUrl(value: string): string {
  const result = baseUrlSchema.safeParse(value);
  if (!result.success) throw new ConfigError(`--base-url "${value}": ${result.error.issues[0]!.message}`);
  return result.data;
}
