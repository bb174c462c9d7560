import { expect, test, waitForMapReady } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';

test('the home page has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a region page with a report open has no serious or critical violations', async ({ page, request }) => {
  const reports: unknown = await (await request.get('/data/reports.json')).json();
  if (!Array.isArray(reports)) throw new Error('no reports');
  const dandongReport = reports.find((report) => JSON.stringify(report.places).includes('"dandong"'));
  await page.goto(`/regions/dandong?report=${dandongReport.id}`);
  await waitForMapReady(page);
  await expect(page.getByTestId('open-report')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const locale of ['ko', 'zh']) {
  test(`the ${locale} region page with a report open, and its home page, have no serious or critical violations`, async ({
    page,
    request,
  }) => {
    // Two pages, two map loads and two axe runs: slow on a busy 2-core machine.
    test.slow();
    const reports: unknown = await (await request.get('/data/reports.json')).json();
    if (!Array.isArray(reports)) throw new Error('no reports');
    const dandongReport = reports.find((report) => JSON.stringify(report.places).includes('"dandong"'));
    await page.goto(`/${locale}/regions/dandong?report=${dandongReport.id}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('open-report')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/${locale}`);
    await waitForMapReady(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the phone layout has no serious or critical violations, with the static and the interactive map', async ({
    page,
  }) => {
    await page.goto('/regions/yanbian');
    await expect(page.getByTestId('map-preview')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show interactive map' }).click();
    await waitForMapReady(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the map has an accessible name and a text alternative, and focus stays visible', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  await expect(page.getByRole('region', { name: /Map of reports in Liaoning and Jilin/ })).toBeVisible();
  await expect(page.getByTestId('report-list')).toBeVisible();
  const toggle = page.locator('[data-sector-toggle="textile"]');
  await toggle.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await toggle.evaluate(
    (element) => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth,
  );
  expect(outline).toMatch(/^solid [1-9]/);
});

test.describe('dark', () => {
  test.use({ colorScheme: 'dark' });
  test('the home, region (report open), record and About pages have no serious violations in the dark theme', async ({
    page,
    request,
  }) => {
    // Four pages, two map loads and four axe runs.
    test.slow();
    const reports: unknown = await (await request.get('/data/reports.json')).json();
    if (!Array.isArray(reports)) throw new Error('no reports');
    const dandongReport = reports.find((report) => JSON.stringify(report.places).includes('"dandong"'));
    await page.goto('/');
    await waitForMapReady(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/regions/dandong?report=${dandongReport.id}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('open-report')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/reports/${dandongReport.id}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/about');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('theme=dark on a light screen: an embed, a comparison and the phone layout', async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/regions/dandong?from=2020&to=2022&compare=2017..2019&embed=1&theme=dark');
    await waitForMapReady(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ko/regions/yanbian?theme=dark');
    await expect(page.getByTestId('map-preview')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
