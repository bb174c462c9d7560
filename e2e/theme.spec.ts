import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test, waitForMapReady } from './fixtures/app';
import { sectors } from './fixtures/data';
import { oracleListed } from './fixtures/oracle';

/** Relative luminance (WCAG) of a computed `rgb(…)` / `rgba(…)` colour. */
function luminanceOf(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const channel = (value = 0) => {
    const v = value / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

async function bodyLuminance(page: Page): Promise<number> {
  return luminanceOf(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
}

/** Mean luminance of the map canvas as drawn on screen (a screenshot, not a pixel read: see map.spec.ts). */
async function mapLuminance(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
  let sum = 0;
  let count = 0;
  for (let offset = 0; offset < png.data.length; offset += 4 * 13) {
    sum += luminanceOf(`rgb(${png.data[offset]},${png.data[offset + 1]},${png.data[offset + 2]})`);
    count += 1;
  }
  return sum / count;
}

test('the page follows the reader’s dark setting, map included, and theme=light overrides it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/regions/dandong');
  await waitForMapReady(page);
  expect(await bodyLuminance(page)).toBeLessThan(0.05);
  expect(await mapLuminance(page)).toBeLessThan(0.25);

  await page.goto('/regions/dandong?theme=light');
  await waitForMapReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bodyLuminance(page)).toBeGreaterThan(0.9);
  expect(await mapLuminance(page)).toBeGreaterThan(0.5);
});

test('theme=dark applies before the first paint, survives every link the page writes, and junk is rewritten', async ({
  page,
  context,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Before any script of the app runs: the head's own script has set the theme, so nothing flashes light.
  await page.goto('/?theme=dark&sector=textile', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await bodyLuminance(page)).toBeLessThan(0.05);
  await waitForMapReady(page);
  expect(await mapLuminance(page)).toBeLessThan(0.25);

  // A filter, a region: the override stays in the address, and so in the Share link.
  await page.locator('[data-sector-toggle="restaurants"]').click();
  await expect(page).toHaveURL(/\?sector=restaurants,textile&theme=dark$/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByTestId('share-status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/[?&]theme=dark$/);
  await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', /theme=dark/);

  // A value that is no theme: dropped and the address rewritten, like any malformed key; the reader's setting rules.
  await page.goto('/?sector=textile&theme=sepia');
  await expect(page).toHaveURL(/\/\?sector=textile$/);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await bodyLuminance(page)).toBeGreaterThan(0.9);
  // Back to the dark entry: dark again.
  await page.goBack();
  await expect(page).toHaveURL(/theme=dark$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bodyLuminance(page)).toBeLessThan(0.05);
});

test('the printout is light and shows the filtered view, drawn by the image export’s renderer', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?sector=textile&theme=dark');
  await waitForMapReady(page);
  const printMap = page.getByTestId('print-map');
  // Drawn for a print only (components/print-map.tsx): none while the page is on screen.
  await expect(page.getByTestId('print-summary')).toBeAttached();
  await expect(printMap).not.toBeAttached();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(printMap).toBeAttached();
  const svg = await printMap.innerHTML();
  const count = oracleListed({ sectors: ['textile'] }).length;
  // The view in words, with the count the list shows (wrapped over lines of <text>, so compared without spaces).
  const words = (await printMap.textContent())?.replace(/\s+/g, '') ?? '';
  expect(words).toContain(`TextilereportsinLiaoningandJilin:${count}reports`);
  // Only the chosen sector's markers, and a light page whatever the screen's theme.
  const textile = sectors.find((sector) => sector.key === 'textile')?.colour;
  const markerFills = new Set([...svg.matchAll(/<circle [^>]*fill="([^"]+)"/g)].map((match) => match[1]));
  expect(markerFills).toEqual(new Set([textile]));
  expect(svg).toMatch(/<rect width="1600" height="900" fill="#ffffff"/);
  expect(svg).not.toContain('id="none-found"');

  await expect(printMap).toBeVisible();
  // Polled: under reduced motion every property has a 0.01 ms transition (app/globals.css), so the colour lands a
  // frame after the media change.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe('rgb(255, 255, 255)');
  const box = await printMap.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(150);

  // Back on screen the image is dropped; a real print (beforeprint, no print media yet) draws it before the event
  // returns, since the browser lays out the printout straight after.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await expect(printMap).not.toBeAttached();
  const drawnInEvent = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    return document.querySelector('[data-testid="print-map"] svg') !== null;
  });
  expect(drawnInEvent).toBe(true);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(printMap).not.toBeAttached();
});
