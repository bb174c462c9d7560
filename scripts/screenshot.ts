/**
 * `npm run screenshot`: serves the production build and saves docs/screenshot.png of the dashboard (Debian Chromium).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { QUIET_OFFLINE_ARGS, requireChromium, SWIFTSHADER_ARGS } from './find-browser';
import { ensureBuilt, serveOut } from './start-helpers';

const executablePath = await requireChromium();
ensureBuilt();

const served = await serveOut();
const browser = await chromium.launch({ executablePath, args: [...QUIET_OFFLINE_ARGS, ...SWIFTSHADER_ARGS] });
try {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 860 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  await page.goto(`${served.origin}/regions/dandong?sector=restaurants,textile,assembly,seafood`);
  await page.getByTestId('map').and(page.locator('[data-map-ready="true"]')).waitFor();
  // Wide screens open the legend by themselves once the page is hydrated.
  await page.locator('[data-testid="legend"][open]').waitFor();
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await served.close();
}
