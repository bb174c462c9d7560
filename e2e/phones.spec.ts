/**
 * Phones (issue 22, item 8) and the language links' own scripts: the static map frames the page's region and
 * neither its pill nor the legend covers a region or a name; every control is a 44 x 44 px target for a finger;
 * the title keeps to two lines at 360 px; 한국어 and 中文 are drawn from the shipped fonts, not as boxes.
 */
import type { Locator, Page } from '@playwright/test';
import { LOCALES, NATIVE_NAMES, type Locale } from '../lib/i18n/locales';
import { expect, test } from './fixtures/app';

type Box = { left: number; top: number; right: number; bottom: number };

const PHONES = [
  { name: '390 x 844', viewport: { width: 390, height: 844 } },
  { name: '360 x 740', viewport: { width: 360, height: 740 } },
  { name: '844 x 390 (landscape)', viewport: { width: 844, height: 390 } },
];
/** The whole map, a region that fills much of it, and two at its edge (Dalian at the bottom, Dandong by the pill). */
const MAP_PAGES = [
  { path: '/', region: null },
  { path: '/regions/dandong', region: 'dandong' },
  { path: '/regions/dalian', region: 'dalian' },
  { path: '/regions/yanbian', region: 'yanbian' },
];

const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The static map's names, the page's region and the picture's box, in page coordinates, as drawn inline once the
 * page has its counts, or as the first paint's image (the page's HTML names it; the inline map replaces it right
 * after hydration, in the same box). An image's names are not elements: its SVG is laid over the static map's box
 * with its padding (an `<img>` with `object-fit: contain` places a picture as an SVG's default
 * `preserveAspectRatio` does), measured, and removed.
 */
async function staticMap(page: Page, region: string | null, kind: 'image' | 'inline') {
  return page.evaluate(
    async ({ slug, kind }) => {
      const toBox = (rect: DOMRect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
      const preview = document.querySelector('[data-testid="map-preview"]');
      if (!preview) throw new Error('no static map');
      let root: Element = preview;
      let overlay: HTMLElement | null = null;
      if (kind === 'image') {
        const html = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        const source = html.querySelector('img[data-testid="map-preview"]')?.getAttribute('src');
        if (!source) throw new Error("no static map image in the page's HTML");
        const markup = await (await fetch(source)).text();
        const rect = preview.getBoundingClientRect();
        overlay = document.createElement('div');
        overlay.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;box-sizing:border-box;padding:${getComputedStyle(preview).padding};visibility:hidden`;
        overlay.innerHTML = markup;
        const svg = overlay.querySelector('svg');
        if (!svg) throw new Error('the static map image is not an SVG');
        svg.setAttribute('style', 'display:block;width:100%;height:100%');
        document.body.append(overlay);
        root = overlay;
      }
      const svg = root.querySelector('svg');
      if (!svg) throw new Error('no SVG in the static map');
      const labels = [...svg.querySelectorAll('text')].map((text) => ({
        text: text.textContent ?? '',
        box: toBox(text.getBoundingClientRect()),
      }));
      const shape = slug === null ? null : svg.querySelector(`a[data-slug="${slug}"] path`);
      const result = {
        kind,
        picture: toBox(preview.getBoundingClientRect()),
        drawing: toBox(svg.getBoundingClientRect()),
        region: shape ? toBox(shape.getBoundingClientRect()) : null,
        labels,
      };
      overlay?.remove();
      return result;
    },
    { slug: region, kind },
  );
}

/** The pill that loads the interactive map and the legend's button (closed, the legend is its button). */
async function controlBoxes(page: Page): Promise<{ name: string; box: Box }[]> {
  const boxes: { name: string; box: Box }[] = [];
  for (const [name, locator] of [
    ['the pill', page.getByTestId('show-map')],
    ['the legend', page.getByTestId('legend')],
    ['the legend button', page.getByTestId('legend').locator('summary')],
  ] as const) {
    const box = await locator.boundingBox();
    if (!box) throw new Error(`${name} is not shown`);
    boxes.push({ name, box: { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height } });
  }
  return boxes;
}

async function expectClearStaticMap(page: Page, region: string | null, kind: 'image' | 'inline', where: string) {
  const map = await staticMap(page, region, kind);
  expect(map.labels.length, `${where}: the ${map.kind} map names its regions`).toBeGreaterThan(0);
  for (const control of await controlBoxes(page)) {
    expect(intersects(control.box, map.picture), `${where}: ${control.name} over the ${map.kind} map`).toBe(false);
    for (const label of map.labels)
      expect(intersects(control.box, label.box), `${where}: ${control.name} over "${label.text}"`).toBe(false);
  }
  if (region === null) return;
  // The page's region fills most of the picture in at least one direction, and lies wholly inside it.
  const shape = map.region;
  if (!shape) throw new Error(`${where}: ${region} is not drawn`);
  const { drawing } = map;
  const share = Math.max(
    (shape.right - shape.left) / (drawing.right - drawing.left),
    (shape.bottom - shape.top) / (drawing.bottom - drawing.top),
  );
  expect(share, `${where}: the share of the map ${region} fills`).toBeGreaterThan(0.45);
  expect(shape.left, `${where}: ${region} inside the map`).toBeGreaterThanOrEqual(map.picture.left - 1);
  expect(shape.right).toBeLessThanOrEqual(map.picture.right + 1);
  expect(shape.top).toBeGreaterThanOrEqual(map.picture.top - 1);
  expect(shape.bottom).toBeLessThanOrEqual(map.picture.bottom + 1);
}

for (const phone of PHONES)
  test.describe(`phone ${phone.name}`, () => {
    test.use({ viewport: phone.viewport, isMobile: true, hasTouch: true });

    for (const locale of LOCALES)
      test(`in ${locale}: the static map frames the page's region; the pill and the legend cover no region and no name`, async ({
        page,
      }) => {
        for (const { path, region } of MAP_PAGES) {
          const where = `${prefix(locale)}${path}`;
          await page.goto(`${prefix(locale)}${path}`);
          await expect(page.getByTestId('show-map')).toBeVisible();
          await expect(page.locator('[data-testid="map-preview"] svg text').first()).toBeAttached();
          await expectClearStaticMap(page, region, 'image', `${where} (first paint)`);
          await expectClearStaticMap(page, region, 'inline', `${where} (inline)`);
        }
      });
  });

/** Every control shown (every disclosure opened) narrower or lower than 44 px, and how many were measured. */
async function smallControls(page: Page): Promise<{ measured: number; found: string[] }> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  return page.evaluate(() => {
    const controls = document.querySelectorAll(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]',
    );
    const found: string[] = [];
    let measured = 0;
    for (const control of controls) {
      // The static map's prefecture shapes are the picture itself; the list of regions opens the same pages.
      if (control.closest('svg')) continue;
      const style = getComputedStyle(control);
      const rect = control.getBoundingClientRect();
      if (style.visibility === 'hidden' || (rect.width === 0 && rect.height === 0)) continue;
      // Skip links are 1 px until focused (then they take the same rules as any link).
      if (rect.width <= 1 && rect.height <= 1) continue;
      // A checkbox's target is its label.
      const label = control.matches('input[type="checkbox"], input[type="radio"]') ? control.closest('label') : null;
      const box = (label ?? control).getBoundingClientRect();
      measured += 1;
      if (box.width < 43.5 || box.height < 43.5)
        found.push(
          `${control.tagName.toLowerCase()} "${(control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)} x ${Math.round(box.height)}`,
        );
    }
    return { measured, found };
  });
}

test.describe('touch targets', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const locale of LOCALES)
    test(`in ${locale}, with a finger every control is at least 44 x 44 px`, async ({ page }) => {
      await page.goto(`${prefix(locale)}/regions/dandong`);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      await page.getByTestId('panel').dispatchEvent('pointerdown');
      const firstCard = page.locator('[data-testid="report-list"] article').first();
      await expect(firstCard).toBeVisible();
      const small = await smallControls(page);
      expect(small.measured).toBeGreaterThan(100);
      expect(small.found).toEqual([]);
      // A report open in the panel brings its own controls.
      const id = await firstCard.getAttribute('data-report-id');
      await page.goto(`${prefix(locale)}/regions/dandong?report=${id}`);
      await page.getByTestId('panel').dispatchEvent('pointerdown');
      await expect(page.getByTestId('open-report').locator('article')).toBeVisible();
      expect((await smallControls(page)).found).toEqual([]);
    });
});

test('with a mouse the controls keep their desktop size', async ({ page }) => {
  await page.goto('/');
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(false);
  const chip = await page.locator('[data-sector-toggle]').first().boundingBox();
  expect(chip?.height).toBeLessThan(40);
});

test.describe('the title on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const locale of LOCALES)
    test(`in ${locale} takes at most two lines`, async ({ page }) => {
      await page.goto(`${prefix(locale)}/`);
      const lines = await page.locator('h1').evaluate((heading) => {
        const lineHeight = parseFloat(getComputedStyle(heading).lineHeight);
        return heading.getBoundingClientRect().height / lineHeight;
      });
      expect(lines).toBeLessThanOrEqual(2.05);
    });
});

/**
 * How wide a text is drawn, against the same text in one font alone and a missing glyph (a private-use character) as
 * many times: text drawn from that font measures as the first and not as the second.
 */
function drawnWidths(element: Locator, text: string, fontFamily: string) {
  return element.evaluate(
    (element, { text, fontFamily }) => {
      const style = getComputedStyle(element);
      const measure = (content: string, family: string) => {
        const probe = document.createElement('span');
        probe.style.cssText = `position:absolute;white-space:nowrap;font-size:${style.fontSize};font-weight:${style.fontWeight};font-family:${family}`;
        probe.textContent = content;
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width;
      };
      return {
        width: element.getBoundingClientRect().width,
        font: measure(text, `'${fontFamily}'`),
        boxes: measure('\uE000'.repeat([...text].length), style.fontFamily),
        loaded: document.fonts.check(`${style.fontSize} '${fontFamily}'`, text),
      };
    },
    { text, fontFamily },
  );
}

test.describe('the language links in their own scripts', () => {
  for (const locale of LOCALES)
    test(`on the ${locale} page, 한국어 and 中文 are drawn from the shipped fonts, not as boxes`, async ({
      page,
      requestedUrls,
    }) => {
      await page.goto(`${prefix(locale)}/`);
      const switcher = page.getByTestId('language-switcher');
      await expect(switcher).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect(requestedUrls.some((url) => /language-names-kr\.[^/]*woff2$/.test(url))).toBe(true);
      expect(requestedUrls.some((url) => /language-names-sc\.[^/]*woff2$/.test(url))).toBe(true);
      for (const [name, family] of [
        [NATIVE_NAMES.ko, 'Language Names KR'],
        [NATIVE_NAMES.zh, 'Language Names SC'],
      ] as const) {
        const drawn = await drawnWidths(switcher.getByText(name, { exact: true }), name, family);
        expect(drawn.loaded, `${family} has ${name}`).toBe(true);
        expect(drawn.width, `${name} drawn in ${family}`).toBeCloseTo(drawn.font, 0);
        expect(Math.abs(drawn.width - drawn.boxes), `${name} is not drawn as boxes`).toBeGreaterThan(2);
      }
    });
});

test.describe('the region names fonts', () => {
  test('an English page whose cards quote Korean and Chinese downloads neither names font', async ({
    page,
    requestedUrls,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('report-list').locator('[lang="ko"]').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    expect(requestedUrls.filter((url) => /\/names-(kr|sc)-[^/]*woff2$/.test(url))).toEqual([]);
  });

  test("an English region page draws the region's Chinese and Korean names from them", async ({
    page,
    requestedUrls,
  }) => {
    await page.goto('/regions/dandong');
    await page.evaluate(() => document.fonts.ready);
    const heading = page.getByRole('heading', { level: 2, name: /Dandong/ });
    for (const [lang, name, family] of [
      ['zh-Hans', '丹东', 'Region Names SC'],
      ['ko', '단둥', 'Region Names KR'],
    ] as const) {
      const element = heading.locator(`[lang="${lang}"]`, { hasText: name }).first();
      await element.evaluate((node) =>
        document.fonts.load(`16px '${getComputedStyle(node).fontFamily}'`, node.textContent ?? ''),
      );
      const drawn = await drawnWidths(element, name, family);
      expect(drawn.loaded, `${family} has ${name}`).toBe(true);
      expect(drawn.width, `${name} drawn in ${family}`).toBeCloseTo(drawn.font, 0);
      expect(Math.abs(drawn.width - drawn.boxes), `${name} is not drawn as boxes`).toBeGreaterThan(2);
    }
    expect(requestedUrls.some((url) => /\/names-sc-[^/]*woff2$/.test(url))).toBe(true);
  });
});
