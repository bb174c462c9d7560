import { readdirSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from './fixtures/app';
import { dataset } from './fixtures/data';

// The expectations come from the committed files, read here: the tombstones and the two newest release snapshots.
const tombstones: unknown = JSON.parse(readFileSync('data/withdrawn.json', 'utf8'));
if (!Array.isArray(tombstones)) throw new Error('data/withdrawn.json is not a list');
const str = (value: unknown, key: string) => String(Reflect.get(Object(value), key) ?? '');
const withReplacement = tombstones.find((entry: unknown) => str(entry, 'replacement') !== '');
if (!withReplacement) throw new Error('no tombstone names a replacement');
const gone = {
  id: str(withReplacement, 'id'),
  date: str(withReplacement, 'date'),
  replacement: str(withReplacement, 'replacement'),
};
const replacement = dataset.reports.find((report) => report.id === gone.replacement);
if (!replacement) throw new Error(`the replacement ${gone.replacement} is not a record`);

const snapshots = readdirSync('data/releases')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(`data/releases/${name}`, 'utf8')) as unknown);
const [previous, latest] = snapshots.slice(-2);
const idsOf = (snapshot: unknown) => Object.keys(Object(Reflect.get(Object(snapshot), 'records')));
const newSince = idsOf(latest).filter((id) => !idsOf(previous).includes(id)).length;
const day = (date: string, locale: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(locale, {
    day: 'numeric',
    month: locale === 'en-GB' ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

test.describe('a withdrawn record’s address, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says it was withdrawn, when and why, and links the record that carries it on', async ({ page }) => {
    const response = await page.goto(`/reports/${gone.id}`);
    expect(response?.status()).toBe(200);
    const notice = page.getByTestId('withdrawn-notice');
    await expect(notice.getByRole('heading', { level: 1 })).toHaveText('This record was withdrawn');
    await expect(notice).toContainText(
      `The record ${gone.id} was withdrawn from the dataset on ${day(gone.date, 'en-GB')}`,
    );
    await expect(notice.getByTestId('withdrawn-replacement').locator('a')).toHaveAttribute(
      'href',
      `/reports/${gone.replacement}`,
    );
    await page.goto(`/ko/reports/${gone.id}`);
    await expect(page.getByTestId('withdrawn-notice').getByRole('heading', { level: 1 })).toHaveText(
      '철회된 기록입니다',
    );
    await expect(page.getByTestId('withdrawn-replacement').locator('a')).toHaveAttribute(
      'href',
      `/ko/reports/${gone.replacement}`,
    );
  });
});

test('a report= link to a withdrawn record shows the notice in the panel, and leads to its replacement', async ({
  page,
}) => {
  await page.goto(`/?report=${gone.id}`);
  const notice = page.getByTestId('withdrawn-report');
  await expect(notice).toContainText(`The record ${gone.id} was withdrawn on ${day(gone.date, 'en-GB')}`);
  // The link keeps naming the record once the reports have loaded (an unknown id would be dropped).
  await expect(page).toHaveURL(new RegExp(`\\?report=${gone.id}$`));
  await notice.getByRole('button', { name: 'Open the record that carries it on' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?report=${gone.replacement}$`));
  await expect(page.getByTestId('open-report').locator(`article[data-report-id="${gone.replacement}"]`)).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('the header says when the data was updated and how many records are new, in the page’s language', async ({
  page,
}) => {
  const latestDate = str(latest, 'date');
  const previousDate = str(previous, 'date');
  await page.goto('/');
  // With nothing new, the line gives the date alone.
  await expect(page.getByTestId('data-updated')).toHaveText(
    newSince > 0
      ? `Updated ${day(latestDate, 'en-GB')} · ${newSince} new since ${day(previousDate, 'en-GB')}`
      : `Updated ${day(latestDate, 'en-GB')}`,
  );
  await page.goto('/ko');
  await expect(page.getByTestId('data-updated')).toHaveText(
    newSince > 0
      ? `${day(latestDate, 'ko')} 업데이트 · ${day(previousDate, 'ko')} 이후 ${newSince}건 추가`
      : `${day(latestDate, 'ko')} 업데이트`,
  );
});

test('the feeds are served as Atom that parses, named in every page’s head and in the sitemap', async ({ request }) => {
  for (const prefix of ['', '/ko', '/zh']) {
    const response = await request.get(`${prefix}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed: unknown = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml);
    const entries: unknown = Reflect.get(Object(Reflect.get(Object(parsed), 'feed')), 'entry');
    expect(Array.isArray(entries) && entries.length > 0).toBe(true);
    const home = await (await request.get(prefix === '' ? '/' : prefix)).text();
    expect(home).toMatch(
      new RegExp(`<link rel="alternate" type="application/atom\\+xml"[^>]*href="https?://[^"]+${prefix}/feed.xml"`),
    );
  }
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const prefix of ['', '/ko', '/zh'])
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${prefix}/feed.xml</loc>`));
  const changes: unknown = await (await request.get('/data/changes.json')).json();
  expect(str(changes, 'version')).toBe(str(latest, 'version'));
  expect(await (await request.get('/data/changelog.md')).text()).toBe(readFileSync('data/CHANGELOG.md', 'utf8'));
});
