import { expect, test } from './fixtures/app';

// Runs in the "no-webgl" project (playwright.config.ts): Chromium started with --disable-webgl.
test('without WebGL the page says so and the list still works', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map-unavailable')).toBeVisible();
  const list = page.getByTestId('report-list');
  const total = Number(await list.getAttribute('data-count'));
  expect(total).toBeGreaterThan(100);
  await page.getByRole('button', { name: /^Seafood \d+ reports?$/ }).click();
  await page.getByRole('button', { name: /^Restaurants \d+ reports?$/ }).click();
  await expect.poll(async () => Number(await list.getAttribute('data-count'))).toBeLessThan(total);
  await page.getByLabel('Region', { exact: true }).selectOption('yanbian');
  await expect(page.getByTestId('region-summary')).toContainText('옌볜');
});
