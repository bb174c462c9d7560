import { PNG } from 'pngjs';
import type { Locator, Page } from '@playwright/test';
import {
  anchorPosition,
  drawnPins,
  expect,
  listCount,
  openReportRings,
  placeInMap,
  test,
  waitForMapReady,
} from './fixtures/app';
import { dataset, emptyView, expectedHeading, expectedSelection, sectorKeys, sectors } from './fixtures/data';
import { oracleReports, oracleViewSources } from './fixtures/oracle';

async function canvasPixels(page: Page): Promise<Buffer> {
  return PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot()).data;
}

function differingPixels(a: Buffer, b: Buffer): number {
  let differing = 0;
  for (let offset = 0; offset < Math.min(a.length, b.length); offset += 4) {
    if (a[offset] !== b[offset] || a[offset + 1] !== b[offset + 1] || a[offset + 2] !== b[offset + 2]) differing += 1;
  }
  return differing;
}

async function idleCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('map').getAttribute('data-idle-count')) ?? '0');
}

/** Resolves after the map's next idle event following `action`. */
async function afterNextIdle(page: Page, action: () => Promise<void>) {
  const before = await idleCount(page);
  await action();
  await expect.poll(() => idleCount(page)).toBeGreaterThan(before);
}

/** A sector's chip: its name is the label and its number ("Textile 45 reports"). */
function sectorToggle(page: Page, label: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${label} \\d+ reports?$`) });
}

test('choosing sectors: one shows only it, another adds, choosing again takes away, "All" clears; the map follows', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapReady(page);
  const total = await listCount(page);
  const all = page.locator('[data-sector-all]');
  const textile = sectorToggle(page, 'Textile');
  const restaurants = sectorToggle(page, 'Restaurants');
  await expect(all).toHaveAttribute('aria-pressed', 'true');
  await expect(textile).toHaveAttribute('aria-pressed', 'false');
  // Nothing chosen: a chip's number is what choosing it alone shows.
  await expect(textile).toContainText(String(expectedSelection({ sectors: ['textile'] }).total));
  const pixelsBefore = await canvasPixels(page);

  // One choice, timed from the click to the map's next idle (both in page time), for the record.
  const idleBefore = await idleCount(page);
  const clickedAt = await page.evaluate(() => {
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>('[data-sector-toggle="restaurants"]')?.click();
    return t0;
  });
  await expect.poll(() => idleCount(page)).toBeGreaterThan(idleBefore);
  const idleAt = Number(await page.getByTestId('map').getAttribute('data-last-idle-at'));
  const toggleToIdle = Math.round(idleAt - clickedAt);
  test.info().annotations.push({ type: 'toggle-to-idle-ms', description: String(toggleToIdle) });
  console.log(`sector toggle → map idle: ${toggleToIdle} ms`);
  await expect(restaurants).toHaveAttribute('aria-pressed', 'true');
  await expect(all).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/[?&]sector=restaurants(&|$)/);
  expect(await listCount(page)).toBe(expectedSelection({ sectors: ['restaurants'] }).total);

  // A second sector adds its reports; choosing the first again takes it away.
  await afterNextIdle(page, () => textile.click());
  await expect(page).toHaveURL(/[?&]sector=restaurants,textile(&|$)/);
  expect(await listCount(page)).toBe(expectedSelection({ sectors: ['restaurants', 'textile'] }).total);
  await afterNextIdle(page, () => restaurants.click());
  await expect(textile).toHaveAttribute('aria-pressed', 'true');
  for (const sector of sectors.filter((candidate) => candidate.key !== 'textile'))
    await expect(page.locator(`[data-sector-toggle="${sector.key}"]`)).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/[?&]sector=textile(&|$)/);

  // The list, its heading and the chip say the same number, and it is the data's.
  const expected = expectedSelection({ sectors: ['textile'] });
  expect(await listCount(page)).toBe(expected.total);
  expect(expected.total).toBeLessThan(total);
  await expect(
    page.getByRole('heading', { name: `Textile reports in Liaoning and Jilin: ${expected.total}` }),
  ).toBeVisible();
  await expect(textile).toContainText(String(expected.total));
  const cards = page.getByTestId('report-list').locator('article');
  for (const card of (await cards.all()).slice(0, 5)) await expect(card).toContainText('Textile');
  const after = await canvasPixels(page);
  expect(differingPixels(pixelsBefore, after)).toBeGreaterThan(200);

  await afterNextIdle(page, () => all.click());
  await expect(page).toHaveURL(/\/$/);
  expect(await listCount(page)).toBe(total);
});

test('selecting Dandong shows its reports and its three names', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  await page.getByLabel('Region', { exact: true }).selectOption('dandong');
  await expect(page).toHaveURL(/\/regions\/dandong$/);
  const summary = page.getByTestId('region-summary');
  await expect(summary.getByRole('heading', { level: 2 })).toContainText('Dandong');
  await expect(summary).toContainText('丹东');
  await expect(summary).toContainText('단둥');
  await expect(page.getByRole('heading', { name: /Reports in Dandong/ })).toBeVisible();
  expect(await listCount(page)).toBeGreaterThan(20);
});

test('a sentence under the heading says the view in words, from the data, and is announced when it changes', async ({
  page,
}) => {
  const sentence = (view: Parameters<typeof oracleViewSources>[0]) => {
    const { total, first, last, own } = oracleViewSources(view);
    const years = first === null ? [] : [first === last ? `${first}` : `${first}–${last}`];
    return [
      `${total} report${total === 1 ? '' : 's'}`,
      ...years,
      `${own} from the outlet${own === 1 ? '' : 's'}’ own reporting`,
    ].join(', ');
  };
  await page.goto('/regions/dandong?sector=textile');
  await expect(page.getByTestId('view-sentence')).toHaveText(sentence({ region: 'dandong', sectors: ['textile'] }));
  const announcement = page.getByTestId('view-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(announcement).toHaveText(
    `Textile reports in Dandong: ${sentence({ region: 'dandong', sectors: ['textile'] })}`,
  );
  // A filter changes the view: the live region says the new one (the list itself remounts, so it cannot).
  await page.locator('[data-sector-toggle="restaurants"]').click();
  await expect(announcement).toHaveText(
    `${expectedHeading({ region: 'dandong', sectors: ['restaurants', 'textile'] })}: ${sentence({ region: 'dandong', sectors: ['restaurants', 'textile'] })}`,
  );
  expect(oracleReports.length).toBeGreaterThan(0);
});

test('the first screen says what the data rests on and links to how to read the map', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('data-scope')).toHaveText(
    new RegExp(`^${oracleReports.length} reports from \\d+ independent outlets$`),
  );
  const outlets = Number((await page.getByTestId('data-scope').textContent())?.match(/from (\d+)/)?.[1]);
  // Editions and copies of one outlet count once, so there are fewer than distinct outlet names.
  expect(outlets).toBeLessThan(new Set(oracleReports.map((report) => report.source.outlet)).size);
  await page.getByRole('link', { name: 'How to read this map' }).click();
  await expect(page).toHaveURL(/\/about#how-to-read$/);
  await expect(page.locator('#how-to-read')).toBeInViewport();
  // The About page counts the same outlets.
  await expect(page.getByRole('main')).toContainText(`from ${outlets} independent outlets`);
});

test('clicking a prefecture on the map selects it', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  // Tonghua has few reports, so its label point is not covered by markers.
  const tonghua = await anchorPosition(page, 'tonghua');
  await page.mouse.click(tonghua.x + 25, tonghua.y + 25);
  await expect(page).toHaveURL(/\/regions\/tonghua$/);
  await expect(page.getByTestId('region-summary')).toContainText('Tonghua');
});

/** A marker nothing is drawn over: later sectors' markers are drawn on top of earlier ones (drawing order). */
async function uncoveredPin(page: Page, single: boolean) {
  const pins = (await drawnPins(page)).map((pin) => ({ ...pin, report: pin.reportId, size: pin.clusterSize }));
  for (let index = pins.length - 1; index >= 0; index -= 1) {
    const pin = pins[index];
    if (!pin || (single ? pin.report === null : pin.report !== null)) continue;
    const covered = pins.slice(index + 1).some((other) => Math.hypot(other.x - pin.x, other.y - pin.y) < 22);
    if (!covered) return pin;
  }
  throw new Error('every marker is covered by another');
}

/** Clicks a point given in page coordinates (the probe's). */
async function clickMapAt(page: Page, x: number, y: number) {
  await page.mouse.click(x, y);
}

test('clicking a pin opens its card', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const pin = await uncoveredPin(page, true);
  await clickMapAt(page, pin.x, pin.y);
  const open = page.getByTestId('open-report');
  await expect(open.locator(`article[data-report-id="${pin.report}"]`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`report=${pin.report}`));
});

test('a cluster of reports at one city opens them all as a list', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const cluster = await uncoveredPin(page, false);
  expect(cluster.size).toBeGreaterThan(1);
  await clickMapAt(page, cluster.x, cluster.y);
  // A report naming two nearby cities is two points in one cluster, so distinct reports can be fewer than points.
  const articles = page.getByTestId('pin-selection').locator('article');
  await expect(articles.first()).toBeVisible();
  const count = await articles.count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(cluster.size);

  // The list is in the address: its ids, sorted, so the link opens the same list anywhere.
  const ids = await articles.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-report-id') ?? ''));
  const listed = new URL(page.url()).searchParams.get('list')?.split(',') ?? [];
  expect(listed).toEqual([...ids].sort());
  const heading = await page.getByTestId('pin-selection').getByRole('heading', { level: 2 }).textContent();
  // The heading names the place every listed report names, else says "here".
  const names = ids.map(
    (id) => new Set(dataset.reports.find((report) => report.id === id)?.places.map((place) => place.name)),
  );
  const shared = [...(names[0] ?? [])].find((name) => names.every((set) => set.has(name)));
  expect(heading).toBe(shared ? `${count} reports at ${shared}` : `${count} reports here`);
  const link = page.url();
  await page.goto('/');
  await page.goto(link);
  await expect(page.getByTestId('pin-selection').locator('article')).toHaveCount(count);
  await expect(page.getByTestId('pin-selection').getByRole('heading', { level: 2 })).toHaveText(heading ?? '');
  // Back closes it (the entry before the list), Forward reopens it.
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.getByTestId('pin-selection')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('list')).toBe(false);
  await page.goBack();
  await expect(page.getByTestId('pin-selection').locator('article')).toHaveCount(count);
});

test('an empty filter result offers a one-click reset', async ({ page }) => {
  const empty = emptyView();
  await page.goto(`/?sector=${empty.sectors?.join(',')}&from=${empty.from}&to=${empty.to}`);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await listCount(page)).toBe(expectedSelection({}).total);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('shows the map on top and the panel as a bottom sheet, with no horizontal scrolling', async ({ page }) => {
    await page.goto('/regions/dandong');
    // Phones start with the static map; the interactive one loads on request.
    await expect(page.getByTestId('map-preview')).toBeVisible();
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-status', 'waiting');
    await page.getByRole('button', { name: 'Show interactive map' }).click();
    await waitForMapReady(page);
    await expect(page.getByTestId('map-preview')).toHaveCount(0);
    const map = await page.getByTestId('map').boundingBox();
    const panel = await page.getByTestId('panel').boundingBox();
    if (!map || !panel) throw new Error('layout missing');
    expect(map.y).toBeLessThan(panel.y);
    expect(panel.y).toBeGreaterThan(844 * 0.3);
    expect(panel.width).toBeGreaterThanOrEqual(389);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expect(page.getByTestId('region-summary')).toContainText('단둥');
  });
});

test('keyboard only: every filter is reachable and a report opens', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const reached = new Set<string>();
  for (let step = 0; step < 120; step += 1) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement)) return '';
      return active.dataset.sectorToggle ?? active.dataset.conditionToggle ?? active.id ?? '';
    });
    if (key) reached.add(key);
    if (reached.has('region-picker')) break;
  }
  for (const sector of sectorKeys) expect(reached).toContain(sector);
  expect(reached).toContain('period-from-year');
  expect(reached).toContain('region-picker');

  // A sector chip works from the keyboard.
  await page.locator('[data-sector-toggle="textile"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-sector-toggle="textile"]')).toHaveAttribute('aria-pressed', 'true');

  // Open a report with the keyboard.
  const openButton = page.getByRole('button', { name: /^Open this report/ }).first();
  await openButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('open-report').locator('article')).toBeVisible();
});

test.describe('the report in focus', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('opening a report from its card scrolls it into view, focuses it and rings its places; closing returns focus', async ({
    page,
  }) => {
    await page.goto('/regions/dandong');
    await waitForMapReady(page);
    const card = page.getByTestId('report-list').locator('article').nth(2);
    const id = await card.getAttribute('data-report-id');
    if (!id) throw new Error('a card without its report id');

    const openButton = card.getByRole('button', { name: /^Open this report/ });
    await openButton.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Open report', level: 2 });
    await expect(heading).toBeFocused();
    await expect(page.getByTestId('open-report').locator('article')).toBeInViewport();
    // A ring around each of its places in view (Dandong's page frames Dandong; a place elsewhere is off screen).
    await expect.poll(async () => (await openReportRings(page)).length).toBeGreaterThan(0);

    // The next Tab goes on from the report, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="open-report"]') !== null)).toBe(
      true,
    );

    await page.getByTestId('open-report').getByRole('button', { name: 'Close report' }).click();
    await expect(page.getByTestId('open-report')).toHaveCount(0);
    await expect(card.getByRole('button', { name: /^Open this report/ })).toBeFocused();
    await expect.poll(async () => (await openReportRings(page)).length).toBe(0);
  });

  test('opening a report from a card moves the map to its place', async ({ page }) => {
    await page.goto('/');
    await waitForMapReady(page);
    // From a card on the overview: the map flies to the report's one place.
    const cards = page.getByTestId('report-list').locator('article');
    const ids = await cards.evaluateAll((articles) =>
      articles.map((article) => article.getAttribute('data-report-id')),
    );
    const single = ids
      .map((id) => dataset.reports.find((candidate) => candidate.id === id))
      .find((candidate) => candidate?.places.length === 1 && candidate.places[0]?.lon !== undefined);
    const singlePlace = single?.places[0];
    if (!single || singlePlace?.lon === undefined || singlePlace.lat === undefined)
      throw new Error('no card with one pin');
    const { lon: cardLon, lat: cardLat } = singlePlace;
    const start = await placeInMap(page, cardLon, cardLat);
    expect(Math.hypot(start.x - 0.5, start.y - 0.5)).toBeGreaterThan(0.1);
    await page
      .getByTestId('report-list')
      .locator(`article[data-report-id="${single.id}"]`)
      .getByRole('button', { name: /^Open this report/ })
      .click();
    await expect
      .poll(async () => {
        const at = await placeInMap(page, cardLon, cardLat);
        return Math.hypot(at.x - 0.5, at.y - 0.5);
      })
      .toBeLessThan(0.05);
  });

  test('a ?report= link frames the report’s place once the index has said where it is', async ({ page }) => {
    // Two map loads, the second waiting for the index: more than one map's share of the time.
    test.slow();
    // A report with one pinned place in Yanbian, far from the overview's centre.
    const report = dataset.reports.find(
      (candidate) =>
        candidate.places.length === 1 &&
        candidate.places[0]?.region === 'yanbian' &&
        candidate.places[0].lon !== undefined &&
        (candidate.published ?? '') >= '2018',
    );
    const place = report?.places[0];
    if (!report || place?.lon === undefined || place.lat === undefined) throw new Error('no pinned Yanbian report');
    const { lon, lat } = place;
    await page.goto('/');
    await waitForMapReady(page);
    const before = await placeInMap(page, lon, lat);
    expect(Math.hypot(before.x - 0.5, before.y - 0.5)).toBeGreaterThan(0.1);
    await page.goto(`/?report=${report.id}`);
    await waitForMapReady(page);
    // The link alone frames the place: centred, once the index has told the page where it is.
    await expect
      .poll(async () => {
        const at = await placeInMap(page, lon, lat);
        return Math.hypot(at.x - 0.5, at.y - 0.5);
      })
      .toBeLessThan(0.05);
    // The framing comes from the report, so the address carries no camera and reloads the same.
    expect(new URL(page.url()).searchParams.has('at')).toBe(false);
  });

  test('a region page keeps its frame for a report whose places lie inside it', async ({ page }) => {
    // On Yanbian's own page the place is inside the frame: the frame stays, Yanbian's label where it was.
    await page.goto('/regions/yanbian');
    await waitForMapReady(page);
    const label = await anchorPosition(page, 'yanbian');
    // The first card whose places all lie in Yanbian (the newest names Changbai, in Baishan, which leaves the frame).
    const yanbianIds = await page
      .getByTestId('report-list')
      .locator('article')
      .evaluateAll((articles) => articles.map((article) => article.getAttribute('data-report-id')));
    const inside = yanbianIds.find((id) => {
      const places = dataset.reports.find((candidate) => candidate.id === id)?.places ?? [];
      return places.every((candidate) => candidate.region === 'yanbian') && places.some((p) => p.lon !== undefined);
    });
    if (!inside) throw new Error('no card pinned only in Yanbian');
    await page
      .getByTestId('report-list')
      .locator(`article[data-report-id="${inside}"]`)
      .getByRole('button', { name: /^Open this report/ })
      .click();
    await expect(page.getByTestId('open-report')).toBeVisible();
    await expect.poll(async () => (await openReportRings(page)).length).toBeGreaterThan(0);
    const after = await anchorPosition(page, 'yanbian');
    expect(Math.abs(after.x - label.x) + Math.abs(after.y - label.y)).toBeLessThan(2);
  });

  test('Back after opening a report puts the panel back where the reader was', async ({ page }) => {
    await page.goto('/regions/dandong');
    await waitForMapReady(page);
    const panel = page.getByTestId('panel');
    const card = page.getByTestId('report-list').locator('article').nth(6);
    await card.scrollIntoViewIfNeeded();
    const before = await panel.evaluate((element) => element.scrollTop);
    expect(before).toBeGreaterThan(100);
    await card.getByRole('button', { name: /^Open this report/ }).click();
    await expect(page.getByTestId('open-report')).toBeVisible();
    // Opening scrolled the panel to the open card at its top.
    await expect.poll(() => panel.evaluate((element) => element.scrollTop)).toBeLessThan(before);
    await page.goBack();
    await expect(page.getByTestId('open-report')).toHaveCount(0);
    await expect.poll(() => panel.evaluate((element) => element.scrollTop)).toBe(before);
    await expect(card).toBeInViewport();
  });

  test('a ?report= link opens with the report in view and in focus', async ({ page }) => {
    const report = dataset.reports.find(
      (candidate) =>
        candidate.places.some((place) => place.region === 'dandong') && (candidate.published ?? '9999') < '2015',
    );
    if (!report) throw new Error('no early Dandong report');
    await page.goto(`/regions/dandong?report=${report.id}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('open-report').locator('article')).toHaveAttribute('data-report-id', report.id);
    await expect(page.getByRole('heading', { name: 'Open report', level: 2 })).toBeFocused();
    await expect(page.getByTestId('open-report').locator('article')).toBeInViewport();
  });
});

test.describe('keyboard paths', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the first Tab stops are skip links to the map and to the reports', async ({ page }) => {
    await page.goto('/regions/dandong');
    await waitForMapReady(page);
    await page.keyboard.press('Tab');
    const toMap = page.getByRole('link', { name: 'Skip to the map' });
    await expect(toMap).toBeFocused();
    await expect(toMap).toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the reports' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#report-list-heading')).toBeFocused();
    // The next Tab goes on inside the list, not back at the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="report-list"]') !== null)).toBe(
      true,
    );
  });

  test('the markers are one tab stop: arrows move a ring through them in reading order and Enter opens their reports', async ({
    page,
  }) => {
    await page.goto('/regions/dandong');
    await waitForMapReady(page);
    const pins = await drawnPins(page);
    expect(pins.length).toBeGreaterThan(1);
    const markers = page.getByTestId('marker-keys');
    await markers.focus();
    await expect(markers).toBeVisible();
    await expect.poll(async () => Number(await markers.getAttribute('data-count'))).toBeGreaterThan(1);
    const ring = page.getByTestId('marker-keys-ring');
    await expect(ring).toBeVisible();
    const first = await ring.boundingBox();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => JSON.stringify(await ring.boundingBox())).not.toBe(JSON.stringify(first));
    const second = await ring.boundingBox();
    if (!first || !second) throw new Error('the ring has no box');
    // Reading order: the second marker is in the same row to the right, or in a lower row.
    expect(second.y + 24 > first.y).toBe(true);
    // The active option's name is the marker's words, as on hover.
    const activeName = await markers.evaluate((box) => {
      const id = box.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
    expect(activeName).toMatch(/\d+ reports? here|report/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pin-selection').or(page.getByTestId('open-report'))).toBeVisible();
  });
});
