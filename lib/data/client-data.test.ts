import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_COLOURS } from '@/lib/map/colours';
import { allAssets, assetUrls } from './assets';
import {
  CLIENT_DATA_FORMAT,
  parseDescriptions,
  parsePreviewData,
  parseReportIndex,
  parseReportTexts,
} from './client-data';
import { getDataset } from './dataset';
import { indexEntry, reportTexts } from './report-index';
import { loadSearchIndex, search } from '@/lib/search/search';

function assetBody(url: string): unknown {
  const asset = allAssets().find((candidate) => url.endsWith(candidate.file));
  if (!asset) throw new Error(`no asset for ${url}`);
  return JSON.parse(asset.body);
}

describe('the shared data files', () => {
  it('the report index and texts pass the browser-side checks and hold every validated report', () => {
    const index = parseReportIndex(assetBody(assetUrls(null, 'en').reportIndex));
    expect(index.ok && index.value.reports.length).toBe(getDataset().reports.length);
    const texts = parseReportTexts(assetBody(assetUrls(null, 'en').reportTexts));
    expect(texts.ok && texts.value.size).toBe(getDataset().reports.length);
  }, 30_000); // the first call builds every shared asset (maps of every record among them): 2 s alone, 6 s in the full run

  it('the report index names every withdrawn record, and its check rejects an unknown reason', () => {
    const index = parseReportIndex(assetBody(assetUrls(null, 'en').reportIndex));
    const tombstones: unknown = JSON.parse(readFileSync('data/withdrawn.json', 'utf8'));
    expect(index.ok && index.value.withdrawn.map((entry) => entry.id)).toEqual(
      Array.isArray(tombstones) ? tombstones.map((entry: unknown) => Reflect.get(Object(entry), 'id')) : null,
    );
    const odd = { id: 'x', date: '2026-12-01', reason: 'bored' };
    expect(parseReportIndex({ format: CLIENT_DATA_FORMAT, reports: [], coverage: [], events: [], withdrawn: [odd] })).toEqual({
      ok: false,
      error: 'the withdrawn records in the report index are malformed',
    });
  });

  it('the preview file passes its check', () => {
    expect(parsePreviewData(assetBody(assetUrls(null, 'en').preview)).ok).toBe(true);
  });

  it('the search file loads as the browser loads it, and is shared by every page', () => {
    const url = assetUrls(null, 'en').search;
    expect(url).toMatch(/^\/assets\/search\.[0-9a-f]{12}\.json$/);
    expect(assetUrls('dandong', 'ko').search).toBe(url);
    const body = allAssets().find((candidate) => url.endsWith(candidate.file))?.body ?? '';
    expect(search(loadSearchIndex(body), '丹東')[0]).toMatchObject({ kind: 'region', slug: 'dandong' });
  });

  it('rejects a stale format and a malformed index, naming what is wrong', () => {
    expect(parseReportIndex({ format: 1, reports: [] })).toEqual({ ok: false, error: 'unknown report index format 1' });
    expect(parseReportIndex('reports')).toEqual({ ok: false, error: 'the report index is not an object' });
    expect(parseReportIndex({ format: CLIENT_DATA_FORMAT })).toEqual({
      ok: false,
      error: 'the report index has no list of reports',
    });
    expect(parseReportIndex({ format: CLIENT_DATA_FORMAT, reports: [], coverage: [{ region: 'x' }] })).toEqual({
      ok: false,
      error: 'the coverage in the report index is malformed',
    });
    const reports = getDataset().reports.slice(0, 3).map(indexEntry);
    const broken = [...reports, { ...reports[0], places: [] }];
    expect(parseReportIndex({ format: CLIENT_DATA_FORMAT, reports: broken, coverage: [], events: [], withdrawn: [] })).toEqual({
      ok: false,
      error: 'report #3 in the report index is malformed',
    });
    const noOutlet = { ...reports[0], source: { language: 'ko', kind: 'news' } };
    expect(parseReportIndex({ format: CLIENT_DATA_FORMAT, reports: [noOutlet], coverage: [], events: [], withdrawn: [] })).toEqual({
      ok: false,
      error: 'report #0 in the report index is malformed',
    });
    const ranged = { ...reports[0], observed: '2016-07..2018-01' };
    expect(parseReportIndex({ format: CLIENT_DATA_FORMAT, reports: [ranged], coverage: [], events: [], withdrawn: [] }).ok).toBe(true);
    const openEnded = { ...reports[0], observed: '2016-07..' };
    expect(parseReportIndex({ format: CLIENT_DATA_FORMAT, reports: [openEnded], coverage: [], events: [], withdrawn: [] })).toEqual({
      ok: false,
      error: 'report #0 in the report index is malformed',
    });
    const rangedPublication = { ...reports[0], published: '2016..2017' };
    expect(
      parseReportIndex({ format: CLIENT_DATA_FORMAT, reports: [rangedPublication], coverage: [], events: [], withdrawn: [] }).ok,
    ).toBe(false);
    expect(parseReportIndex({ format: CLIENT_DATA_FORMAT, reports, coverage: [], events: [{ id: 'x' }] })).toEqual({
      ok: false,
      error: 'the events in the report index are malformed',
    });
  });

  it('rejects a stale format and malformed texts, naming the report', () => {
    const [report] = getDataset().reports;
    if (!report) throw new Error('no reports');
    const good = reportTexts(report);
    expect(parseReportTexts({ format: 1, texts: {} })).toEqual({ ok: false, error: 'unknown report texts format 1' });
    expect(parseReportTexts([])).toEqual({ ok: false, error: 'the report texts file is not an object' });
    expect(parseReportTexts({ format: CLIENT_DATA_FORMAT, texts: [good] })).toEqual({
      ok: false,
      error: 'the report texts file has no texts by report id',
    });
    const broken: Record<string, unknown>[] = [
      { ...good, summary: undefined },
      { ...good, checked: { date: '2026-01-01', against: 'memory' } },
      { ...good, figures: [{ label: 'workers' }] },
      { ...good, refs: 'R12' },
      { ...good, source: undefined },
      { ...good, source: { title: 12 } },
      { ...good, source: { ...good.source, url: undefined } },
    ];
    for (const texts of broken)
      expect(parseReportTexts({ format: CLIENT_DATA_FORMAT, texts: { [report.id]: good, broken: texts } })).toEqual({
        ok: false,
        error: 'the texts of report "broken" are malformed',
      });
  });

  it('names files by content: the same content gives the same name, and every page shares them', () => {
    expect(assetUrls('dandong', 'en').reportIndex).toBe(assetUrls(null, 'en').reportIndex);
    expect(assetUrls('dandong', 'en').reportTexts).toBe(assetUrls(null, 'en').reportTexts);
    expect(assetUrls('dandong', 'en').mapImage).not.toBe(assetUrls(null, 'en').mapImage);
    expect(assetUrls(null, 'en').reportIndex).toMatch(/^\/assets\/report-index\.[0-9a-f]{12}\.json$/);
    expect(assetUrls(null, 'en').reportTexts).toMatch(/^\/assets\/report-texts\.[0-9a-f]{12}\.json$/);
  });

  it('each language has its own descriptions file and static map image; the dataset is shared', () => {
    expect(assetUrls('dandong', 'ko').reportIndex).toBe(assetUrls('dandong', 'en').reportIndex);
    expect(assetUrls('dandong', 'ko').reportTexts).toBe(assetUrls('dandong', 'en').reportTexts);
    expect(assetUrls('dandong', 'ko').mapImage).not.toBe(assetUrls('dandong', 'en').mapImage);
    // Each static map in both themes: the dark one has the dark map's light names.
    const { mapImage, mapImageDark } = assetUrls('dandong', 'ko');
    expect(mapImageDark).toMatch(/^\/assets\/map-dandong\.ko\.dark\.[0-9a-f]{12}\.svg$/);
    const svg = (url: string) => allAssets().find((candidate) => url.endsWith(candidate.file))?.body ?? '';
    expect(svg(mapImageDark)).toContain(`fill="${MAP_COLOURS.dark.text}"`);
    expect(svg(mapImage)).not.toContain(`fill="${MAP_COLOURS.dark.text}"`);
    const korean = parseDescriptions(assetBody(assetUrls(null, 'ko').descriptions));
    expect(korean.ok && korean.value.sectors.restaurants).toBe('북한이 운영하는 식당과 그곳의 접객·주방 종업원.');
    const chinese = parseDescriptions(assetBody(assetUrls(null, 'zh').descriptions));
    expect(chinese.ok && Object.keys(chinese.value.confidence)).toHaveLength(8);
    expect(parseDescriptions({ sectors: {}, conditions: { closed: 3 }, confidence: {} })).toEqual({
      ok: false,
      error: 'the descriptions file is malformed',
    });
  });
});
