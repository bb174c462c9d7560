import { describe, expect, it } from 'vitest';
import { testReport } from './test-report';
import conditions from '@/data/conditions.json';
import confidence from '@/data/confidence.json';
import events from '@/data/events.json';
import sectors from '@/data/sectors.json';
import { formatDataError, getDataset, latestDateOnEarth, validateDataset } from './dataset';
import { regions } from './regions';

/** A record that passes every check; each test breaks one thing. */
function validReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...testReport({ refs: ['S1'] }), ...overrides };
}

const searches = [
  { query: '鞍山 朝鲜 工人', language: 'zh', date: '2026-11-30', result: 'nothing' },
  { query: '안산 북한 노동자', language: 'ko', date: '2026-11-30', result: 'nothing' },
  { query: 'Anshan North Korean workers', language: 'en', date: '2026-11-30', result: 'nothing' },
];

/** Coverage that agrees with the test records: what they name is reported, every other prefecture searched. */
function coverageFor(
  overrides: Record<string, Record<string, unknown>> = {},
  reports: unknown[] = [validReport()],
): Record<string, unknown>[] {
  const named = JSON.stringify(reports);
  return regions
    .filter((region) => region.level === 'prefecture')
    .map((region) => ({
      region: region.slug,
      status: named.includes(`"region":"${region.slug}"`) ? 'reported' : 'none-found',
      searches,
      ...overrides[region.slug],
    }));
}

const TODAY = '2026-12-02';

function messagesFor(reports: unknown[], coverage: unknown = coverageFor({}, reports)): string[] {
  const result = validateDataset({ sectors, conditions, reports, coverage, confidence, events }, regions, TODAY);
  return result.ok ? [] : result.errors.map(formatDataError);
}

describe('latestDateOnEarth', () => {
  it("is Seoul's date at 08:00 in Seoul (23:00 UTC the day before), and never two days ahead", () => {
    expect(latestDateOnEarth(Date.parse('2026-12-03T23:00:00Z'))).toBe('2026-12-04');
    expect(latestDateOnEarth(Date.parse('2026-12-03T00:00:00Z'))).toBe('2026-12-03');
    expect(latestDateOnEarth(Date.parse('2026-12-03T09:59:00Z'))).toBe('2026-12-03');
  });
});

describe('validateDataset: one test per fault class', () => {
  it('accepts a valid record', () => {
    expect(messagesFor([validReport()])).toEqual([]);
  });

  it('accepts derived_from naming a record or an outside original, and rejects a missing record or a cycle', () => {
    const original = validReport({ id: 'original-report' });
    const relay = validReport({ id: 'relay-report', derived_from: 'original-report' });
    expect(messagesFor([original, relay])).toEqual([]);
    expect(
      messagesFor([validReport({ derived_from: { outlet: 'The Guardian', url: 'https://www.theguardian.com/x' } })]),
    ).toEqual([]);
    expect(messagesFor([validReport({ derived_from: 'no-such-record' })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "derived_from": names "no-such-record", which is not a record in the dataset',
    ]);
    const a = validReport({ id: 'loop-a', derived_from: 'loop-b' });
    const b = validReport({ id: 'loop-b', derived_from: 'loop-a' });
    expect(messagesFor([a, b])).toEqual([
      expect.stringMatching(/record "loop-a": field "derived_from": forms a cycle \(loop-a -> loop-b -> loop-a\)/),
      expect.stringMatching(/record "loop-b": field "derived_from": forms a cycle/),
    ]);
    expect(messagesFor([validReport({ derived_from: 'test-2020-04-dandong-textile' })])).toEqual([
      expect.stringMatching(/forms a cycle/),
    ]);
  });

  it('names a missing field', () => {
    const { summary: _summary, ...withoutSummary } = validReport();
    expect(messagesFor([withoutSummary])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "summary": is missing',
    ]);
  });

  it("rejects an editorial marker of ours in a title field, but keeps an outlet's own tag", () => {
    const source = (title: string) => ({ ...(validReport().source as object), title });
    expect(messagesFor([validReport({ source: source('[untitled in excerpt] Workers in Dandong') })])).toEqual([
      expect.stringMatching(/field "source\.title": holds an editorial marker/),
    ]);
    expect(messagesFor([validReport({ source: source('[Exclusive] Workers in Dandong') })])).toEqual([]);
  });

  it('needs our description when the headline is unknown, and no English rendering of a missing headline', () => {
    const { title: _title, ...untitled } = validReport().source as Record<string, unknown>;
    expect(messagesFor([validReport({ source: untitled })])).toEqual([
      expect.stringMatching(/field "source\.description": is required when the headline/),
    ]);
    expect(
      messagesFor([validReport({ source: { ...untitled, description: 'Workers in Dandong', title_en: 'X' } })]),
    ).toEqual([expect.stringMatching(/field "source\.title_en": renders a headline/)]);
  });

  it('rejects a checked date in the future', () => {
    expect(messagesFor([validReport({ checked: { date: '2026-12-03', against: 'page' } })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "checked.date": 2026-12-03 is in the future',
    ]);
  });

  it('rejects a "none-found" prefecture that has reports, and one searched too little', () => {
    expect(messagesFor([validReport()], coverageFor({ dandong: { status: 'none-found' } }))).toEqual([
      'data/coverage.json: record "dandong": field "status": is "none-found", but reports name this prefecture',
    ]);
    expect(messagesFor([validReport()], coverageFor({ anshan: { searches: searches.slice(0, 2) } }))).toEqual([
      'data/coverage.json: record "anshan": field "searches": a "none-found" prefecture needs at least 3 searches in at least two languages (has 2 in 2)',
    ]);
    expect(
      messagesFor(
        [validReport()],
        coverageFor({ anshan: { searches: searches.map((search) => ({ ...search, language: 'zh' })) } }),
      ),
    ).toEqual([expect.stringMatching(/record "anshan": field "searches": .*\(has 3 in 1\)/)]);
  });

  it('warns, without failing, about an event key only one record uses', () => {
    const result = validateDataset(
      {
        sectors,
        conditions,
        reports: [validReport({ event: 'lonely-event' })],
        coverage: coverageFor(),
        confidence,
        events,
      },
      regions,
      TODAY,
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatDataError)).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "event": "lonely-event" is used by this record only, so it links nothing',
    ]);
  });

  it('needs an entry for every prefecture', () => {
    const coverage = coverageFor().filter((entry) => entry.region !== 'siping');
    expect(messagesFor([validReport()], coverage)).toEqual([
      'data/coverage.json: record "siping": field "(record)": is missing: every prefecture needs an entry',
    ]);
  });

  it('names an unknown sector', () => {
    expect(messagesFor([validReport({ sectors: ['textile', 'textiles'] })])).toEqual([
      expect.stringMatching(
        /^data\/reports\.json: record "test-2020-04-dandong-textile": field "sectors\[1\]": unknown sector "textiles"/,
      ),
    ]);
  });

  it('names an unknown condition', () => {
    expect(messagesFor([validReport({ conditions: ['booming'] })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "conditions[0]": unknown condition "booming"',
    ]);
  });

  it('names an unknown region', () => {
    expect(messagesFor([validReport({ places: [{ region: 'pyongyang', precision: 'province' }] })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "places[0].region": unknown region "pyongyang"',
    ]);
  });

  it('names a bad date, at its stated precision', () => {
    expect(messagesFor([validReport({ published: '2020-02-30' })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "published": is not a real calendar date',
    ]);
    expect(messagesFor([validReport({ published: '2020-13' })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "published": is not a real calendar date',
    ]);
    expect(messagesFor([validReport({ published: 'April 2020' })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "published": must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('names a duplicate id', () => {
    expect(messagesFor([validReport(), validReport()])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "id": duplicates another record\'s id "test-2020-04-dandong-textile"',
    ]);
  });

  it('names a non-http URL', () => {
    const source = { ...(validReport().source as object), url: 'javascript:alert(1)' };
    expect(messagesFor([validReport({ source })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "source.url": must be an http or https URL',
    ]);
  });

  it('names a point outside its region', () => {
    const places = [{ region: 'dandong', name: 'Yanji', lon: 129.5078, lat: 42.9075, precision: 'city' }];
    expect(messagesFor([validReport({ places })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "places[0]": point 129.5078, 42.9075 lies outside the bounding box of "dandong"',
    ]);
  });

  it('reports every problem at once, naming records without a valid id by position', () => {
    const messages = messagesFor([validReport({ sectors: ['x-ray'] }), { id: 5 }]);
    expect(messages.length).toBeGreaterThan(5);
    expect(messages[0]).toContain('record "#1"');
    expect(messages.some((message) => message.includes('unknown sector "x-ray"'))).toBe(true);
  });

  it('refuses coordinates on a province-precision place (no pin more exact than the source)', () => {
    const places = [{ region: 'liaoning', lon: 123, lat: 41, precision: 'province' }];
    expect(messagesFor([validReport({ places })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "places[0].lon": must be absent at province precision',
      'data/reports.json: record "test-2020-04-dandong-textile": field "places[0].lat": must be absent at province precision',
    ]);
  });

  it('refuses a misspelt field name', () => {
    expect(messagesFor([validReport({ sumary: 'typo' })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "sumary": is not a known field',
    ]);
  });

  it('requires confidence "relay" when the URL is a mirror', () => {
    const source = { ...(validReport().source as object), via: 'thepressunited.com (mirror of Daily NK)' };
    expect(messagesFor([validReport({ source })])).toEqual([
      'data/reports.json: record "test-2020-04-dandong-textile": field "confidence": must be "relay" when the source is a mirror or relay (source.via is set)',
    ]);
  });
});

describe('the committed data', () => {
  it('passes validation', () => {
    expect(() => getDataset()).not.toThrow();
  });
});
