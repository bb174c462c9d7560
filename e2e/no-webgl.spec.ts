import { expect, test } from './fixtures/app';
import { expectedSelection } from './fixtures/data';

// Runs in the "no-webgl" project (playwright.config.ts): Chromium started with --disable-webgl.
test('without WebGL the page says so and the list still works', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map-unavailable')).toBeVisible();
  const list = page.getByTestId('report-list');
  await expect(list).toHaveAttribute('data-count', String(expectedSelection({}).total));
  await page.locator('[data-sector-toggle="seafood"]').click();
  await expect(list).toHaveAttribute('data-count', String(expectedSelection({ sectors: ['seafood'] }).total));
  await page.getByLabel('Region', { exact: true }).selectOption('yanbian');
  await expect(page.getByTestId('region-summary')).toContainText('옌볜');
});
