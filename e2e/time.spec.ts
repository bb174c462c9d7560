import { expect, test, waitForMapReady } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { expectedSelection } from './fixtures/data';
import { oracleComparison, oracleListed, oraclePrefectureChanges, oracleUndated } from './fixtures/oracle';

const years = expectedSelection({}).years.map((year) => year.year);
const first = years[0] ?? 2001;

test('brushing the chart by keyboard sets from and to', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const start = page.locator('[data-time-slider="start"]');
  await start.focus();
  for (let step = 0; step < 3; step += 1) await start.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`[?&]from=${first + 3}&to=${years[years.length - 1]}`));
  const end = page.locator('[data-time-slider="end"]');
  await end.focus();
  await end.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`from=${first + 3}&to=${years[years.length - 2]}`));
  // Shift+arrows move the whole window, keeping its length.
  await start.focus();
  await start.press('Shift+ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`from=${first + 2}&to=${years[years.length - 3]}`));
  await expect(page.getByTestId('report-list')).toHaveAttribute(
    'data-count',
    String(expectedSelection({ from: String(first + 2), to: String(years[years.length - 3]) }).total),
  );
});

test('event marks are reachable by keyboard, and the chart has no serious axe violations', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const summary = page.getByTestId('timeline-events').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const firstEvent = page.getByTestId('timeline-events').locator('li a').first();
  await expect(firstEvent).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(firstEvent).toBeFocused();
  expect(await seriousViolations(page, '[data-testid="time-chart"]')).toEqual([]);
});

test('a comparison link shows both periods in the panel and shades the map differently', async ({ page }) => {
  // Two map loads and a canvas comparison: slow on a busy 2-core machine.
  test.slow();
  const expected = oracleComparison({ from: '2020', to: '2026' }, { from: '2017', to: '2019' });

  await page.goto('/?from=2020&to=2026');
  await waitForMapReady(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  const single = await canvas.screenshot();

  await page.goto('/?from=2020&to=2026&compare=2017..2019');
  await waitForMapReady(page);
  const panel = page.getByTestId('compare-panel');
  await expect(panel.getByRole('heading')).toHaveText(
    `Liaoning and Jilin: ${expected.baseline} reports in 2017–2019, ${expected.focus} in 2020–2026`,
  );
  await expect(page.getByTestId('legend-change')).toBeAttached();
  await expect(page).toHaveTitle(
    new RegExp(`^Liaoning and Jilin: ${expected.baseline} reports in 2017–2019, ${expected.focus} in 2020–2026`),
  );
  await expect(page.getByTestId('baseline-key')).toContainText('2017 – 2019');
  if (expected.straddling === 0) await expect(page.getByTestId('compare-straddling')).toHaveCount(0);
  else await expect(page.getByTestId('compare-straddling')).toContainText(`${expected.straddling} report`);
  await expect.poll(async () => (await canvas.screenshot()).equals(single), { timeout: 10_000 }).toBe(false);

  // Stop comparing keeps the window and drops the baseline.
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page).toHaveURL(/\/\?from=2020&to=2026$/);
  await expect(panel).toHaveCount(0);
});

test('a comparison answers: places open, largest change first, the answer in a line, bins that tell changes apart', async ({
  page,
}) => {
  const focus = { from: '2020', to: '2026' };
  const baseline = { from: '2017', to: '2019' };
  const expected = oraclePrefectureChanges(focus, baseline);
  const size = (row: { baseline: number; focus: number }) => Math.abs(row.focus - row.baseline);
  const largest = Math.max(...expected.map(size));

  await page.goto('/?from=2020&to=2026&compare=2017..2019');
  await waitForMapReady(page);
  const places = page.getByTestId('compare-places');
  // Open without a click.
  await expect(places).toBeVisible();
  const rows = await places.locator('tbody tr').evaluateAll((all) =>
    all.map((row) => ({
      kind: row.getAttribute('data-kind'),
      slug: row.getAttribute('data-slug'),
      baseline: Number(row.children[1]?.textContent),
      focus: Number(row.children[2]?.textContent),
    })),
  );
  const prefectures = rows.filter((row) => row.kind === 'prefecture');
  expect(
    prefectures
      .map(({ slug, baseline: before, focus: after }) => ({ slug, baseline: before, focus: after }))
      .sort((a, b) => String(a.slug).localeCompare(String(b.slug))),
  ).toEqual([...expected].sort((a, b) => a.slug.localeCompare(b.slug)));
  // Sorted by the size of the change, whatever its sign; province-wide reports have rows of their own.
  for (let index = 1; index < rows.length; index += 1)
    expect(size(rows[index] ?? { baseline: 0, focus: 0 })).toBeLessThanOrEqual(
      size(rows[index - 1] ?? { baseline: 0, focus: 0 }),
    );
  expect(rows.filter((row) => row.kind === 'province').length).toBeGreaterThan(0);
  const top = expected.filter((row) => size(row) === largest)[0];
  if (!top) throw new Error('no change in the data');
  await expect(page.getByTestId('compare-largest')).toContainText(`${top.baseline} → ${top.focus}`);
  await expect(page.getByTestId('compare-largest')).toHaveText(/^Largest change: /);
  // The legend's outermost classes end at the largest change.
  await expect(page.getByTestId('legend-change').locator('li').first()).toContainText(`−${largest}`);
  await expect(
    page.getByTestId('legend-change').locator('li[data-change="none"]').locator('xpath=preceding-sibling::li[1]'),
  ).toContainText(`+${largest}`);
});

test('"Compare with…" sets a turning point; a compare without a window is dropped', async ({ page }) => {
  await page.goto('/regions/dandong');
  // A choice made before hydration is not React's to see: wait until the page is interactive.
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await page.getByTestId('compare-select').selectOption('deadline');
  await expect(page).toHaveURL(
    new RegExp(`/regions/dandong\\?from=2020&to=${years[years.length - 1]}&compare=2017..2019`),
  );
  await expect(page.getByTestId('compare-panel').getByRole('heading')).toContainText(
    /^Dandong: \d+ reports? in 2017–2019/,
  );

  await page.goto('/regions/dandong?compare=2017..2019&sector=textile');
  await expect(page).toHaveURL(/\/regions\/dandong\?sector=textile$/);
  await expect(page.getByTestId('compare-panel')).toHaveCount(0);
});

test('Play steps through the years without writing the URL, Pause stops and writes the year shown', async ({
  page,
}) => {
  await page.goto('/?sector=textile');
  await waitForMapReady(page);
  const play = page.getByTestId('play');
  await play.click();
  const status = page.getByTestId('play-status');
  await expect(status).toHaveText(`Showing ${first}`);
  await expect(status).toHaveText(`Showing ${first + 1}`, { timeout: 15_000 });
  await expect(page).toHaveURL(/\/\?sector=textile$/);
  await expect(play).toHaveText(/Pause/);
  await play.press('Space');
  await expect(status).toHaveText('');
  await expect(play).toHaveText(/Play/);
  const url = new URL(page.url());
  const year = Number(url.searchParams.get('from'));
  expect(year).toBeGreaterThan(first);
  expect(url.searchParams.get('to')).toBe(String(year));
  const expected = expectedSelection({ sectors: ['textile'], from: String(year), to: String(year) }).total;
  if (expected === 0) await expect(page.getByTestId('empty-state')).toBeVisible();
  else await expect(page.getByTestId('report-list')).toHaveAttribute('data-count', String(expected));
});

test('a window of three years or less gets month bars; clicking one narrows the window to it', async ({ page }) => {
  await page.goto('/?from=2020&to=2021');
  const chart = page.getByTestId('month-chart');
  await expect(chart.locator('rect[data-month]')).toHaveCount(24);
  const withReports = expectedSelection({ from: '2020', to: '2021' }).months?.months.find((month) => month.count > 0);
  if (!withReports) throw new Error('no month with reports in 2020-2021');
  await chart.locator(`rect[data-month="${withReports.month}"]`).click();
  await expect(page).toHaveURL(new RegExp(`from=${withReports.month}&to=${withReports.month}`));
  await page.goto('/?from=2010&to=2020');
  await expect(page.getByTestId('time-chart')).toBeVisible();
  await expect(page.getByTestId('month-chart')).toHaveCount(0);
});

test('a window lists the undated reports apart, under the chart, instead of dropping them', async ({ page }) => {
  const undated = oracleUndated({});
  await page.goto('/?from=2020');
  const button = page.getByTestId('undated');
  await expect(button).toHaveText(`${undated.length} undated reports`);
  await button.click();
  const list = page.getByTestId('pin-selection');
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(`${undated.length} undated reports`);
  await expect(list.locator('ol > li')).toHaveCount(undated.length);
});

test('the time filter says which date places a report, and how many of those shown are dated loosely', async ({
  page,
}) => {
  const view = { region: 'dandong', sectors: ['textile'] };
  // A year alone or a range fixes no month: counted here from the raw records.
  const loose = oracleListed(view).filter((report) => {
    const date = report.observed ?? report.published;
    return date !== undefined && (date.includes('..') || date.length === 4);
  }).length;
  await page.goto('/regions/dandong?sector=textile');
  await waitForMapReady(page);
  const rule = page.getByTestId('date-rule');
  await expect(rule).toContainText('Dated by the time a report describes, else by its publication.');
  if (loose === 0) await expect(rule).not.toContainText('dated only to a year');
  else await expect(rule).toContainText(`${loose} report${loose === 1 ? '' : 's'} shown`);

  await page.goto('/ko/regions/dandong?sector=textile');
  await waitForMapReady(page);
  await expect(page.getByTestId('date-rule')).toContainText('보도가 다루는 시기로');
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
])
  test(`the Play button stays where it was clicked while playback runs (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    // A phone starts with the static map: playback then runs without waiting for the interactive one.
    if (viewport.width < 768) await expect(page.getByTestId('map-preview')).toBeVisible();
    else await waitForMapReady(page);
    await expect(page.getByTestId('report-list')).toHaveAttribute('data-count', String(expectedSelection({}).total));
    const play = page.getByTestId('play');
    await play.scrollIntoViewIfNeeded();
    const box = async () => {
      const measured = await play.boundingBox();
      if (!measured) throw new Error('the Play button is not drawn');
      return { x: Math.round(measured.x), y: Math.round(measured.y) };
    };
    const before = await box();
    await play.click();
    const status = page.getByTestId('play-status');
    await expect(status).toHaveText(`Showing ${first}`);
    // A one-year step brings in the month bars; the button must not move under the pointer.
    expect(await box()).toEqual(before);
    await expect(status).toHaveText(`Showing ${first + 1}`, { timeout: 15_000 });
    expect(await box()).toEqual(before);
    await play.click();
    await expect(status).toHaveText('');
    expect(await box()).toEqual(before);
  });
