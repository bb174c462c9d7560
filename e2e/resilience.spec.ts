import { expect, test, waitForMapReady } from './fixtures/app';

test('on a slow network the list is usable before the map appears', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // Roughly a poor 3G link: 400 ms round trips, 100 KB/s down.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 100 * 1024,
    uploadThroughput: 50 * 1024,
  });
  await page.goto('/', { waitUntil: 'commit' });
  const list = page.getByTestId('report-list');
  await expect(list.locator('article').first()).toBeVisible();
  await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1, { timeout: 40_000 });
  expect(await page.getByTestId('map').getAttribute('data-map-ready')).toBe('false');

  const total = Number(await list.getAttribute('data-count'));
  await page.locator('[data-sector-toggle="restaurants"]').click();
  await expect.poll(async () => Number(await list.getAttribute('data-count'))).toBeLessThan(total);
  expect(await page.getByTestId('map').getAttribute('data-map-ready')).toBe('false');

  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await waitForMapReady(page);
});

test.describe('a crash inside the map code', () => {
  // React reports the error it caught to the console.
  test.use({ allowedPageErrors: [/simulated map crash/], allowedConsoleErrors: [/simulated map crash/] });

  test('leaves the panel and the list working', async ({ page }) => {
    // Make MapLibre's module throw when the map code loads it: inject a throw at the top of the module factory
    // whose body names maplibre-gl.mjs.
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      const marker = body.indexOf('maplibre-gl/dist/maplibre-gl.mjs');
      const factoryStart = marker === -1 ? -1 : body.lastIndexOf('"use strict";', marker);
      if (factoryStart === -1) return route.fulfill({ response });
      const injected = `${body.slice(0, factoryStart)}"use strict";throw new Error("simulated map crash");${body.slice(factoryStart + 13)}`;
      await route.fulfill({ response, body: injected });
    });
    await page.goto('/');
    await expect(page.getByTestId('map-crashed')).toBeVisible();
    const list = page.getByTestId('report-list');
    const total = Number(await list.getAttribute('data-count'));
    await page.locator('[data-sector-toggle="it"]').click();
    await expect.poll(async () => Number(await list.getAttribute('data-count'))).toBeLessThan(total);
    await page.getByLabel('Region', { exact: true }).selectOption('shenyang');
    await expect(page.getByTestId('region-summary')).toContainText('Shenyang');
  });
});
