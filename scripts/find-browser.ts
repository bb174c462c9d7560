/**
 * Finds a Chromium for the e2e tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own.
 * `tsx scripts/find-browser.ts` prints the path, or explains how to get one and exits 1.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export async function findChromium(env: Record<string, string | undefined> = process.env): Promise<string | null> {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    return bundled && existsSync(bundled) ? bundled : null;
  } catch {
    return null;
  }
}

export const HOW_TO_GET_CHROMIUM = [
  "No Chromium found for the end-to-end tests. Looked at: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own browser.",
  'Get one with:  sudo apt-get install chromium   (Debian/Ubuntu)',
  '         or:   CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const found = await findChromium();
  if (!found) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log(found);
}
