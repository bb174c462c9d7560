import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { anchorPosition, expect, listCount, test, waitForMapReady } from './fixtures/app';
import { expectedSelection } from './fixtures/data';
import { regionSlugs } from './fixtures/regions';

test('a region link with a sector filter opens exactly that view and keeps its URL', async ({ page }) => {
  await page.goto('/regions/dandong?sector=textile');
  await expect(page.getByTestId('region-summary')).toContainText('Dandong');
  await expect(page.locator('[data-sector-toggle="textile"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-sector-toggle="restaurants"]')).toHaveAttribute('aria-pressed', 'false');
  const cards = page.getByTestId('report-list').locator('article');
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card).toContainText('Textile');
  await waitForMapReady(page);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/regions/dandong?sector=textile');
});

test('an old link to "Other" still opens, and shows the named other work apart from "Sector not stated"', async ({
  page,
}) => {
  await page.goto('/?sector=other');
  await expect(page.locator('[data-sector-toggle="other"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-sector-toggle="unstated"]')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => listCount(page)).toBe(expectedSelection({ sectors: ['other'] }).total);
  await waitForMapReady(page);
  expect(new URL(page.url()).search).toBe('?sector=other');
  // The legend lists the sector colours, and "Sector not stated" on a line of its own; a wide screen opens it.
  await expect(page.getByTestId('legend')).toHaveAttribute('open', '');
  await expect(page.getByTestId('legend-neutral-sector')).toHaveText('Sector not stated');
});

test('back and forward restore the URL and the view', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  await page.locator('[data-sector-toggle="seafood"]').click();
  await expect(page).toHaveURL(/\?sector=seafood$/);
  await page.getByLabel('Region', { exact: true }).selectOption('yanbian');
  await expect(page).toHaveURL(/\/regions\/yanbian\?sector=/);
  await expect(page.getByTestId('region-summary')).toContainText('Yanbian');

  await page.goBack();
  await expect(page).toHaveURL(/\/\?sector=seafood$/);
  await expect(page.getByTestId('region-summary')).toHaveCount(0);
  await expect(page.locator('[data-sector-toggle="seafood"]')).toHaveAttribute('aria-pressed', 'true');

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('[data-sector-toggle="seafood"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-sector-all]')).toHaveAttribute('aria-pressed', 'true');

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\/regions\/yanbian\?sector=/);
  await expect(page.getByTestId('region-summary')).toContainText('옌볜');
  await expect(page.locator('[data-sector-toggle="seafood"]')).toHaveAttribute('aria-pressed', 'true');
});

test('a link with report=<id> opens that report’s card', async ({ page, request }) => {
  const reports: unknown = await (await request.get('/data/reports.json')).json();
  if (!Array.isArray(reports) || typeof reports[0]?.id !== 'string') throw new Error('no reports download');
  const id: string = reports[reports.length - 1].id;
  await page.goto(`/?report=${id}`);
  await expect(page.getByTestId('open-report').locator(`article[data-report-id="${id}"]`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?report=${id}$`));
});

test.describe('unknown region', () => {
  // The browser logs the 404 of the page itself.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('answers HTTP 404 with the app’s not-found page and a way back to the map', async ({ page }) => {
    const response = await page.goto('/regions/does-not-exist');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
    await page.getByRole('link', { name: /Back to the map/ }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

/**
 * Records every dialog the page opens from now on (an injected `alert(1)` opens one); register it before the first
 * navigation. Without a listener Playwright dismisses dialogs silently, and a test would never hear of one.
 */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * What a hostile string left in the page: elements it would have created (an `img` pointing at "x", an inline
 * handler, a script calling alert) and text cut from it (a fragment such as `alert(1)` without the whole string,
 * which means part of it was parsed as markup). Shown whole as text, it leaves nothing.
 */
function injectionTraces(page: Page, hostile: string): Promise<{ nodes: string[]; fragments: string[] }> {
  return page.evaluate((hostileText) => {
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    const nodes = [
      ...document.querySelectorAll('img[src="x"], [onerror]'),
      ...[...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => /^on/i.test(attribute.name) && attribute.value.includes('alert')),
      ),
      ...[...document.scripts].filter((script) => (script.textContent ?? '').includes('alert(')),
    ].map(describe);
    const fragments: string[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (node.parentElement?.closest('script, style, noscript') || !/alert\(|<img|<script/i.test(text)) continue;
      // React or the parser may split one string over adjacent text nodes: the element's text holds it whole.
      if (!(node.parentElement?.textContent ?? text).includes(hostileText)) fragments.push(text.slice(0, 160));
    }
    return { nodes: [...new Set(nodes)], fragments };
  }, hostile);
}

/**
 * Waits until every eager image has loaded or failed (an injected `<img src=x>` has run its onerror by then, and an
 * alert blocks the page until the listener dismisses it, so it is recorded before the evaluation returns), then
 * checks. A deferred lazy image never completes, and an injected one is not lazy.
 */
async function expectNoInjection(page: Page, dialogs: readonly string[], hostile: string) {
  await page.waitForFunction(() => [...document.images].every((image) => image.complete || image.loading === 'lazy'));
  expect(await injectionTraces(page, hostile), 'nodes or text fragments injected').toEqual({
    nodes: [],
    fragments: [],
  });
  expect(dialogs, 'dialogs opened by the page').toEqual([]);
}

test('junk in the URL is dropped and the URL rewritten, without a reload', async ({ page }) => {
  const dialogs = recordDialogs(page);
  const hostile = '<script>alert(1)</script>';
  await page.goto(
    `/regions/dandong?sector=textile,spaceships&condition=${encodeURIComponent(hostile)}&from=2030-13&to=2018&utm_source=chat&at=NaN,1,2&report=nope`,
  );
  await expect(page).toHaveURL(/\/regions\/dandong\?sector=textile&to=2018$/);
  await expect(page.getByTestId('region-summary')).toContainText('Dandong');
  await expectNoInjection(page, dialogs, hostile);
});

test('absurd values never crash the page or reach the DOM as markup', async ({ page }) => {
  const dialogs = recordDialogs(page);
  const hostile = '<img src=x onerror=alert(1)>';
  // Long enough to be absurd, short enough for any server's request-line limit (8 KB is common).
  const huge = 'x'.repeat(6_000);
  await page.goto(`/?sector=${huge}&report=${encodeURIComponent(hostile)}&at=89.9,-179,40&from=2026&to=2001`);
  await expect(page).toHaveURL(/\/\?from=2001&to=2026$/);
  await expect(page.getByTestId('report-list')).toBeVisible();
  await expectNoInjection(page, dialogs, hostile);
});

test('the share button copies the link, and the link restores region, filters, report and camera', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/regions/yanbian?sector=textile,assembly');
  await waitForMapReady(page);
  // Pan with the keyboard on the map canvas: a user move, so the camera is written to the URL.
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/&at=/);
  const firstCard = page.getByTestId('report-list').locator('article').first();
  const reportId = await firstCard.getAttribute('data-report-id');
  await firstCard.getByRole('button', { name: /^Open this report/ }).click();
  await expect(page).toHaveURL(new RegExp(`report=${reportId}`));

  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByTestId('share-status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const where = await anchorPosition(page, 'yanbian');

  const other = await browser.newPage({ viewport: page.viewportSize() ?? undefined, reducedMotion: 'reduce' });
  try {
    await other.goto(copied);
    await waitForMapReady(other);
    await expect(other).toHaveURL(copied);
    await expect(other.getByTestId('region-summary')).toContainText('Yanbian');
    await expect(other.locator('[data-sector-toggle="textile"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(other.locator('[data-sector-toggle="seafood"]')).toHaveAttribute('aria-pressed', 'false');
    await expect(other.getByTestId('open-report').locator(`article[data-report-id="${reportId}"]`)).toBeVisible();
    const restored = await anchorPosition(other, 'yanbian');
    expect(Math.abs(restored.x - where.x)).toBeLessThan(3);
    expect(Math.abs(restored.y - where.y)).toBeLessThan(3);
  } finally {
    await other.close();
  }
});

test('embed mode hides the page chrome and collapses the filters', async ({ page }) => {
  await page.goto('/regions/dandong?embed=1&sector=textile');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  const fullView = page.getByTestId('full-view-link');
  await expect(fullView).toHaveAttribute('href', '/regions/dandong?sector=textile');
  await expect(page.locator('details', { has: page.locator('summary', { hasText: /^Filters$/ }) })).not.toHaveAttribute(
    'open',
    '',
  );
  await expect(page.getByTestId('region-summary')).toContainText('Dandong');
});

function metaContent(html: string, attribute: 'name' | 'property', key: string): string | null {
  const tag = html.match(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`));
  return tag?.[1] ?? null;
}

test('every region page has its own title, description, canonical URL and a 1200x630 social card', async ({
  request,
}) => {
  const titles = new Set<string>();
  for (const slug of regionSlugs) {
    const html = await (await request.get(`/regions/${slug}`)).text();
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
    expect(title, slug).toMatch(/^.+ — North Korean workers in Liaoning and Jilin$/);
    titles.add(title);
    expect(metaContent(html, 'name', 'description'), slug).toMatch(/cited reports? on North Korean workers/);
    expect(html, slug).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/regions/${slug}"`));
    expect(metaContent(html, 'name', 'twitter:card'), slug).toBe('summary_large_image');
    expect(metaContent(html, 'property', 'og:title'), slug).toBe(title);
    const image = metaContent(html, 'property', 'og:image');
    if (!image) throw new Error(`${slug}: no og:image`);
    const response = await request.get(new URL(image).pathname);
    expect(response.status(), slug).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height], slug).toEqual([1200, 630]);
  }
  expect(titles.size).toBe(regionSlugs.length);
  expect((await request.get('/regions/dandong')).headers()['content-type']).toBe('text/html; charset=utf-8');
});
