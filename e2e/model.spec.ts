/**
 * Model-based test: seeded random sequences of what users do (filters, regions, reports, pans, zooms, back,
 * forward, resizing across 1024 px), checking after every step that the URL, the controls and the panel agree
 * with what the data says that URL shows, and that nothing crashed.
 *
 * `npm test` runs a fixed-seed handful; `npm run test:model` runs the long version. MODEL_SEQUENCES, MODEL_STEPS
 * and MODEL_SEED override either. A failure names its seed: rerun it alone with MODEL_SEED=<seed> MODEL_SEQUENCES=1.
 */
import type { CDPSession, Page } from '@playwright/test';
import { regions, provincesBBox } from '../lib/data/regions';
import { confidenceLevels } from '../lib/data/schema';
import { parse, type Vocabulary } from '../lib/view/url-state';
import { padBBox } from '../lib/map/bbox';
import { expect, test, waitForMapReady } from './fixtures/app';
import { dataset, expectedHeading, expectedSelection, sectorKeys } from './fixtures/data';

const SEQUENCES = Number(process.env.MODEL_SEQUENCES ?? 8);
const STEPS = Number(process.env.MODEL_STEPS ?? 12);
const FIRST_SEED = Number(process.env.MODEL_SEED ?? 20261202);

const vocabulary: Vocabulary = {
  sectors: sectorKeys,
  conditions: dataset.conditions.map((condition) => condition.key),
  confidence: confidenceLevels,
  regions: regions.map((region) => region.slug),
  reports: new Set(dataset.reports.map((report) => report.id)),
  bounds: padBBox(provincesBBox, 0.2),
  zoomRange: [3.5, 12],
};
const years = expectedSelection({}).years.map((year) => String(year.year));

/** mulberry32: a small seeded generator, so a failing sequence can be replayed exactly. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, pick };
}

type Random = ReturnType<typeof generator>;
type Context = { page: Page; cdp: CDPSession; random: Random; wide: () => boolean };
type Action = {
  name: string;
  applies: (context: Context) => Promise<boolean>;
  run: (context: Context) => Promise<string>;
};

async function mapReady(page: Page) {
  return (await page.getByTestId('map').getAttribute('data-map-ready')) === 'true';
}

async function historyEntry(cdp: CDPSession, delta: number): Promise<string | null> {
  const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
  return entries[currentIndex + delta]?.url ?? null;
}

async function dragMap(page: Page, dx: number, dy: number) {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up();
}

const ACTIONS: Action[] = [
  {
    name: 'toggle sector',
    applies: async () => true,
    run: async ({ page, random }) => {
      const key = random.pick(sectorKeys);
      await page.locator(`[data-sector-toggle="${key}"]`).click();
      return `toggle ${key}`;
    },
  },
  {
    name: 'all sectors',
    applies: async () => true,
    run: async ({ page }) => {
      await page.locator('[data-sector-all]').click();
      return 'all sectors';
    },
  },
  {
    name: 'set condition',
    applies: async () => true,
    run: async ({ page, random }) => {
      const key = random.pick(vocabulary.conditions);
      const box = page.locator(`[data-condition-toggle="${key}"]`);
      if (!(await box.isVisible())) await page.getByText('Conditions', { exact: false }).first().click();
      await box.click();
      return `condition ${key}`;
    },
  },
  {
    name: 'set time window',
    applies: async () => true,
    run: async ({ page, random }) => {
      const from = random.pick(['', ...years]);
      const to = random.pick(['', ...years]);
      await page.locator('#period-from-year').selectOption(from);
      await page.locator('#period-to-year').selectOption(to);
      return `time ${from || 'any'}..${to || 'any'}`;
    },
  },
  {
    name: 'select region',
    applies: async () => true,
    run: async ({ page, random }) => {
      const slug = random.pick(['', ...vocabulary.regions]);
      await page.locator('#region-picker').selectOption(slug);
      return `region ${slug || 'both'}`;
    },
  },
  {
    name: 'open report',
    applies: async ({ page }) => (await page.getByRole('button', { name: /^Open this report/ }).count()) > 0,
    run: async ({ page, random }) => {
      const buttons = page.getByRole('button', { name: /^Open this report/ });
      const index = Math.floor(random.next() * Math.min(await buttons.count(), 5));
      await buttons.nth(index).click();
      return `open report #${index}`;
    },
  },
  {
    name: 'close report',
    applies: async ({ page }) => page.getByRole('button', { name: 'Close report' }).isVisible(),
    run: async ({ page }) => {
      await page.getByRole('button', { name: 'Close report' }).click();
      return 'close report';
    },
  },
  {
    name: 'pan',
    applies: async ({ page, wide }) => wide() && mapReady(page),
    run: async ({ page, random }) => {
      const dx = Math.round((random.next() - 0.5) * 300);
      const dy = Math.round((random.next() - 0.5) * 200);
      await dragMap(page, dx, dy);
      return `pan ${dx},${dy}`;
    },
  },
  {
    name: 'zoom',
    applies: async ({ page, wide }) => wide() && mapReady(page),
    run: async ({ page, random }) => {
      const direction = random.pick(['in', 'out'] as const);
      await page.locator(`.maplibregl-ctrl-zoom-${direction}`).click();
      return `zoom ${direction}`;
    },
  },
  {
    name: 'back',
    applies: async ({ cdp, page }) => (await historyEntry(cdp, -1))?.startsWith(new URL(page.url()).origin) ?? false,
    run: async ({ page }) => {
      await page.goBack();
      return 'back';
    },
  },
  {
    name: 'forward',
    applies: async ({ cdp }) => (await historyEntry(cdp, 1)) !== null,
    run: async ({ page }) => {
      await page.goForward();
      return 'forward';
    },
  },
  {
    name: 'resize across 1024 px',
    applies: async () => true,
    run: async ({ page }) => {
      const width = (page.viewportSize()?.width ?? 1440) >= 1024 ? 900 : 1440;
      await page.setViewportSize({ width, height: 900 });
      return `resize to ${width}`;
    },
  },
];

/** What is wrong on screen for the URL's view, or '' when the controls, the panel and the URL agree. */
async function disagreement(page: Page): Promise<string> {
  const { state } = parse(page.url(), vocabulary);
  if ((await page.getByTestId('map-crashed').count()) > 0) return 'the map crashed';
  const selection = expectedSelection({ ...state, at: null, report: null, embed: false });
  const problems: string[] = [];

  const pressed = await page
    .locator('[data-sector-toggle]')
    .evaluateAll((buttons) =>
      buttons
        .filter((button) => button.getAttribute('aria-pressed') === 'true')
        .map((button) => button.getAttribute('data-sector-toggle')),
    );
  if (pressed.join() !== state.sectors.join())
    problems.push(`sectors pressed ${pressed.join()} but URL says ${state.sectors.join()}`);
  const allPressed = await page.locator('[data-sector-all]').getAttribute('aria-pressed');
  if (allPressed !== String(state.sectors.length === 0))
    problems.push(`"All sectors" pressed ${allPressed} with ${state.sectors.length} chosen`);

  const picked = await page.locator('#region-picker').inputValue();
  if (picked !== (state.region ?? '')) problems.push(`region picker ${picked || 'both'} but URL says ${state.region}`);

  const list = page.getByTestId('report-list');
  if (selection.total === 0) {
    // An empty view says so: "no report matches", or for a prefecture where nothing was ever found, the searches.
    const said = (await page.getByTestId('empty-state').count()) + (await page.getByTestId('none-found').count());
    if (said === 0) problems.push('no empty state for an empty view');
  } else {
    const count = Number(await list.getAttribute('data-count'));
    if (count !== selection.total) problems.push(`list shows ${count}, data says ${selection.total}`);
    const heading = (await list.getByRole('heading', { level: 2 }).first().textContent())?.trim();
    if (heading !== `${expectedHeading(state, state.locale)}: ${selection.total}`)
      problems.push(`list heading "${heading}"`);
  }

  const openCard = page.getByTestId('open-report').locator('article');
  const openId = (await openCard.count()) > 0 ? await openCard.getAttribute('data-report-id') : null;
  if (openId !== state.report) problems.push(`open card ${openId} but URL says ${state.report}`);
  return problems.join('; ');
}

for (let index = 0; index < SEQUENCES; index += 1) {
  const seed = FIRST_SEED + index;
  test(`model sequence ${index + 1}/${SEQUENCES} (MODEL_SEED=${seed}, ${STEPS} steps)`, async ({ page }) => {
    test.setTimeout(60_000 + STEPS * 10_000);
    const random = generator(seed);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await waitForMapReady(page);
    const cdp = await page.context().newCDPSession(page);
    const context: Context = { page, cdp, random, wide: () => (page.viewportSize()?.width ?? 0) >= 1024 };
    const done: string[] = [];
    for (let step = 0; step < STEPS; step += 1) {
      const candidates: Action[] = [];
      for (const action of ACTIONS) if (await action.applies(context)) candidates.push(action);
      const action = random.pick(candidates);
      done.push(await action.run(context));
      await expect
        .poll(() => disagreement(page), { message: `seed ${seed}, after: ${done.join(' → ')}`, timeout: 15_000 })
        .toBe('');
    }
    test.info().annotations.push({ type: 'steps', description: done.join(' → ') });
  });
}
