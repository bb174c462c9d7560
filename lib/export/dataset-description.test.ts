import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { provincesBBox } from '@/lib/data/regions';
import { testReport } from '@/lib/data/test-report';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { LOCALES } from '@/lib/i18n/locales';
import { DATASET_FILES, datasetJsonLd, temporalCoverage } from './dataset-description';
import { jsonLdText } from './report-page';

// Google's dataset search documents `name` and `description` (50 to 5,000 characters) as required, and these as
// recommended among others: creator, license, version, dateModified, temporalCoverage, spatialCoverage,
// keywords, isAccessibleForFree, url, distribution (each a DataDownload with contentUrl and encodingFormat).
const RECOMMENDED = [
  'creator',
  'license',
  'version',
  'dateModified',
  'temporalCoverage',
  'spatialCoverage',
  'keywords',
  'isAccessibleForFree',
  'url',
  'distribution',
] as const;

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function jsonLdFor(locale: (typeof LOCALES)[number]) {
  const { reports } = getDataset();
  const { ui, site } = serverTranslators(locale);
  return datasetJsonLd({
    name: ui('site.title'),
    description: site('meta.homeDescription', { count: reports.length }),
    inLanguage: locale,
    url: 'https://example.org/nk-workers/',
    fileUrl: (file) => `https://example.org/nk-workers/data/${file}`,
    version: '2026.12.05',
    dateModified: '2026-12-05',
    temporalCoverage: temporalCoverage(reports),
    bbox: provincesBBox,
  });
}

describe('datasetJsonLd', () => {
  for (const locale of LOCALES) {
    it(`${locale}: a schema.org Dataset with the required and recommended properties`, () => {
      const ld = jsonLdFor(locale);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Dataset');
      expect(typeof ld.name === 'string' && ld.name.length > 0).toBe(true);
      const description = String(ld.description);
      expect(description.length).toBeGreaterThanOrEqual(50);
      expect(description.length).toBeLessThanOrEqual(5000);
      for (const property of RECOMMENDED) expect(ld, property).toHaveProperty(property);
      expect(ld.creator).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
      expect(String(ld.license)).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
      expect(String(ld.temporalCoverage)).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?\/\d{4}(-\d{2}(-\d{2})?)?$/);
    });
  }

  it('lists every download as a DataDownload with its format and absolute address', () => {
    const distribution = jsonLdFor('en').distribution as Record<string, unknown>[];
    // The package describes itself, and the changelog and changes.json describe the releases: neither is the data.
    const aboutTheData = new Set(['datapackage.json', 'changes.json', 'changelog.md']);
    const published = readdirSync('app/data').filter((file) => !aboutTheData.has(file));
    expect(distribution.map((entry) => entry.name).sort()).toEqual(published.sort());
    for (const entry of distribution) {
      expect(entry['@type']).toBe('DataDownload');
      expect(String(entry.encodingFormat)).toMatch(/^[a-z]+\/[-+.a-z0-9]+$/);
      expect(String(entry.contentUrl)).toBe(`https://example.org/nk-workers/data/${String(entry.name)}`);
    }
    const formats = Object.fromEntries(distribution.map((entry) => [entry.name, entry.encodingFormat]));
    expect(formats['reports.csv']).toBe('text/csv');
    expect(formats['reports.geojson']).toBe('application/geo+json');
  });

  it('boxes the two provinces, south-west corner first, rounded outwards', () => {
    const [west, south, east, north] = provincesBBox;
    const box = String((jsonLdFor('en').spatialCoverage as { geo: { box: string } }).geo.box);
    const [s, w, n, e] = box.split(' ').map(Number);
    expect(s).toBeLessThanOrEqual(south);
    expect(w).toBeLessThanOrEqual(west);
    expect(n).toBeGreaterThanOrEqual(north);
    expect(e).toBeGreaterThanOrEqual(east);
    expect(n! - s!).toBeLessThan(north - south + 0.03);
  });

  it('stays small: the home page carries it in its first paint', () => {
    expect(jsonLdText(jsonLdFor('zh')).length).toBeLessThan(2500);
    expect(DATASET_FILES.length).toBe(8);
  });
});

describe('temporalCoverage', () => {
  it('spans the earliest start to the latest end of the records’ times', () => {
    const reports = [
      testReport({ published: '2019-05-02' }),
      testReport({ published: '2021-01', observed: '2016-07..2018-01' }),
      testReport({ published: '2020-04' }),
      testReport({ published: '2020' }),
    ];
    expect(temporalCoverage(reports)).toBe('2016-07/2020');
    expect(temporalCoverage([testReport({ published: '2020-04' })])).toBe('2020-04');
  });

  it('matches the dataset: no record lies outside it', () => {
    const { reports } = getDataset();
    const coverage = temporalCoverage(reports) ?? '';
    const [from = '', to = ''] = coverage.split('/');
    expect(from).toMatch(ISO_PARTIAL);
    expect(to).toMatch(ISO_PARTIAL);
    for (const report of reports) {
      const time = report.observed ?? report.published;
      if (time === undefined) continue;
      for (const part of time.split('..')) {
        expect(part.slice(0, from.length) >= from, `${report.id} ${part}`).toBe(true);
        expect(part.slice(0, to.length) <= to, `${report.id} ${part}`).toBe(true);
      }
    }
  });
});
