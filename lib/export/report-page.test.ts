import { describe, expect, it } from 'vitest';
import { regionsBySlug } from '@/lib/data/regions';
import { testReport } from '@/lib/data/test-report';
import { eventSiblings, isoTime, jsonLdText, placeName, reportJsonLd, sameArticle } from './report-page';

const input = {
  pageUrl: 'https://example.org/reports/test-2020-04-dandong-textile',
  siteUrl: 'https://example.org',
  version: '2026.12.02',
  keywords: ['Textile', 'Normal operations'],
  regionsBySlug,
};

describe('reportJsonLd', () => {
  it('is a CreativeWork whose citation is the source article', () => {
    const ld = reportJsonLd(testReport({ published: '2020-04-27' }), input);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      url: input.pageUrl,
      identifier: 'test-2020-04-dandong-textile',
      description: 'A summary long enough to pass the minimum length.',
      dateModified: '2026-11-30',
      temporalCoverage: '2020-04-27',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isPartOf: { '@type': 'Dataset', version: '2026.12.02' },
      citation: {
        '@type': 'NewsArticle',
        url: 'https://www.dailynk.com/english/example/',
        headline: 'A headline',
        publisher: { '@type': 'Organization', name: 'Daily NK' },
        datePublished: '2020-04-27',
        inLanguage: 'en',
      },
    });
    expect(ld.spatialCoverage).toEqual([
      { '@type': 'Place', name: 'Dandong', geo: { '@type': 'GeoCoordinates', latitude: 40.1292, longitude: 124.3947 } },
    ]);
  });

  it('never passes our description of an untitled item off as its headline, and dates a range as an interval', () => {
    const untitled = testReport({
      published: undefined,
      observed: '2016-07..2018-01',
      source: { title: undefined, description: 'Photo of a garment plant', kind: 'ngo' },
    });
    const ld = reportJsonLd(untitled, input);
    expect(ld.citation).toEqual({
      '@type': 'Report',
      url: 'https://www.dailynk.com/english/example/',
      description: 'Photo of a garment plant',
      publisher: { '@type': 'Organization', name: 'Daily NK' },
      inLanguage: 'en',
    });
    expect(ld.temporalCoverage).toBe('2016-07/2018-01');
    expect(isoTime('2020')).toBe('2020');
  });

  it('writes JSON that cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('a record’s neighbours and places', () => {
  it('finds the other records of its event and of its article', () => {
    const a = testReport({ id: 'a-2020', event: 'e-2020' });
    const b = testReport({ id: 'b-2020', event: 'e-2020', source: { url: 'https://other.example/b' } });
    const c = testReport({ id: 'c-2020', source: { url: 'https://other.example/c' } });
    expect(eventSiblings(a, [a, b, c]).map((r) => r.id)).toEqual(['b-2020']);
    expect(eventSiblings(c, [a, b, c])).toEqual([]);
    expect(sameArticle(a, [a, b, c]).map((r) => r.id)).toEqual(['a-2020']);
  });

  it('names a region in the page’s language and a town as the record gives it', () => {
    const city = { region: 'dandong', name: 'Dandong', lon: 124.39, lat: 40.13, precision: 'city' as const };
    expect(placeName(city, regionsBySlug, 'ko')).toBe('단둥');
    expect(placeName({ ...city, name: 'Donggang' }, regionsBySlug, 'ko')).toBe('Donggang');
    expect(placeName({ region: 'jilin', precision: 'province' }, regionsBySlug, 'zh')).toBe('吉林');
  });
});
