// The template engine: LiquidJS over templates/*.html, autoescaping on, strict variables, so a
// typo in a template fails the build instead of printing nothing.
import { Liquid } from 'liquidjs';
import { excerpt } from './summary.ts';
import { longDate, plural, typographicQuotes } from './typography.ts';

export function createTemplateEngine(templatesFolder: string): Liquid {
  const engine = new Liquid({
    root: [templatesFolder],
    extname: '.html',
    outputEscape: 'escape',
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
