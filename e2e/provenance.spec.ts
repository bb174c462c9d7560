import { drawnPins, expect, test, waitForMapReady } from './fixtures/app';
import { dataset, emptyView, expectedSelection } from './fixtures/data';

const STRONGEST = ['official-document', 'investigation'];

test('?confidence narrows the counts, the list and the map', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  await expect.poll(async () => (await drawnPins(page)).length).toBeGreaterThan(0);
  const allPins = (await drawnPins(page)).length;

  await page.goto(`/?confidence=${STRONGEST.join(',')}`);
  await waitForMapReady(page);
  const expected = expectedSelection({ confidence: STRONGEST });
  await expect(page.getByTestId('report-list')).toHaveAttribute('data-count', String(expected.total));
  expect(expected.total).toBeLessThan(dataset.reports.length);
  await expect(page.getByRole('button', { name: 'Official documents and investigations' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(async () => (await drawnPins(page)).length).toBeLessThan(allPins);
});

test('an unknown confidence label is dropped and the URL rewritten', async ({ page }) => {
  await page.goto('/?confidence=bogus,relay');
  await expect(page).toHaveURL(/\/\?confidence=relay$/);
  await expect(page.getByTestId('report-list')).toHaveAttribute(
    'data-count',
    String(expectedSelection({ confidence: ['relay'] }).total),
  );
});

test("a corroborated report's card links the other records of its event", async ({ page }) => {
  const withEvent = dataset.reports.find((report) => report.event !== undefined);
  if (!withEvent?.event) throw new Error('no record has an event');
  const siblings = dataset.reports.filter((report) => report.event === withEvent.event && report.id !== withEvent.id);
  await page.goto(`/?report=${withEvent.id}`);
  const card = page.getByTestId('open-report').locator(`article[data-report-id="${withEvent.id}"]`);
  const also = card.getByTestId('also-reported');
  await expect(also).toBeVisible();
  for (const sibling of siblings) await expect(also.locator(`[data-sibling="${sibling.id}"]`)).toHaveCount(1);
  await expect(card.getByRole('link', { name: /Read the source/ })).toHaveAttribute('href', withEvent.source.url);
  await also.locator(`[data-sibling="${siblings[0]?.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`report=${siblings[0]?.id}`));
});

test('the legend explains the marker styles and the hatch of "no report found"; a wide screen opens it', async ({
  page,
}) => {
  await page.goto('/');
  // Open without a click on a wide screen; closed in the HTML, so a phone's static map is not covered.
  await expect(page.getByTestId('legend')).toHaveAttribute('open', '');
  const legend = page.getByTestId('legend-provenance');
  await expect(legend).toContainText('Faded: a relay');
  await expect(legend).toContainText('Outer ring: two or more independent accounts');
  await expect(page.getByTestId('legend')).toContainText('Hatched: searched, no report found');
});

test('"no report found (searched)" reads differently from "nothing under the current filters"', async ({ page }) => {
  const searched = dataset.coverage.find((entry) => entry.status === 'none-found');
  if (!searched) throw new Error('every prefecture has a report');
  await page.goto(`/regions/${searched.region}`);
  const noneFound = page.getByTestId('none-found');
  await expect(noneFound).toContainText(`No report found (searched ${searched.searches.length} times)`);
  await expect(noneFound.locator('li')).toHaveCount(searched.searches.length);

  const empty = emptyView();
  await page.goto(`/regions/dandong?sector=${empty.sectors?.join(',')}&from=${empty.from}&to=${empty.to}`);
  await expect(page.getByTestId('empty-state')).toContainText('No report matches');
  await expect(page.getByTestId('none-found')).toHaveCount(0);
});

test('hovering a marker says how many reports and outlets stand behind it', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const pin = (await drawnPins(page)).at(-1);
  if (!pin) throw new Error('no pin on the map');
  await page.mouse.move(pin.x, pin.y);
  const label = page.getByTestId('hover-label').or(page.getByTestId('marker-label'));
  await expect(label).toContainText(/\d+ reports? here, from \d+ outlets?/);
});
