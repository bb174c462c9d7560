/**
 * The site in Korean and Chinese: its own addresses (`/ko/…`, `/zh/…`), every word of the interface in the page's
 * language, region names in its script, English report summaries marked as English, a language switcher that
 * keeps the view, and a real 404 for a language the site does not have.
 */
import type { Page } from '@playwright/test';
import { uiCatalogue } from '../lib/i18n/catalogues';
import type { Locale } from '../lib/i18n/locales';
import { uiEn } from '../lib/i18n/ui-en';
import { expect, listCount, test, waitForMapReady } from './fixtures/app';
import { dataset, expectedHeading, expectedSelection } from './fixtures/data';

const PAGES = [
  { locale: 'ko', lang: 'ko', name: '단둥', title: '단둥 — 랴오닝·지린의 북한 노동자', textile: '섬유·봉제' },
  { locale: 'zh', lang: 'zh-Hans', name: '丹东', title: '丹东 — 辽宁、吉林的朝鲜工人', textile: '纺织服装' },
] as const;

/**
 * Fixed pieces of the English interface (a message without its placeholders), long enough to be English words
 * rather than punctuation, and different from the translation: none may show on a translated page.
 */
function englishFragments(locale: Locale): string[] {
  const translated = uiCatalogue(locale);
  const fragments = new Set<string>();
  for (const [key, message] of Object.entries(uiEn)) {
    const texts = typeof message === 'string' ? [message] : Object.values(message);
    const theirs = Reflect.get(translated, key);
    if (JSON.stringify(theirs) === JSON.stringify(message)) continue;
    // Language names also occur in outlet names, which are data ("Daily NK (Korean edition)").
    if (key.startsWith('language.')) continue;
    for (const text of texts)
      for (const piece of text.split(/\{[a-zA-Z]+\}/))
        if (/[a-z]{3,}.*\s.*[a-z]{3,}|^[A-Z][a-z]{3,}$/.test(piece.trim())) fragments.add(piece.trim());
  }
  return [...fragments];
}

/** Text and accessible names on the page outside elements marked as another language (lang="en", titles…). */
function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const ownLanguage = (element: Element | null) =>
      (element?.closest('[lang]')?.getAttribute('lang') ?? '') === pageLang;
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // Script and style text is not on the page (the hydration data carries our English records).
    const unseen = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!unseen.has(node.parentElement?.tagName ?? '') && ownLanguage(node.parentElement))
        parts.push(node.textContent ?? '');
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt]'))
      if (ownLanguage(element))
        for (const name of ['aria-label', 'title', 'alt']) parts.push(element.getAttribute(name) ?? '');
    return parts.join('\n');
  });
}

for (const expected of PAGES) {
  test(`/${expected.locale}/regions/dandong is in ${expected.lang}: words, names, title and language alternates`, async ({
    page,
  }) => {
    // The page's own title, as pre-rendered (and kept while the view is the page's default)…
    await page.goto(`/${expected.locale}/regions/dandong`);
    await expect(page).toHaveTitle(expected.title);
    await page.goto(`/${expected.locale}/regions/dandong?sector=textile`);
    await waitForMapReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
    const t = uiCatalogue(expected.locale);
    // …and a filtered view's title says the view, in the page's language.
    await expect(page).toHaveTitle(
      `${expectedHeading({ region: 'dandong', sectors: ['textile'] }, expected.locale)} · ${t['site.title']}`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['site.title']);
    await expect(page.getByTestId('region-summary').getByRole('heading', { level: 2 })).toContainText(expected.name);
    await expect(page.locator('[data-sector-toggle="textile"]')).toContainText(expected.textile);
    await expect(page.locator('[data-sector-toggle="textile"]')).toHaveAttribute('aria-pressed', 'true');
    const total = expectedSelection({ region: 'dandong', sectors: ['textile'] }).total;
    await expect.poll(() => listCount(page)).toBe(total);
    const separator = t['punct.colon'];
    await expect(page.getByTestId('report-list').getByRole('heading', { level: 2 })).toHaveText(
      `${expectedHeading({ region: 'dandong', sectors: ['textile'] }, expected.locale)}${separator}${total}`,
    );
    // Our summaries stay in English and say so; headlines keep their own language.
    const card = page.getByTestId('report-list').locator('article').first();
    await expect(card.locator('p[lang="en"]').first()).toBeVisible();
    await expect(card.getByRole('heading').getByRole('link')).toHaveAttribute('lang', /^(en|ko|ja|zh)$/);

    const words = await pageWords(page);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const leftovers = englishFragments(expected.locale).filter((fragment) =>
      new RegExp(`(^|[^A-Za-z])${escape(fragment)}($|[^A-Za-z])`).test(words),
    );
    expect(leftovers, 'English interface text on a translated page').toEqual([]);

    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
    expect(alternates.map((line) => line.replace(/https?:\/\/[^/]+/, ''))).toEqual([
      'en /regions/dandong',
      'ko /ko/regions/dandong',
      'zh-Hans /zh/regions/dandong',
      'x-default /regions/dandong',
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/(ko|zh)\/regions\/dandong$/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      new RegExp(`/og/${expected.locale}/dandong\\.png$`),
    );
  });
}

for (const expected of PAGES) {
  test(`${expected.lang}: comparisons, the legend, downloads, citations and search speak the language too`, async ({
    page,
  }) => {
    const t = uiCatalogue(expected.locale);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const fragments = englishFragments(expected.locale);
    const leftovers = async () => {
      const words = await pageWords(page);
      return fragments.filter((fragment) => new RegExp(`(^|[^A-Za-z])${escape(fragment)}($|[^A-Za-z])`).test(words));
    };
    // Both provinces: the comparison lists every prefecture's change too.
    await page.goto(`/${expected.locale}?from=2020&to=2022&compare=2017..2019`);
    await waitForMapReady(page);
    await expect(page.getByTestId('compare-panel')).toBeVisible();
    await page.getByTestId('legend').evaluate((legend) => legend.setAttribute('open', ''));
    await page
      .getByTestId('panel')
      .locator('details')
      .evaluateAll((all) => all.forEach((details) => details.setAttribute('open', '')));
    expect(await leftovers(), 'comparison and legend').toEqual([]);

    await page.getByRole('button', { name: t['tools.download'] }).click();
    await expect(page.locator('[data-format="csv"]')).toBeEnabled();
    expect(await leftovers(), 'download menu').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByTestId('cite-report').first().click();
    await expect(page.getByTestId('cite-dialog')).toBeVisible();
    expect(await leftovers(), 'citation dialog').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByTestId('search-input').fill(expected.name);
    await expect(page.getByRole('listbox', { name: t['search.resultsLabel'] })).toBeVisible();
    expect(await leftovers(), 'search results').toEqual([]);
  });
}

test('the language switcher keeps the whole view and remembers nothing the address does not say', async ({
  page,
  context,
}) => {
  const report = dataset.reports.find(
    (candidate) =>
      candidate.sectors.includes('textile') && candidate.places.some((place) => place.region === 'dandong'),
  );
  if (!report) throw new Error('no textile report in Dandong');
  // Four page loads in three languages: slow on a busy 2-core machine.
  test.slow();
  const query = `?sector=textile&report=${report.id}`;
  await page.goto(`/regions/dandong${query}`);
  await waitForMapReady(page);
  const switcher = page.getByTestId('language-switcher');
  await expect(switcher.getByRole('link', { name: '한국어' })).toHaveAttribute('href', `/ko/regions/dandong${query}`);
  await expect(switcher.getByRole('link', { name: '한국어' })).toHaveAttribute('hreflang', 'ko');
  await expect(switcher.getByRole('link', { name: '中文' })).toHaveAttribute('lang', 'zh-Hans');
  await expect(switcher.getByText('English')).toHaveAttribute('aria-current', 'true');

  await switcher.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(new RegExp(`/ko/regions/dandong\\?sector=textile&report=${report.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('[data-sector-toggle="textile"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('open-report').locator(`article[data-report-id="${report.id}"]`)).toBeVisible();

  // A change made on the Korean page travels with the next switch.
  await page.locator('[data-sector-toggle="textile"]').click();
  await expect(page).toHaveURL(/\/ko\/regions\/dandong\?report=/);
  await page.locator('[data-sector-toggle="restaurants"]').click();
  await expect(page).toHaveURL(/\/ko\/regions\/dandong\?sector=restaurants&report=/);
  await page.getByTestId('language-switcher').getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/regions/dandong\\?sector=restaurants&report=${report.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByTestId('language-switcher').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/dandong\\?sector=restaurants&report=${report.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Korean workers in Liaoning and Jilin');

  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('without JavaScript the switcher is plain links to the same page in each language', async ({ request }) => {
  const html = await (await request.get('/regions/dandong')).text();
  expect(html).toContain('<a href="/ko/regions/dandong" hrefLang="ko" lang="ko"');
  expect(html).toContain('<a href="/zh/regions/dandong" hrefLang="zh-Hans" lang="zh-Hans"');
  const korean = await (await request.get('/ko')).text();
  expect(korean).toContain('<html lang="ko">');
  expect(korean).toContain('<a href="/" hrefLang="en" lang="en"');
  expect(korean).toContain('href="/ko/about"');
});

test('the sitemap lists every page in every language, and each language has its social cards', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/', '/ko', '/zh', '/regions/dandong', '/ko/regions/dandong', '/zh/regions/dandong', '/zh/about'])
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${path === '/' ? '/' : path}</loc>`));
  for (const path of ['/og/dandong.png', '/og/ko/dandong.png', '/og/zh/index.png']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test.describe('a language the site does not have', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('is a real 404, in every language, with a way back', async ({ page, request }) => {
    for (const path of ['/fr', '/fr/regions/dandong', '/en/regions/dandong', '/ko/regions/pyongyang'])
      expect((await request.get(path)).status(), path).toBe(404);
    const response = await page.goto('/fr/regions/dandong');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
    await expect(page.locator('section[lang="ko"]').getByRole('link')).toHaveAttribute('href', '/ko');
    await page.locator('section[lang="zh-Hans"]').getByRole('link').click();
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  });
});
