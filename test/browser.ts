// Debian's Chromium for the browser tests: where it is, whether it must be there, how it starts.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(executablePath);
// With CI or VERBATIM_REQUIRE_BROWSER set, a missing browser fails the run instead of skipping its tests.
if (!browserAvailable && (process.env.VERBATIM_REQUIRE_BROWSER || process.env.CI)) throw new Error(`no browser at ${executablePath}, and VERBATIM_REQUIRE_BROWSER or CI is set`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
