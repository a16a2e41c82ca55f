// `npm run screenshots`: builds the seeds and photographs each kind of page in Chromium at 375 and
// 1280 px, light and dark, into screenshots/ (git-ignored), to look at the theme as a reader does.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config/load.ts';
import { build, projectRoot } from '../src/site/build.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`no browser at ${executablePath} (set CHROMIUM_PATH)`);

const pages: Record<string, string> = {
  home: 'index.html',
  article: 'articles/002-b85de5f2a6ed30c6.html',
  themes: 'themes/index.html',
  theme: 'themes/military-aid.html',
  speakers: 'speakers/index.html',
  speaker: 'speakers/jens-stoltenberg.html',
  statements: 'statements/index.html',
  statement: 'statements/s-58acbac8-3.html',
  sources: 'sources/index.html',
  timeline: 'timeline.html',
  source: 'sources/afp.html',
  search: 'search.html?q=Putin',
  'not-found': '404.html',
};
const widths = [375, 1280];
const schemes = ['light', 'dark'] as const;

const output = path.join(projectRoot, 'screenshots');
const site = path.join(projectRoot, '.cache', 'screenshots-site');
await build({ input: path.join(projectRoot, 'seeds'), output: site, config: await loadConfig(path.join(projectRoot, 'verbatim.config.json'), true), force: true });
await rm(output, { recursive: true, force: true });
await mkdir(output, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  for (const width of widths) {
    for (const scheme of schemes) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, page] of Object.entries(pages)) {
        if (!existsSync(path.join(site, page.replace(/\?.*/, '')))) continue;
        const tab = await context.newPage();
        const [file, query] = page.split('?');
        await tab.goto(pathToFileURL(path.join(site, file!)).href + (query ? `?${query}` : ''));
        await tab.waitForLoadState('networkidle');
        await tab.screenshot({ path: path.join(output, `${name}-${width}-${scheme}.png`), fullPage: true });
        await tab.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${path.relative(process.cwd(), output)}/`);
