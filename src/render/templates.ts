// The template engine: LiquidJS over templates/*.html, autoescaping on, strict variables, so a
// typo in a template fails the build instead of printing nothing.
import { Liquid } from 'liquidjs';

export function createTemplateEngine(templatesFolder: string): Liquid {
  const engine = new Liquid({
    root: [templatesFolder],
    extname: '.html',
    outputEscape: 'escape',
    strictVariables: true,
    strictFilters: true,
    cache: true,
  });
  // "2023-11-27" → "27 November 2023": dates read as a newspaper prints them, in any time zone.
  engine.registerFilter('long_date', (iso: string | null) => {
    if (!iso) return '';
    const [year, month, day] = iso.split('-').map(Number);
    return new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  });
  engine.registerFilter('plural', (count: number, singular: string, plural?: string) => `${count} ${count === 1 ? singular : (plural ?? `${singular}s`)}`);
  return engine;
}
