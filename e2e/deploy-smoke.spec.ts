/**
 * What any host serving out/ must do, checked by HTTP answers and one browser visit: deep links, `x.html` for `/x`,
 * the 404 page with status 404, our headers, a year's cache for hashed files, CORS and precompressed copies on
 * /data/, and addresses that name the served origin and base path. `npm test` runs it against the bundled server;
 * `npm run test:deploy` against nginx with deploy/nginx.conf, at the root and under BASE_PATH=/nk-workers.
 */
import { chromium } from '@playwright/test';
import { expect, test, waitForMapReady } from './fixtures/app';
import { dataset } from './fixtures/data';
import { normalizeBasePath } from '../lib/view/base-path';
import { CONTENT_SECURITY_POLICY, IMMUTABLE, MIME_TYPES, SECURITY_HEADERS } from '../scripts/serve';
import { QUIET_OFFLINE_ARGS, requireChromium } from '../scripts/find-browser';

const base = normalizeBasePath(process.env.BASE_PATH);
/** A site path as served here. */
const at = (path: string) => `${base}${path}`;

const report = dataset.reports.find((entry) => entry.places[0]?.region === 'dandong') ?? dataset.reports[0];
if (!report) throw new Error('no report');

test('a deep link under the served address draws the view, its map and the linked report, every file found', async ({
  page,
  baseURL,
}) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(at(`/regions/dandong?report=${report.id}`));
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('open-report').locator(`article[data-report-id="${report.id}"]`)).toBeVisible();
  await waitForMapReady(page);
  // Every root-relative link on the page stays under the base path, and the canonical URL names this origin.
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => href !== base && !href?.startsWith(`${base}/`))).toEqual([]);
  const origin = new URL(baseURL ?? '').origin;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${at('/regions/dandong')}`);
  expect(failed).toEqual([]);
});

test('a record page and its social card are served under the base path', async ({ request, baseURL }) => {
  const page = await request.get(at(`/reports/${report.id}`));
  expect(page.status()).toBe(200);
  const html = await page.text();
  const origin = new URL(baseURL ?? '').origin;
  const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(card).toBe(`${origin}${at(`/og/reports/${report.id}.png`)}`);
  const image = await request.get(new URL(card).pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(html).toContain(`${origin}${at(`/reports/${report.id}`)}`);
});

test('pages answer at their extensionless address with our headers', async ({ request }) => {
  for (const path of ['/', '/about', '/ko/about', '/zh/regions/yanbian']) {
    const response = await request.get(at(path), { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['cache-control'], path).toMatch(/max-age=0/);
    expect(headers['access-control-allow-origin'], path).toBeUndefined();
  }
});

test.describe('unknown addresses', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('answer 404 with the site’s not-found page, its way back under the base path', async ({ page, request }) => {
    for (const path of ['/regions/atlantis', '/fr/regions/dandong', '/data/nothing.csv']) {
      const response = await request.get(at(path));
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain('This page does not exist');
      expect(response.headers()['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
    }
    const response = await page.goto(at('/regions/atlantis'));
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: /Back to the map/ }).click();
    await expect(page.getByTestId('map')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(at('/'));
  });
});

test('hashed files are cached for a year, and the downloads are open to other origins and precompressed', async ({
  request,
}) => {
  const html = await (await request.get(at('/'))).text();
  const hashed = [
    /(?:src|href)="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1],
    /((?:\/[A-Za-z0-9._~-]+)*?\/assets\/[A-Za-z0-9._-]+\.(?:json|svg))/.exec(html)?.[1],
  ];
  for (const url of hashed) {
    expect(url, 'a hashed file named in the page').toBeDefined();
    expect(url?.startsWith(at('/'))).toBe(true);
    const response = await request.get(url ?? '');
    expect(response.status(), url).toBe(200);
    expect(response.headers()['cache-control'], url).toBe(IMMUTABLE);
  }
  for (const file of ['reports.csv', 'reports.bib', 'reports.ris', 'datapackage.json', 'regions.geojson']) {
    const response = await request.get(at(`/data/${file}`), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), file).toBe(200);
    expect(response.headers()['access-control-allow-origin'], file).toBe('*');
    expect(response.headers()['content-encoding'], file).toBe('gzip');
    expect(response.headers()['content-type'], file).toBe(MIME_TYPES[file.slice(file.lastIndexOf('.'))]);
  }
});

test.describe('another site', () => {
  // A page of no origin (about:blank) stands for another site: the browser enforces CORS on its fetch. Chromium
  // would also refuse a page of no address fetching from loopback (private network access), which a site on the
  // internet fetching a public host never meets, so that check alone is off in this browser of its own.
  const fromElsewhere = async (address: string, read: (url: string) => Promise<string[]>): Promise<string[]> => {
    const browser = await chromium.launch({
      executablePath: await requireChromium(),
      args: [
        ...QUIET_OFFLINE_ARGS,
        '--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,LocalNetworkAccessChecks',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.goto('about:blank');
      return await page.evaluate(read, address);
    } finally {
      await browser.close();
    }
  };

  test('can fetch the Data Package and every file it lists', async ({ baseURL }) => {
    const listed = await fromElsewhere(new URL(at('/data/datapackage.json'), baseURL).href, async (descriptor) => {
      const pkg = (await (await fetch(descriptor)).json()) as { resources: { path: string }[] };
      return Promise.all(
        pkg.resources.map(async (resource) => {
          const response = await fetch(new URL(resource.path, descriptor));
          return `${resource.path} ${response.status} ${(await response.text()).length > 100}`;
        }),
      );
    });
    expect(listed.length).toBeGreaterThanOrEqual(8);
    expect(listed.filter((line) => !line.endsWith(' 200 true'))).toEqual([]);
  });

  test('cannot read a page, which is not open to other origins', async ({ baseURL }) => {
    const outcome = await fromElsewhere(new URL(at('/about'), baseURL).href, (address) =>
      fetch(address).then(
        () => ['read'],
        () => ['refused'],
      ),
    );
    expect(outcome).toEqual(['refused']);
  });
});
