import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { bibtexUrl } from '../lib/export/citation';
import { parseCsv } from '../lib/export/tables';
import { expect, test, waitForMapReady } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { dataset, emptyView, expectedSelection } from './fixtures/data';
import { serialize } from '../lib/view/url-state';
import { DEFAULT_STATE } from '../lib/view/view-state';

async function downloadFrom(page: Page, item: string) {
  await page.getByRole('button', { name: 'Download this view' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(item).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: await readFile(path) };
}

test('filtered to textile, the CSV holds only the textile reports of the view', async ({ page }) => {
  await page.goto('/?sector=textile');
  await waitForMapReady(page);
  const expected = expectedSelection({ sectors: ['textile'] });
  await expect(page.getByTestId('report-list')).toHaveAttribute('data-count', String(expected.total));
  const { name, body } = await downloadFrom(page, '[data-format="csv"]');
  expect(name).toBe('nk-workers_textile.csv');
  const [header, ...rows] = parseCsv(body.toString('utf8'));
  const sectorsColumn = header?.indexOf('sectors') ?? -1;
  const idColumn = header?.indexOf('id') ?? -1;
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row[sectorsColumn]?.split(';')).toContain('textile');
  expect(new Set(rows.map((row) => row[idColumn]))).toEqual(new Set(expected.listed.map((report) => report.id)));
});

test('the image download is a PNG of the promised size', async ({ page }) => {
  await page.goto('/regions/dandong?sector=textile');
  await waitForMapReady(page);
  for (const [shape, width, height] of [
    ['landscape', 1600, 900],
    ['square', 1080, 1080],
  ] as const) {
    const { name, body } = await downloadFrom(page, `[data-image="${shape}"]`);
    expect(name).toBe(`nk-workers_dandong_textile.${width}x${height}.png`);
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect(body.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(body.readUInt32BE(16)).toBe(width);
    expect(body.readUInt32BE(20)).toBe(height);
    expect(body.length).toBeGreaterThan(20_000);
  }
  const { name, body } = await downloadFrom(page, '[data-image="svg"]');
  expect(name).toBe('nk-workers_dandong_textile.svg');
  expect(body.toString('utf8')).toContain('Textile reports in Dandong');
});

test('an empty view says no reports match instead of offering an empty file', async ({ page }) => {
  const view = emptyView();
  await page.goto(serialize({ ...DEFAULT_STATE, ...view }));
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByRole('button', { name: 'Download this view' }).click();
  await expect(page.getByTestId('download-empty')).toHaveText(/No reports match/);
  await expect(page.locator('[data-format="csv"]')).toBeDisabled();
});

test("Cite on a card shows the report's BibTeX with its URL, and the dialog passes axe", async ({ page }) => {
  const report = dataset.reports.find((candidate) => candidate.places.some((place) => place.region === 'dandong'));
  if (!report) throw new Error('no Dandong report');
  await page.goto(`/regions/dandong?report=${report.id}`);
  const card = page.getByTestId('open-report').locator(`article[data-report-id="${report.id}"]`);
  await card.getByTestId('cite-report').click();
  const dialog = page.getByTestId('cite-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('citation-text')).toContainText(report.source.url);
  await dialog.getByRole('tab', { name: 'BibTeX' }).click();
  const bibtex = dialog.getByTestId('citation-text');
  await expect(bibtex).toContainText(/^@\w+\{/);
  await expect(bibtex).toContainText(bibtexUrl(report.source.url));
  await expect(bibtex).toContainText(report.id);
  expect(await seriousViolations(page)).toEqual([]);
  // Arrow keys move between formats; Escape closes and gives focus back to the button.
  await dialog.getByRole('tab', { name: 'BibTeX' }).press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'RIS' })).toHaveAttribute('aria-selected', 'true');
  await expect(bibtex).toContainText(`UR  - ${report.source.url}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(card.getByTestId('cite-report')).toBeFocused();
});

test('Cite this view cites the dataset with the link to the view and its filters in words', async ({ page }) => {
  await page.goto('/regions/dandong?sector=textile');
  await page.getByRole('button', { name: 'Cite this view' }).click();
  const dialog = page.getByTestId('cite-dialog');
  await expect(dialog.getByTestId('citation-text')).toContainText('Textile reports in Dandong');
  await expect(dialog.getByTestId('citation-text')).toContainText('/regions/dandong?sector=textile');
});

test('the Download menu works from the keyboard: arrows move through its items, Escape returns to the button', async ({
  page,
}) => {
  await page.goto('/regions/dandong');
  await waitForMapReady(page);
  const button = page.getByRole('button', { name: 'Download this view' });
  // Open it once with the mouse so the data the items need has loaded, then drive it by keys alone.
  await button.click();
  await expect(page.locator('[data-format="csv"]')).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();

  await page.keyboard.press('ArrowDown');
  const items = page.locator(`#${await button.getAttribute('aria-controls')} button`);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('every Cite and Open control on a list of cards has its own name', async ({ page }) => {
  await page.goto('/regions/dandong');
  await waitForMapReady(page);
  const cards = page.getByTestId('report-list').locator('article');
  await expect(cards.nth(2)).toBeVisible();
  const citeNames = await page
    .getByTestId('cite-report')
    .evaluateAll((buttons) => buttons.map((button) => button.textContent?.trim() ?? ''));
  expect(citeNames.length).toBeGreaterThan(2);
  expect(new Set(citeNames).size).toBe(citeNames.length);
  for (const name of citeNames) expect(name).toMatch(/^Cite: ./);
});
