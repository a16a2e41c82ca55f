// The template engine: LiquidJS over templates/*.html, autoescaping on, strict variables, so a
// typo in a template fails the build instead of printing nothing.
import { filters, Liquid, LiquidError } from 'liquidjs';
import type { Diagnostic } from '../types.ts';
import { excerpt } from './summary.ts';
import { longDate, plural, typographicQuotes } from './typography.ts';

export function createTemplateEngine(templatesFolder: string): Liquid {
  const engine = new Liquid({
    root: [templatesFolder],
    extname: '.html',
    outputEscape: escapeOutput,
    strictVariables: true,
    strictFilters: true,
    // An optional flag a partial is not given (`show_quote`) reads as false in an `if`; printing an unknown variable still fails.
    lenientIf: true,
    cache: true,
  });
  engine.registerFilter('long_date', longDate);
  engine.registerFilter('typeset', typographicQuotes);
  engine.registerFilter('plural', plural);
  engine.registerFilter('excerpt', excerpt);
  return engine;
}

const escaped = /[&<>"']/;

/**
 * LiquidJS's `escape`, which every output goes through, without its replace where there is
 * nothing to escape (most outputs: names, dates, paths, counts): the same text, sooner.
 */
function escapeOutput(this: unknown, value: unknown): string {
  return typeof value === 'string' && !escaped.test(value) ? value : (filters.escape as (this: unknown, value: unknown) => string).call(this, value);
}

/**
 * A template's parse or render error as a diagnostic at its file, line and column (LiquidJS keeps
 * them on the token), or null for anything else.
 */
export function templateDiagnostic(error: unknown): Diagnostic | null {
  if (!(error instanceof LiquidError) || !error.token) return null;
  const [line, column] = error.token.getPosition();
  // LiquidJS appends the position to its message; it is said once, in front.
  const message = error.message.replace(/,? ?(?:file:.*?, )?line:\d+, col:\d+$/, '');
  return { file: error.token.file ?? 'templates', line, column, message, severity: 'error' };
}
