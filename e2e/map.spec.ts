import { PNG } from 'pngjs';
import { anchorPosition, drawnPins, expect, test, waitForMapReady } from './fixtures/app';
import { dataset, sectorKeys } from './fixtures/data';

test('the map renders both provinces on screen', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);

  const canvas = page.locator('canvas.maplibregl-canvas');
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(600);
  expect(box?.height ?? 0).toBeGreaterThan(400);

  // A pixel read alone can succeed on an invisible map (docs/ARCHITECTURE.md, "Toolchain pitfalls"): count colours in a real screenshot.
  const png = PNG.sync.read(await canvas.screenshot());
  const colours = new Set<number>();
  for (let offset = 0; offset < png.data.length; offset += 4 * 7) {
    colours.add(((png.data[offset] ?? 0) << 16) | ((png.data[offset + 1] ?? 0) << 8) | (png.data[offset + 2] ?? 0));
  }
  expect(colours.size).toBeGreaterThan(40);
});

test('hovering a prefecture shows its name in English, Chinese and Korean', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const dandong = await anchorPosition(page, 'dandong');
  await page.mouse.move(dandong.x, dandong.y);
  const label = page.getByTestId('hover-label');
  await expect(label).toContainText('Dandong');
  await expect(label).toContainText('丹东');
  await expect(label).toContainText('단둥');

  const yanbian = await anchorPosition(page, 'yanbian');
  await page.mouse.move(yanbian.x, yanbian.y);
  await expect(label).toContainText('Yanbian');
});

test('every request stays on our origin, including glyphs and geography', async ({ page, requestedUrls }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const paths = requestedUrls.map((url) => new URL(url).pathname);
  expect(paths.some((path) => /^\/assets\/regions\.[0-9a-f]{12}\.geojson$/.test(path))).toBe(true);
  expect(paths.some((path) => /^\/assets\/report-index\.[0-9a-f]{12}\.json$/.test(path))).toBe(true);
  expect(paths.some((path) => path.startsWith('/glyphs/'))).toBe(true);
  // The static map's shapes are for phones and browsers without WebGL; a wide screen waits for MapLibre instead.
  expect(paths.filter((path) => path.startsWith('/assets/preview.'))).toEqual([]);
  // The fixture asserts that none of them left the origin.
});

test('toggling a sector back and forth draws the same markers again, each once', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const map = page.getByTestId('map');
  const anchors = async () => {
    const keys = (await drawnPins(page)).map((pin) => pin.key);
    return { drawn: keys.length, keys: keys.length, unique: new Set(keys).size };
  };
  const atLoad = await anchors();
  expect(atLoad.drawn).toBeGreaterThan(0);
  // The sector with the most reports; toggling it twice must bring back the same markers.
  const reportsIn = (key: string) => dataset.reports.filter((report) => report.sectors.includes(key)).length;
  const sector = [...sectorKeys].sort((a, b) => reportsIn(b) - reportsIn(a))[0];
  for (let round = 0; round < 4; round += 1) {
    const idleCount = Number(await map.getAttribute('data-idle-count'));
    await page.locator(`[data-sector-toggle="${sector}"]`).click();
    await expect.poll(async () => Number(await map.getAttribute('data-idle-count'))).toBeGreaterThan(idleCount);
    const now = await anchors();
    expect(now.keys, `round ${round}`).toBe(now.drawn);
    expect(now.unique, `round ${round}`).toBe(now.drawn);
  }
  expect(await anchors()).toEqual(atLoad);
});

test("a reader's browser gets no marker anchors and never loads the map probe", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/');
  await waitForMapReady(page);
  expect(await page.evaluate(() => navigator.webdriver)).toBe(false);
  expect(await page.evaluate(() => window.__mapProbe === undefined)).toBe(true);
  await expect(page.locator('[data-pin], [data-anchor]')).toHaveCount(0);
  await expect(page.getByTestId('map')).not.toHaveAttribute('data-probe', 'ready');
  // Every script the page loaded is one a test browser loads too, plus nothing: the probe chunk is the difference.
  const probePage = await page.context().newPage();
  const testScripts: string[] = [];
  probePage.on('request', (request) => {
    if (request.resourceType() === 'script') testScripts.push(request.url());
  });
  await probePage.goto('/');
  await waitForMapReady(probePage);
  await expect(probePage.getByTestId('map')).toHaveAttribute('data-probe', 'ready');
  const onlyForTests = testScripts.filter((url) => !scripts.includes(url));
  expect(onlyForTests.length).toBeGreaterThan(0);
});
