import { gzipSync } from 'node:zlib';
import { expect, test, waitForMapReady, listCount } from './fixtures/app';
import { expectedSelection, sectors } from './fixtures/data';
import { oracleSectorCount } from './fixtures/oracle';

test('the map survives narrowing the window below 1024 px and widening it again, drawn with the current view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/regions/dandong');
  await waitForMapReady(page);

  // Narrow: the interactive map goes, the static map takes its place, and nothing points at the removed map.
  await page.setViewportSize({ width: 900, height: 900 });
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-status', 'waiting');
  await expect(page.getByTestId('map-preview')).toBeVisible();
  await page.locator('[data-sector-toggle="textile"]').click();
  await expect(page.getByTestId('map-crashed')).toHaveCount(0);
  const textile = expectedSelection({ region: 'dandong', sectors: ['textile'] }).total;
  expect(await listCount(page)).toBe(textile);

  // Wide again: the map comes back, ready, and keeps working with the filters set while it was away.
  await page.setViewportSize({ width: 1440, height: 900 });
  await waitForMapReady(page);
  await page.locator('[data-sector-toggle="restaurants"]').click();
  await expect(page).toHaveURL(/sector=restaurants,textile/);
  await expect(page.getByTestId('map-crashed')).toHaveCount(0);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
});

test('Back right after a pan restores the previous view without the newer camera', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForMapReady(page);
  await page.locator('[data-sector-toggle="restaurants"]').click();
  await expect(page).toHaveURL(/\?sector=restaurants$/);

  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 60, { steps: 5 });
  await page.mouse.up();
  await page.goBack();

  await expect(page).toHaveURL(/\/$/);
  // Longer than the camera write's throttle: no late write may land on this entry.
  await expect.poll(() => page.url(), { intervals: [500, 500, 500] }).not.toContain('at=');
  await expect(page.locator('[data-sector-toggle="restaurants"]')).toHaveAttribute('aria-pressed', 'false');
  expect(await listCount(page)).toBe(expectedSelection({}).total);
});

test('every count on screen agrees: chips, region table, list heading', async ({ page }) => {
  await page.goto('/regions/dandong?sector=restaurants');
  const view = { region: 'dandong', sectors: ['restaurants'] };
  const expected = expectedSelection(view);
  const heading = page.getByRole('heading', { name: `Restaurants reports in Dandong: ${expected.total}` });
  await expect(heading).toBeVisible();
  const summary = page.getByTestId('region-summary');
  // The chosen sector's row counts the listed reports; the other rows sit apart, as co-tagged.
  const chosenRows = summary.locator('tbody:not([data-testid="also-tagged"]) tr');
  await expect(chosenRows).toHaveCount(1);
  await expect(chosenRows.locator('td').first()).toHaveText(String(expected.total));
  for (const row of await summary.locator('[data-testid="also-tagged"] tr:has(td)').all()) {
    const label = (await row.locator('th').textContent())?.trim() ?? '';
    const key = sectors.find((sector) => sector.label === label)?.key ?? label;
    const count = Number(await row.locator('td').first().textContent());
    expect(count, label).toBe(expected.listed.filter((report) => report.sectors.includes(key)).length);
  }
  // Every chip says what choosing it alone would show, and choosing it alone shows exactly that.
  for (const { key } of sectors) {
    const chip = oracleSectorCount(view, key);
    expect(chip.chosen).toBe(key === 'restaurants');
    await expect(page.locator(`[data-sector-toggle="${key}"]`)).toContainText(String(chip.count));
  }
  const textile = oracleSectorCount(view, 'textile');
  await page.locator('[data-sector-toggle="restaurants"]').click();
  await page.locator('[data-sector-toggle="textile"]').click();
  await expect(page).toHaveURL(/\/regions\/dandong\?sector=textile$/);
  await expect(page.getByTestId('report-list')).toHaveAttribute('data-count', String(textile.count));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/', '/regions/dandong']) {
    test(`${path} shows its heading, the static map, links to every region, counts, ten cards and the downloads`, async ({
      page,
    }) => {
      await page.goto(path);
      const region = path === '/' ? null : 'dandong';
      const expected = expectedSelection({ region });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByTestId('map-preview')).toBeVisible();
      const image = page.getByTestId('map-preview');
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
      // The region links are in a disclosure that opens without script.
      await page.getByText('All 25 regions').click();
      await expect(page.getByRole('navigation', { name: 'Regions' }).getByRole('link')).toHaveCount(25);
      const listHeading = region
        ? `Reports in Dandong: ${expected.total}`
        : `Reports in Liaoning and Jilin: ${expected.total}`;
      await expect(page.getByRole('heading', { name: listHeading })).toBeVisible();
      if (region) await expect(page.getByTestId('region-summary')).toContainText('丹东');
      const cards = page.getByTestId('report-list').locator('article');
      await expect(cards).toHaveCount(10);
      for (const card of await cards.all()) await expect(card.locator('a[href^="http"]').first()).toBeVisible();
      await expect(page.getByRole('link', { name: 'CSV (a row per report)', exact: true })).toHaveAttribute(
        'href',
        '/data/reports.csv',
      );
      // Controls that need a script are hidden rather than shown dead.
      await expect(page.getByRole('button', { name: 'Show interactive map' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Share link' })).toBeHidden();
    });
  }
});

test('every page carries its first paint, not the dataset: at most 35 KB gzip', async ({ request }) => {
  const sizes: Record<string, number> = {};
  // Korean and Chinese pages too: their words are in a script chunk of their own, not in the HTML.
  const paths = ['/', '/regions/dandong', '/regions/yanbian', '/regions/liaoning', '/about'];
  for (const path of [
    ...paths,
    ...paths.flatMap((path) => [`/ko${path}`, `/zh${path}`].map((p) => p.replace(/\/$/, ''))),
  ]) {
    const html = await (await request.get(path)).body();
    sizes[path] = gzipSync(html, { level: 9 }).length;
  }
  test.info().annotations.push({ type: 'page-gzip-bytes', description: JSON.stringify(sizes) });
  // The cards' sourcing notes stay on the record pages (lib/data/report-index.ts cardTexts): 30.4 KB at most on
  // 2026-12-05 (the Korean and Chinese region pages), down from 37.5 KB.
  for (const [path, bytes] of Object.entries(sizes)) expect(bytes, path).toBeLessThanOrEqual(35 * 1024);
});
