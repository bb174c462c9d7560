import type { Page } from '@playwright/test';
import { places } from '../lib/data/places';
import { regions } from '../lib/data/regions';
import { buildSearchIndex, type ReportHit, search } from '../lib/search/search';
import { searchTerms } from '../lib/search/search-terms';
import { expect, test, waitForMapReady } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { dataset } from './fixtures/data';

const index = buildSearchIndex({ regions, places, reports: dataset.reports, terms: searchTerms() });

/** A title word that finds one report first, derived from the data so that a new report cannot break the test. */
function reportQuery(): { query: string; hit: ReportHit } {
  for (const report of dataset.reports) {
    const title = report.source.title_en ?? report.source.title ?? '';
    for (const word of title.split(/\s+/).filter((candidate) => /^[A-Za-z]{7,}$/.test(candidate))) {
      const [first] = search(index, word);
      if (first?.kind === 'report' && first.id === report.id) return { query: word, hit: first };
    }
  }
  throw new Error('no report title has a word that finds it first');
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search places and reports' });
/** The search results (the region picker's select has options too). */
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const option = (page: Page, name: RegExp | string) => results(page).getByRole('option', { name });
const activeOption = (page: Page) => results(page).getByRole('option', { selected: true });
const isIndex = (url: string) => /\/assets\/search\.[0-9a-f]{12}\.json$/.test(url);

/** Types into the box and waits until the results for it are listed (the index may still be loading). */
async function typeQuery(page: Page, query: string) {
  await searchBox(page).focus();
  await page.keyboard.type(query);
  await expect(results(page)).toBeVisible();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
}

test('keyboard search opens a region; the index is fetched only once the box is focused', async ({
  page,
  requestedUrls,
}) => {
  await page.goto('/?sector=textile');
  await waitForMapReady(page);
  expect(requestedUrls.filter(isIndex)).toEqual([]);

  await typeQuery(page, '丹东');
  expect(requestedUrls.filter(isIndex)).toHaveLength(1);
  await expect(page.getByTestId('search-status')).toHaveText(/^\d+ results?$/);
  await page.keyboard.press('ArrowDown');
  const active = activeOption(page);
  await expect(active).toHaveCount(1);
  await expect(active).toContainText('Dandong');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');

  // The filters stay.
  await expect(page).toHaveURL(/\/regions\/dandong\?sector=textile$/);
  await expect(page.getByRole('heading', { level: 2, name: /^Dandong/ })).toBeVisible();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(searchBox(page)).toHaveValue('');
});

test('keyboard search opens a report card in the report’s region', async ({ page }) => {
  const { query, hit } = reportQuery();
  await page.goto('/');
  await typeQuery(page, query);
  await page.keyboard.press('ArrowDown');
  await expect(activeOption(page)).toContainText(hit.label);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/regions/${hit.slug}\\?report=${hit.id}$`));
  await expect(page.getByTestId('open-report').locator(`[data-report-id="${hit.id}"]`)).toBeVisible();
});

test('a place in any script and a sector in any language find the reports tagged with them', async ({ page }) => {
  const dandongTextile = new Set(
    dataset.reports
      .filter(
        (report) => report.sectors.includes('textile') && report.places.some((place) => place.region === 'dandong'),
      )
      .map((report) => `report:${report.id}`),
  );
  await page.goto('/');
  for (const query of ['Dandong textile', '단둥 섬유', '丹东 纺织']) {
    await searchBox(page).fill('');
    await typeQuery(page, query);
    const expected = search(index, query).map((hit) => hit.key);
    await expect(results(page).getByRole('option')).toHaveCount(expected.length);
    const shown = await results(page)
      .getByRole('option')
      .evaluateAll((options) => options.map((option) => option.getAttribute('data-hit')));
    expect(shown, query).toEqual(expected);
    // Tagged by place and sector: most of what is listed is Dandong's textile reports, whatever its headline says.
    expect(shown.filter((key) => key !== null && dandongTextile.has(key)).length, query).toBeGreaterThanOrEqual(
      Math.min(dandongTextile.size, expected.length) - 2,
    );
  }
});

test('an older name finds the region, and a town opens its region at the town', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  await typeQuery(page, 'Mukden');
  await expect(results(page).getByRole('option').first()).toContainText('also Mukden');
  await option(page, /^Shenyang/).click();
  await expect(page).toHaveURL(/\/regions\/shenyang$/);

  const hunchun = places.find((place) => place.name_en === 'Hunchun');
  await typeQuery(page, 'Hunchun');
  await option(page, /^Hunchun/).click();
  await expect(page).toHaveURL(/\/regions\/yanbian\?at=/);
  const at = new URL(page.url()).searchParams.get('at')?.split(',').map(Number) ?? [];
  expect(at[0]).toBeCloseTo(hunchun?.lat ?? 0, 1);
  expect(at[1]).toBeCloseTo(hunchun?.lon ?? 0, 1);
  await expect(page.getByRole('heading', { level: 2, name: /^Yanbian/ })).toBeVisible();
});

test('Escape closes the list, then clears the box; no match says so', async ({ page }) => {
  await page.goto('/');
  await typeQuery(page, 'Dandong');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveValue('Dandong');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');

  await page.keyboard.type('zzqqxx');
  await expect(page.getByTestId('search-message')).toHaveText('No matches');
  await expect(page.getByTestId('search-status')).toHaveText('No matches');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
});

test('the open list has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  await typeQuery(page, 'Dandong');
  await page.keyboard.press('ArrowDown');
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });

  test('the search box fits under the title, inside the screen, and its list covers the map', async ({ page }) => {
    await page.goto('/');
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    const box = await searchBox(page).boundingBox();
    if (!title || !box) throw new Error('title or search box not laid out');
    expect(box.y).toBeGreaterThanOrEqual(title.y + title.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await typeQuery(page, '단동');
    const list = await results(page).boundingBox();
    expect(list && list.x >= 0 && list.x + list.width <= 375).toBe(true);
    await option(page, /^Dandong/).tap();
    await expect(page).toHaveURL(/\/regions\/dandong$/);
  });
});
