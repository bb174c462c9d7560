import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCsv } from '../lib/export/tables';
import { FIRST_PAINT_CARDS } from '../lib/data/page-data';
import type { Report } from '../lib/data/schema';
import { expect, test, waitForMapReady } from './fixtures/app';
import { dataset, expectedSelection } from './fixtures/data';

// The report index comes with the first load; the texts (summaries, notes, headlines) only when something needs them.
const TEXTS = /\/assets\/report-texts\.[0-9a-f]{12}\.json$/;
const INDEX = /\/assets\/report-index\.[0-9a-f]{12}\.json$/;
const DESCRIPTIONS = /\/assets\/descriptions\.en\.[0-9a-f]{12}\.json$/;
const pathOf = (url: string) => new URL(url).pathname;
/** The requests for one file among those the page made, by path. */
const requestsFor = (urls: readonly string[], file: RegExp) => urls.map(pathOf).filter((path) => file.test(path));

const reportsById = new Map(dataset.reports.map((report) => [report.id, report]));
function whole(id: string): Report {
  const report = reportsById.get(id);
  if (!report) throw new Error(`no report ${id}`);
  return report;
}

/** Holds the texts file back until `release` is called: the state in between can be looked at. */
async function holdTexts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(TEXTS, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a desktop reader who loads / and waits never downloads the texts; a filter brings cards with summaries', async ({
  page,
  requestedUrls,
}) => {
  await page.goto('/');
  await waitForMapReady(page);
  expect(requestsFor(requestedUrls, INDEX).length > 0).toBe(true);
  expect(requestsFor(requestedUrls, TEXTS)).toEqual([]);
  // The first cards' summaries are in the page itself.
  const [first] = expectedSelection({}).listed;
  if (!first) throw new Error('no reports');
  await expect(page.locator(`article[data-report-id="${first.id}"]`)).toContainText(whole(first.id).summary);
  expect(requestsFor(requestedUrls, TEXTS)).toEqual([]);

  await page.locator('[data-sector-toggle="textile"]').click();
  const textile = expectedSelection({ sectors: ['textile'] });
  const list = page.getByTestId('report-list');
  await expect(list).toHaveAttribute('data-count', String(textile.total));
  for (const { id } of textile.listed.slice(0, FIRST_PAINT_CARDS))
    await expect(list.locator(`article[data-report-id="${id}"]`)).toContainText(whole(id).summary);
  await expect(list.getByTestId('summary-loading')).toHaveCount(0);
  expect(requestsFor(requestedUrls, TEXTS)).toHaveLength(1);
});

test("the filters' descriptions wait for a pointer: none on a first load left alone, a tooltip once one passes over", async ({
  page,
  requestedUrls,
}) => {
  await page.goto('/');
  await waitForMapReady(page);
  expect(requestsFor(requestedUrls, DESCRIPTIONS)).toEqual([]);
  const textile = page.locator('[data-sector-toggle="textile"]');
  await expect(textile).not.toHaveAttribute('title');

  await textile.hover();
  const description = dataset.sectors.find((sector) => sector.key === 'textile')?.description;
  if (!description) throw new Error('no textile description');
  await expect(textile).toHaveAttribute('title', description);
  expect(requestsFor(requestedUrls, DESCRIPTIONS)).toHaveLength(1);
  // A pointer is not a reach for the data: the texts still wait.
  expect(requestsFor(requestedUrls, TEXTS)).toEqual([]);
});

test('cards waiting for their texts show their header and a loading line, then their summary', async ({ page }) => {
  const release = await holdTexts(page);
  await page.goto('/?sector=textile');
  const textile = expectedSelection({ sectors: ['textile'] });
  const onFirstPage = new Set(
    expectedSelection({})
      .listed.slice(0, FIRST_PAINT_CARDS)
      .map((report) => report.id),
  );
  const waiting = textile.listed.slice(0, FIRST_PAINT_CARDS).find((report) => !onFirstPage.has(report.id));
  if (!waiting) throw new Error('every textile card shown is among the first cards of /');
  const card = page.getByTestId('report-list').locator(`article[data-report-id="${waiting.id}"]`);
  const loading = card.getByTestId('summary-loading');
  await expect(loading).toHaveText('Loading the summary…');
  await expect(loading).toHaveAttribute('aria-busy', 'true');
  // The source's address comes with the texts: no link that leads nowhere until then.
  await expect(card.getByRole('heading').getByRole('link')).toHaveCount(0);
  // The outlet is never passed off as the headline while the headline is on its way.
  await expect(card.getByRole('heading')).toContainText(`${waiting.source.outlet} article (headline loading…)`);
  await expect(card).not.toContainText(whole(waiting.id).summary);

  release();
  await expect(card).toContainText(whole(waiting.id).summary);
  await expect(card.getByRole('heading').getByRole('link')).toHaveAttribute('href', waiting.source.url);
  await expect(card.getByTestId('summary-loading')).toHaveCount(0);
  await waitForMapReady(page);
});

test('a report opened by link, not among the first cards, opens with its summary', async ({ page }) => {
  const first = new Set(
    expectedSelection({ region: 'dandong' })
      .listed.slice(0, FIRST_PAINT_CARDS)
      .map((r) => r.id),
  );
  const report = expectedSelection({ region: 'dandong' }).listed.find((candidate) => !first.has(candidate.id));
  if (!report) throw new Error('Dandong has no report beyond its first cards');
  await page.goto(`/regions/dandong?report=${report.id}`);
  const card = page.getByTestId('open-report').locator(`article[data-report-id="${report.id}"]`);
  await expect(card).toContainText(whole(report.id).summary);
  await expect(page).toHaveURL(new RegExp(`\\?report=${report.id}$`));
  await waitForMapReady(page);
});

test('the CSV of a view waits for the texts and carries every summary', async ({ page }) => {
  const release = await holdTexts(page);
  await page.goto('/');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Download this view' }).click();
  const downloaded = page.waitForEvent('download');
  await page.locator('[data-format="csv"]').click();
  await expect(page.getByTestId('view-tools-status')).toHaveText('Loading the reports of this view…');
  release();
  const download = await downloaded;
  const [header, ...rows] = parseCsv((await readFile(await download.path())).toString('utf8'));
  const idColumn = header?.indexOf('id') ?? -1;
  const summaryColumn = header?.indexOf('summary') ?? -1;
  expect(summaryColumn).toBeGreaterThan(-1);
  // One row per place of each report.
  const ids = expectedSelection({}).listed.map((report) => report.id);
  expect(new Set(rows.map((row) => row[idColumn]))).toEqual(new Set(ids));
  for (const row of rows) expect(row[summaryColumn]).toBe(whole(row[idColumn] ?? '').summary);
});
