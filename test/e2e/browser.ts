// Debian's Chromium driven by playwright-core (no browser download). The e2e suite is skipped,
// loudly, when the browser is missing, except in CI where a missing browser is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const browserAvailable = existsSync(CHROMIUM_PATH);
export const mustRunBrowserTests = browserAvailable || process.env.CI === 'true';

if (!mustRunBrowserTests) {
  console.warn(`\n*** SKIPPING browser tests: ${CHROMIUM_PATH} is missing (apt-get install -y chromium) ***\n`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}
