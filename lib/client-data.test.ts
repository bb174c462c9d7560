import { describe, expect, it } from 'vitest';
import { allAssets, assetUrls } from './assets';
import { parseClientDataset, parseDescriptions, parsePreviewData } from './client-data';
import { getDataset } from './data';
import { loadSearchIndex, search } from './search';

function assetBody(url: string): unknown {
  const asset = allAssets().find((candidate) => url.endsWith(candidate.file));
  if (!asset) throw new Error(`no asset for ${url}`);
  return JSON.parse(asset.body);
}

describe('the shared data files', () => {
  it('the dataset file passes the browser-side check and holds every validated report', () => {
    const parsed = parseClientDataset(assetBody(assetUrls(null, 'en').reports));
    expect(parsed.ok && parsed.value.reports.length).toBe(getDataset().reports.length);
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

  it('rejects a stale format and a malformed record, naming it', () => {
    expect(parseClientDataset({ format: 0, reports: [] })).toEqual({ ok: false, error: 'unknown dataset format 0' });
    expect(parseClientDataset({ format: 1, reports: [], coverage: [{ region: 'x' }] })).toEqual({
      ok: false,
      error: 'the coverage in the dataset file is malformed',
    });
    const reports = getDataset()
      .reports.slice(0, 3)
      .map((report) => ({ ...report }));
    const broken = [...reports, { ...reports[0], places: [] }];
    expect(parseClientDataset({ format: 1, reports: broken })).toEqual({
      ok: false,
      error: 'report #3 in the dataset file is malformed',
    });
  });

  it('names files by content: the same content gives the same name, and every page shares them', () => {
    expect(assetUrls('dandong', 'en').reports).toBe(assetUrls(null, 'en').reports);
    expect(assetUrls('dandong', 'en').mapImage).not.toBe(assetUrls(null, 'en').mapImage);
    expect(assetUrls(null, 'en').reports).toMatch(/^\/assets\/reports\.[0-9a-f]{12}\.json$/);
  });

  it('each language has its own descriptions file and static map image; the dataset is shared', () => {
    expect(assetUrls('dandong', 'ko').reports).toBe(assetUrls('dandong', 'en').reports);
    expect(assetUrls('dandong', 'ko').mapImage).not.toBe(assetUrls('dandong', 'en').mapImage);
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
