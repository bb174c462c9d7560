import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures/app';
import { dataset } from './fixtures/data';

// A record split from a longer article, one with a foreign headline and an English rendering, one in an event.
const split = dataset.reports.find(
  (report) => dataset.reports.filter((other) => other.source.url === report.source.url).length > 1,
);
const foreign = dataset.reports.find((report) => report.source.title !== undefined && report.source.title_en);
const inEvent = dataset.reports.find(
  (report) =>
    report.event !== undefined && dataset.reports.some((other) => other.event === report.event && other !== report),
);
if (!split || !foreign || !inEvent) throw new Error('the data lacks a split, a translated or an event record');

test.describe('a record’s page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the record: headline, outlet, summary, places, the cite block, and links onward', async ({ page }) => {
    const response = await page.goto(`/reports/${foreign.id}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(foreign.source.title ?? '');
    await expect(page.getByText(`English rendering (ours): “${foreign.source.title_en}”`)).toBeVisible();
    await expect(page.getByTestId('report-outlet')).toHaveText(foreign.source.outlet);
    await expect(page.getByTestId('report-summary')).toHaveText(foreign.summary);
    const map = page.getByTestId('report-map');
    await expect.poll(() => map.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByTestId('source-link')).toHaveAttribute('href', foreign.source.url);
    // Every format, readable without script: APA and Chicago shown, the others in disclosures that open.
    const cite = page.getByTestId('cite-block');
    await expect(cite.getByTestId('cite-apa')).toContainText(foreign.source.url);
    await cite.getByText('BibTeX', { exact: true }).click();
    await expect(cite.getByTestId('cite-bibtex')).toContainText(`/reports/${foreign.id}`);
    await cite.getByText('RIS', { exact: true }).click();
    await expect(cite.getByTestId('cite-ris')).toContainText(`UR  - ${foreign.source.url}`);
    await expect(cite.getByTestId('cite-ris')).toContainText('Y2  - ');
    // To the dashboard with the report open, and to its region.
    const region = foreign.places[0]?.region;
    await expect(page.getByTestId('open-on-map')).toHaveAttribute('href', `/regions/${region}?report=${foreign.id}`);
  });

  test('names the other records of its article and of its event, each linking its page', async ({ page }) => {
    await page.goto(`/reports/${split.id}`);
    const siblings = dataset.reports.filter((other) => other.source.url === split.source.url && other !== split);
    const article = page.getByTestId('same-article');
    for (const sibling of siblings)
      await expect(article.locator(`a[href="/reports/${sibling.id}"]`)).toHaveText(sibling.id);
    await page.goto(`/ko/reports/${inEvent.id}`);
    const others = dataset.reports.filter((other) => other.event === inEvent.event && other !== inEvent);
    const also = page.getByTestId('also-reported');
    for (const other of others) await expect(also.locator(`a[href="/ko/reports/${other.id}"]`)).toBeVisible();
  });
});

test('has its own title, description, canonical URL, languages, card and JSON-LD citing the source', async ({
  request,
}) => {
  for (const [prefix, lang] of [
    ['', 'en'],
    ['/ko', 'ko'],
    ['/zh', 'zh-Hans'],
  ] as const) {
    const html = await (await request.get(`${prefix}/reports/${split.id}`)).text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${prefix}/reports/${split.id}"`));
    for (const [tag, path] of [
      ['en', ''],
      ['ko', '/ko'],
      ['zh-Hans', '/zh'],
      ['x-default', ''],
    ])
      expect(html).toMatch(new RegExp(`hrefLang="${tag}" href="https?://[^"]+${path}/reports/${split.id}"`));
    expect(html).toMatch(new RegExp(`<meta property="og:image" content="https?://[^"]+/og/reports/${split.id}.png"`));
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(description).toContain(split.source.outlet);
    // Sector labels, never keys.
    for (const key of split.sectors) expect(description.split(/[\s,:.、，：]+/)).not.toContain(key);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(jsonLd).toBeDefined();
    const data: unknown = JSON.parse(jsonLd ?? 'null');
    expect(data).toMatchObject({
      '@type': 'CreativeWork',
      identifier: split.id,
      citation: { url: split.source.url, publisher: { name: split.source.outlet } },
    });
  }
  const card = await request.get(`/og/reports/${split.id}.png`);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
});

test('an unknown record is a real 404, in every language', async ({ request }) => {
  for (const path of ['/reports/no-such-record', '/ko/reports/no-such-record', '/zh/reports/no-such-record'])
    expect((await request.get(path)).status(), path).toBe(404);
});

test('the sitemap lists every record’s page in every language, dated by its check', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const report of dataset.reports.slice(0, 20))
    for (const prefix of ['', '/ko', '/zh'])
      expect(sitemap).toMatch(
        new RegExp(
          `<loc>https?://[^<]+${prefix}/reports/${report.id}</loc>(?:(?!</url>)[\\s\\S])*<lastmod>${report.checked.date}</lastmod>`,
        ),
      );
});

test('a record’s page weighs at most 20 KB gzip', async ({ request }) => {
  const sizes: Record<string, number> = {};
  // The longest records (notes, figures, several places) in each language.
  const heaviest = [...dataset.reports]
    .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)
    .slice(0, 3)
    .map((report) => report.id);
  for (const id of [...heaviest, split.id])
    for (const prefix of ['', '/ko', '/zh']) {
      const path = `${prefix}/reports/${id}`;
      sizes[path] = gzipSync(await (await request.get(path)).body(), { level: 9 }).length;
    }
  test.info().annotations.push({ type: 'page-gzip-bytes', description: JSON.stringify(sizes) });
  for (const [path, bytes] of Object.entries(sizes)) expect(bytes, path).toBeLessThanOrEqual(20 * 1024);
});

test('with JavaScript the page is the same, with no error, and a card on the dashboard links it', async ({ page }) => {
  await page.goto(`/zh/reports/${split.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(split.source.title ?? '');
  await expect(page.getByTestId('report-summary')).toHaveText(split.summary);
  await page.goto(`/zh/regions/${split.places[0]?.region}?report=${split.id}`);
  const card = page.getByTestId('open-report').locator(`article[data-report-id="${split.id}"]`);
  await card.getByTestId('report-page-link').click();
  await expect(page).toHaveURL(new RegExp(`/zh/reports/${split.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});
