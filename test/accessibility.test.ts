// The pages as a reader meets them: real Chromium, phone and desktop widths, light and dark
// schemes, checked with axe-core (WCAG 2 A and AA, colour contrast included) and for sideways
// scrolling. Needs Debian's chromium; .ci/run installs it and sets VERBATIM_REQUIRE_BROWSER=1 so
// that a missing browser fails CI instead of skipping.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';
import { buildSeeds } from './helpers.ts';

const available = browserAvailable;

const pages = ['index.html', 'articles/002-b85de5f2a6ed30c6.html', 'themes/index.html', 'themes/military-aid.html', 'speakers/index.html', 'speakers/jens-stoltenberg.html', 'statements/index.html', 'statements/s-58acbac8-3.html', 'sources/index.html', 'timeline.html', 'search.html', '404.html'];
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

describe.skipIf(!available)('pages in Chromium', () => {
  let browser: Browser;
  let site: string;
  let axeSource: string;

  beforeAll(async () => {
    site = await buildSeeds('a11y');
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const viewport of viewports) {
    for (const scheme of schemes) {
      it(`has no accessibility violations and no sideways scrolling (${viewport.name}, ${scheme})`, async () => {
        // The pages allow only their own scripts (Content-Security-Policy); axe is injected by the test.
        const context = await browser.newContext({ viewport, colorScheme: scheme, bypassCSP: true });
        const problems: string[] = [];
        for (const page of pages) {
          const tab = await context.newPage();
          await tab.goto(pathToFileURL(path.join(site, page)).href);
          await tab.addScriptTag({ content: axeSource });
          const violations = await tab.evaluate(async () => {
            const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
            const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
            return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
          });
          problems.push(...violations.map((violation) => `${page}: ${violation}`));
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) problems.push(`${page}: scrolls sideways by ${overflow}px`);
          await tab.close();
        }
        await context.close();
        expect(problems).toEqual([]);
      });
    }
  }
});
