import { describe, expect, it } from 'vitest';
import { testReport } from './test-report';
import conditions from '@/data/conditions.json';
import confidence from '@/data/confidence.json';
import events from '@/data/events.json';
import sectors from '@/data/sectors.json';
import { formatDataError, getDataset, latestDateOnEarth, validateDataset } from './dataset';
import { regions } from './regions';
import { confidenceLevels, languages, precisions, sourceKinds, tones } from './schema';

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

type Files = { sectors: unknown; conditions: unknown; coverage: unknown; confidence: unknown; events: unknown };

/** Like messagesFor, with other files than the committed ones. */
function messagesWith(files: Partial<Files>, reports: unknown[] = [validReport()]): string[] {
  const input = { sectors, conditions, coverage: coverageFor({}, reports), confidence, events, ...files, reports };
  const result = validateDataset(input, regions, TODAY);
  return result.ok ? [] : result.errors.map(formatDataError);
}

/** A timeline event that passes every check. */
const validEvent = {
  id: 'test-event',
  date: '2020-04',
  label: 'A test event',
  description: 'One sentence in our own words, long enough.',
  kind: 'incident',
  outlet: 'Yonhap News Agency',
  url: 'https://en.yna.co.kr/example',
  places: ['liaoning', 'dandong'],
  checked: { date: '2026-11-30', against: 'page' },
};

/** Zod's message for a value outside a list, written out here rather than taken from the schema. */
const notOneOf = (values: readonly string[]) =>
  `Invalid option: expected one of ${values.map((value) => `"${value}"`).join('|')}`;

const R = 'data/reports.json: record "test-2020-04-dandong-textile"';

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

  it('takes a range of partial dates for observed only, and names a backwards or malformed range', () => {
    const where = 'data/reports.json: record "test-2020-04-dandong-textile": field';
    expect(messagesFor([validReport({ observed: '2016-07..2018-01' })])).toEqual([]);
    expect(messagesFor([validReport({ observed: '2014..2016' })])).toEqual([]);
    // Ends compare on their common precision: July 2016 lies inside 2016, so the range is in order.
    expect(messagesFor([validReport({ observed: '2016-07..2016' })])).toEqual([]);
    expect(messagesFor([validReport({ observed: '2016-07..2016-07' })])).toEqual([]);
    // With no publication date, the range alone dates the record.
    expect(messagesFor([validReport({ published: undefined, observed: '2010-10..2012-05' })])).toEqual([]);
    expect(messagesFor([validReport({ observed: '2018-01..2016-07' })])).toEqual([
      `${where} "observed": is a backwards range: 2018-01 is after 2016-07`,
    ]);
    expect(messagesFor([validReport({ observed: '2017..2016-12' })])).toEqual([
      `${where} "observed": is a backwards range: 2017 is after 2016-12`,
    ]);
    const malformed = `${where} "observed": must be YYYY, YYYY-MM or YYYY-MM-DD, or a range A..B of two of them`;
    expect(messagesFor([validReport({ observed: '2016-07..' })])).toEqual([malformed]);
    expect(messagesFor([validReport({ observed: '2014..2015..2016' })])).toEqual([malformed]);
    expect(messagesFor([validReport({ observed: '2014-2016' })])).toEqual([malformed]);
    expect(messagesFor([validReport({ observed: '2016-02-30..2017' })])).toEqual([
      `${where} "observed": is not a real calendar date`,
    ]);
    expect(messagesFor([validReport({ published: '2016..2017' })])).toEqual([
      `${where} "published": must be YYYY, YYYY-MM or YYYY-MM-DD`,
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

  it('needs a point and a name for a place at city or point precision', () => {
    for (const precision of ['city', 'point'])
      expect(messagesFor([validReport({ places: [{ region: 'dandong', precision }] })]), precision).toEqual([
        `${R}: field "places[0].lon": is required at ${precision} precision`,
        `${R}: field "places[0].lat": is required at ${precision} precision`,
        `${R}: field "places[0].name": is required at ${precision} precision`,
      ]);
  });

  it('refuses coordinates on a prefecture-precision place too', () => {
    const places = [{ region: 'dandong', lon: 124.39, lat: 40.13, precision: 'prefecture' }];
    expect(messagesFor([validReport({ places })])).toEqual([
      `${R}: field "places[0].lon": must be absent at prefecture precision`,
      `${R}: field "places[0].lat": must be absent at prefecture precision`,
    ]);
  });

  it('names a precision that does not fit the level of its region (province vs prefecture)', () => {
    expect(messagesFor([validReport({ places: [{ region: 'dandong', precision: 'province' }] })])).toEqual([
      `${R}: field "places[0].region": "dandong" is a prefecture, but precision "province" needs a province`,
    ]);
    expect(messagesFor([validReport({ places: [{ region: 'jilin', precision: 'prefecture' }] })])).toEqual([
      `${R}: field "places[0].region": "jilin" is a province, but precision "prefecture" needs a prefecture`,
    ]);
    const city = [{ region: 'liaoning', name: 'Dandong', lon: 124.3947, lat: 40.1292, precision: 'city' }];
    expect(messagesFor([validReport({ places: city })])).toEqual([
      `${R}: field "places[0].region": "liaoning" is a province, but precision "city" needs a prefecture`,
    ]);
  });

  it('needs at least one place', () => {
    expect(messagesFor([validReport({ places: [] })])).toEqual([
      `${R}: field "places": Too small: expected array to have >=1 items`,
    ]);
  });

  it('names a sector or a condition listed twice in one record', () => {
    expect(messagesFor([validReport({ sectors: ['textile', 'textile'] })])).toEqual([
      `${R}: field "sectors": lists a sector twice`,
    ]);
    expect(messagesFor([validReport({ conditions: ['normal-operations', 'normal-operations'] })])).toEqual([
      `${R}: field "conditions": lists a condition twice`,
    ]);
  });

  it('names "Sector not stated" combined with a sector, and "Other" without named work', () => {
    expect(messagesFor([validReport({ sectors: ['textile', 'unstated'] })])).toEqual([
      `${R}: field "sectors": "unstated" means no kind of work is named, so it cannot be combined with another sector`,
    ]);
    const [message, ...rest] = messagesFor([validReport({ sectors: ['other'] })]);
    expect(rest).toEqual([]);
    expect(message).toMatch(/^data\/reports\.json: record "test-2020-04-dandong-textile": field "sectors": "other" is for named work/);
    expect(messagesFor([validReport({ sectors: ['other'], summary: 'Women from Hyesan picked strawberries.' })])).toEqual(
      [],
    );
  });

  it('names a neutral sector key that is not last', () => {
    const unstated = sectors.find((sector) => sector.key === 'unstated');
    const rest = sectors.filter((sector) => sector.key !== 'unstated');
    expect(messagesWith({ sectors: [unstated, ...rest] })).toEqual([
      'data/sectors.json: record "unstated": field "neutral": the neutral key must come last, after the sectors',
    ]);
  });

  it('names a malformed id, digest ref, event key or sector key', () => {
    expect(messagesFor([validReport({ id: 'Bad_Id' })])).toEqual([
      'data/reports.json: record "Bad_Id": field "id": must be a lowercase slug',
    ]);
    expect(messagesFor([validReport({ refs: ['S1', 'X9'] })])).toEqual([
      `${R}: field "refs[1]": must be a digest id like R12`,
    ]);
    expect(messagesFor([validReport({ event: 'Helong 2024' })])).toEqual([
      `${R}: field "event": must be a lowercase slug like "helong-2024-01-unrest"`,
    ]);
    expect(messagesFor([validReport({ sectors: ['Textile'] })])).toEqual([
      `${R}: field "sectors[0]": must be a lowercase key like "below-capacity"`,
    ]);
  });

  it('names a value outside its vocabulary: confidence, language, kind of source, precision', () => {
    const source = validReport().source as Record<string, unknown>;
    expect(messagesFor([validReport({ confidence: 'rumour' })])).toEqual([
      `${R}: field "confidence": ${notOneOf(confidenceLevels)}`,
    ]);
    expect(messagesFor([validReport({ source: { ...source, language: 'fr' } })])).toEqual([
      `${R}: field "source.language": ${notOneOf(languages)}`,
    ]);
    expect(messagesFor([validReport({ source: { ...source, kind: 'blog' } })])).toEqual([
      `${R}: field "source.kind": ${notOneOf(sourceKinds)}`,
    ]);
    expect(messagesFor([validReport({ places: [{ region: 'dandong', precision: 'street' }] })])).toEqual([
      `${R}: field "places[0].precision": ${notOneOf(precisions)}`,
    ]);
  });

  it('names a summary too short or too long', () => {
    expect(messagesFor([validReport({ summary: 'Too short.' })])).toEqual([
      `${R}: field "summary": Too small: expected string to have >=20 characters`,
    ]);
    expect(messagesFor([validReport({ summary: 'x'.repeat(801) })])).toEqual([
      `${R}: field "summary": Too big: expected string to have <=800 characters`,
    ]);
  });

  it('names a checked date that is not a calendar date or not YYYY-MM-DD', () => {
    expect(messagesFor([validReport({ checked: { date: '2026-02-30', against: 'page' } })])).toEqual([
      `${R}: field "checked.date": is not a real calendar date`,
    ]);
    expect(messagesFor([validReport({ checked: { date: '2026-11', against: 'page' } })])).toEqual([
      `${R}: field "checked.date": must be YYYY-MM-DD`,
    ]);
  });

  it('names a duplicate key in sectors, conditions, coverage, confidence labels and timeline events', () => {
    const textile = sectors.find((sector) => sector.key === 'textile');
    const normal = conditions.find((condition) => condition.key === 'normal-operations');
    const relay = confidence.find((label) => label.key === 'relay');
    const anshan = coverageFor().find((entry) => entry.region === 'anshan');
    expect(messagesWith({ sectors: [textile, ...sectors] })).toEqual([
      `data/sectors.json: record "textile": field "key": duplicates another record's key "textile"`,
    ]);
    expect(messagesWith({ conditions: [...conditions, normal] })).toEqual([
      `data/conditions.json: record "normal-operations": field "key": duplicates another record's key "normal-operations"`,
    ]);
    expect(messagesWith({ coverage: [...coverageFor(), anshan] })).toEqual([
      `data/coverage.json: record "anshan": field "region": duplicates another record's region "anshan"`,
    ]);
    expect(messagesWith({ confidence: [...confidence, relay] })).toEqual([
      `data/confidence.json: record "relay": field "key": duplicates another record's key "relay"`,
    ]);
    expect(messagesWith({ events: [validEvent, validEvent] })).toEqual([
      `data/events.json: record "test-event": field "id": duplicates another record's id "test-event"`,
    ]);
  });

  it('names a malformed sector colour or condition tone', () => {
    const mining = { key: 'mining', label: 'Mining', colour: 'brown', description: 'Mines and quarries.' };
    expect(messagesWith({ sectors: [...sectors, mining] })).toEqual([
      'data/sectors.json: record "mining": field "colour": must be a #RRGGBB colour',
    ]);
    const strike = { key: 'strike', label: 'Strike', tone: 'terrible', description: 'Workers stopped work.' };
    expect(messagesWith({ conditions: [...conditions, strike] })).toEqual([
      `data/conditions.json: record "strike": field "tone": ${notOneOf(tones)}`,
    ]);
  });

  it('names a file that is not an array of records', () => {
    expect(messagesWith({ events: { id: 'not-a-list' } })).toEqual([
      'data/events.json: record "(file)": field "(root)": must be an array of records',
    ]);
  });

  it('rejects a coverage entry for a region that is not a prefecture', () => {
    for (const region of ['liaoning', 'pyongyang'])
      expect(messagesWith({ coverage: [...coverageFor(), { region, status: 'none-found', searches }] })).toEqual([
        `data/coverage.json: record "${region}": field "region": "${region}" is not a prefecture`,
      ]);
  });

  it('rejects a "reported" prefecture that no report names', () => {
    expect(messagesFor([validReport()], coverageFor({ anshan: { status: 'reported' } }))).toEqual([
      'data/coverage.json: record "anshan": field "status": is "reported", but no report names this prefecture',
    ]);
  });

  it('rejects a coverage search dated in the future', () => {
    const later = [...searches.slice(0, 2), { ...searches[2], date: '2026-12-03' }];
    expect(messagesFor([validReport()], coverageFor({ anshan: { searches: later } }))).toEqual([
      'data/coverage.json: record "anshan": field "searches[2].date": 2026-12-03 is in the future',
    ]);
  });

  it('accepts a valid timeline event, and names one checked in the future or naming an unknown region', () => {
    expect(messagesWith({ events: [validEvent] })).toEqual([]);
    expect(messagesWith({ events: [{ ...validEvent, checked: { date: '2026-12-03', against: 'page' } }] })).toEqual([
      'data/events.json: record "test-event": field "checked.date": 2026-12-03 is in the future',
    ]);
    expect(messagesWith({ events: [{ ...validEvent, places: ['liaoning', 'pyongyang'] }] })).toEqual([
      'data/events.json: record "test-event": field "places[1]": unknown region "pyongyang"',
    ]);
  });

  it('needs an explanation for every confidence label', () => {
    expect(messagesWith({ confidence: confidence.filter((label) => label.key !== 'relay') })).toEqual([
      'data/confidence.json: record "relay": field "(record)": is missing: every confidence label needs an explanation',
    ]);
  });
});

describe('the committed data', () => {
  it('passes validation', () => {
    expect(() => getDataset()).not.toThrow();
  });
});
