/**
 * Finds a Chromium for the e2e tests and the measuring scripts: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then Playwright's own. `tsx scripts/find-browser.ts` prints the path, or explains how to get one and exits 1.
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
  "No Chromium found. Looked at: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own browser.",
  'Get one with:  sudo apt-get install chromium   (Debian/Ubuntu)',
  '         or:   CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

/** The Chromium to use; without one, prints how to get it and exits 1. */
export async function requireChromium(): Promise<string> {
  const found = await findChromium();
  if (found) return found;
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

/** No sandbox (root in containers) and no traffic of Chromium's own: the tests record every request. */
export const QUIET_OFFLINE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Software WebGL, so the map draws on machines without a GPU. */
export const SWIFTSHADER_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) console.log(await requireChromium());
