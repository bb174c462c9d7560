import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewState } from './view-state';
import { parse, parsePeriod, roundCamera, serialize, type Vocabulary } from './url-state';
import { LOCALES } from '@/lib/i18n/locales';
import sectorsJson from '@/data/sectors.json';

const REPORT_IDS = ['dailynk-2020-04-stay-extended', 'rfa-2024-02-dandong-work-stoppage'];

const vocabulary: Vocabulary = {
  sectors: [
    'restaurants',
    'textile',
    'assembly',
    'seafood',
    'it',
    'trade',
    'construction',
    'hotels',
    'other',
    'unstated',
  ],
  conditions: ['normal-operations', 'reopened', 'struggling', 'below-capacity', 'closed', 'stay-extended'],
  confidence: ['single-anonymous-source', 'on-site-reporting', 'official-document', 'relay'],
  regions: ['liaoning', 'jilin', 'dandong', 'shenyang', 'yanbian', 'jilin-city'],
  reports: new Set(REPORT_IDS),
  bounds: [116, 37, 135, 48],
  zoomRange: [3.5, 12],
};

const subsequence = (keys: readonly string[]) => fc.subarray([...keys]).filter((picked) => picked.length < keys.length);

const period = fc.oneof(
  fc.integer({ min: 1990, max: 2100 }).map(String),
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);

const validState: fc.Arbitrary<ViewState> = fc
  .record({
    locale: fc.constantFrom(...LOCALES),
    region: fc.option(fc.constantFrom(...vocabulary.regions), { nil: null }),
    sectors: subsequence(vocabulary.sectors),
    conditions: subsequence(vocabulary.conditions),
    confidence: subsequence(vocabulary.confidence),
    from: fc.option(period, { nil: null }),
    to: fc.option(period, { nil: null }),
    compare: fc.option(
      fc.tuple(period, period).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
      { nil: null },
    ),
    report: fc.option(fc.constantFrom(...REPORT_IDS), { nil: null }),
    list: fc.subarray([...REPORT_IDS].sort()),
    at: fc.option(
      fc
        .record({
          lat: fc.double({ min: 37, max: 48, noNaN: true }),
          lng: fc.double({ min: 116, max: 135, noNaN: true }),
          zoom: fc.double({ min: 3.5, max: 12, noNaN: true }),
        })
        .map(roundCamera)
        .filter((camera) => camera.lat >= 37 && camera.lat <= 48 && camera.lng >= 116 && camera.lng <= 135),
      { nil: null },
    ),
    embed: fc.boolean(),
  })
  .map((state) =>
    state.from !== null && state.to !== null && state.from > state.to
      ? { ...state, from: state.to, to: state.from }
      : state,
  )
  .map((state) => (state.from === null && state.to === null ? { ...state, compare: null } : state));

describe('url-state properties', () => {
  it('parse(serialize(s)) equals s for any valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parse(serialize(state), vocabulary).state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('parse never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        parse(junk, vocabulary);
        parse(`/?${junk}`, vocabulary);
        parse(`/regions/${junk}?sector=${junk}&at=${junk}&from=${junk}`, vocabulary);
      }),
      { numRuns: 1000 },
    );
  });

  it('serialize is stable: serialize(parse(url)) is a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), validState, (junk, state) => {
        const once = serialize(parse(`${serialize(state)}&junk=${encodeURIComponent(junk)}`, vocabulary).state);
        expect(serialize(parse(once, vocabulary).state)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parse', () => {
  it('reads the documented example', () => {
    const { state } = parse(
      '/regions/dandong?sector=textile,restaurants&from=2020-01&to=2020-12&report=dailynk-2020-04-stay-extended&at=40.12,124.38,8.5',
      vocabulary,
    );
    expect(state).toEqual({
      ...DEFAULT_STATE,
      region: 'dandong',
      sectors: ['restaurants', 'textile'],
      from: '2020-01',
      to: '2020-12',
      report: 'dailynk-2020-04-stay-extended',
      at: { lat: 40.12, lng: 124.38, zoom: 8.5 },
    });
  });

  it('marks each parameter valid, invalid or missing and drops junk', () => {
    const { state, params } = parse(
      '/?sector=textile,spaceships&condition=nonsense&from=2020-13&utm_source=x',
      vocabulary,
    );
    expect(state.sectors).toEqual(['textile']);
    expect(params.sector.status).toBe('valid');
    expect(params.condition).toEqual({ status: 'invalid', raw: 'nonsense' });
    expect(params.from.status).toBe('invalid');
    expect(params.to.status).toBe('missing');
    expect(serialize(state)).toBe('/?sector=textile');
  });

  it('keeps old links to "other" working after the split, and reads the new keys, with the committed sectors', () => {
    const committed: Vocabulary = { ...vocabulary, sectors: sectorsJson.map((sector) => sector.key) };
    // Before the split, "other" also held the general workforce; an old link now shows the named other work.
    const old = parse('/regions/dandong?sector=other', committed);
    expect(old.state.sectors).toEqual(['other']);
    expect(old.params.sector.status).toBe('valid');
    expect(serialize(old.state)).toBe('/regions/dandong?sector=other');
    // Parsed into the vocabulary's order, as every list is.
    expect(parse('/?sector=unstated,hotels', committed).state.sectors).toEqual(['hotels', 'unstated']);
  });

  it('treats every sector selected as no filter', () => {
    expect(parse(`/?sector=${vocabulary.sectors.join(',')}`, vocabulary).state.sectors).toEqual([]);
  });

  it('survives absurd values', () => {
    const huge = 'x'.repeat(100_000);
    const cases = [
      `/?sector=${huge}`,
      '/?report=%3Cscript%3Ealert(1)%3C/script%3E',
      '/?at=NaN,NaN,NaN',
      '/?at=89,0,3',
      '/?at=40,124,99',
      '/?from=2024&to=2019',
      '/regions/%E0%A4%A',
      '/?at=1e400,124,5',
    ];
    const states = cases.map((url) => parse(url, vocabulary).state);
    expect(states[0]?.sectors).toEqual([]);
    expect(states[1]?.report).toBeNull();
    expect(states[2]?.at).toBeNull();
    expect(states[3]?.at).toBeNull();
    expect(states[4]?.at).toEqual({ lat: 40, lng: 124, zoom: 12 });
    expect([states[5]?.from, states[5]?.to]).toEqual(['2019', '2024']);
    expect(parse('/regions/%E0%A4%A', vocabulary).unknownRegion).toBe(true);
    expect(states[7]?.at).toBeNull();
  });

  it('flags an unknown region', () => {
    expect(parse('/regions/pyongyang', vocabulary)).toMatchObject({ unknownRegion: true, state: { region: null } });
    expect(parse('/regions/jilin-city', vocabulary)).toMatchObject({
      unknownRegion: false,
      state: { region: 'jilin-city' },
    });
  });
});

describe('serialize', () => {
  it('writes only non-defaults, in a fixed order', () => {
    expect(serialize(DEFAULT_STATE)).toBe('/');
    expect(serialize({ ...DEFAULT_STATE, embed: true, sectors: ['textile'], region: 'dandong', from: '2020' })).toBe(
      '/regions/dandong?sector=textile&from=2020&embed=1',
    );
  });

  it('rounds the camera by zoom', () => {
    expect(serialize({ ...DEFAULT_STATE, at: { lat: 40.123456789, lng: 124.3812345, zoom: 8.5012 } })).toBe(
      '/?at=40.1235,124.3812,8.5',
    );
    expect(serialize({ ...DEFAULT_STATE, at: { lat: 40.123456789, lng: 124.3812345, zoom: 5 } })).toBe(
      '/?at=40.12,124.38,5',
    );
  });
});

describe('language prefix', () => {
  it('is part of the path: /ko and /zh, none for English', () => {
    expect(parse('/ko/regions/dandong?sector=textile', vocabulary).state).toMatchObject({
      locale: 'ko',
      region: 'dandong',
      sectors: ['textile'],
    });
    expect(parse('/zh', vocabulary).state).toMatchObject({ locale: 'zh', region: null });
    expect(parse('/zh/', vocabulary).state).toMatchObject({ locale: 'zh', region: null });
    expect(parse('/regions/dandong', vocabulary).state).toMatchObject({ locale: 'en', region: 'dandong' });
    expect(serialize({ ...DEFAULT_STATE, locale: 'ko' })).toBe('/ko');
    expect(serialize({ ...DEFAULT_STATE, locale: 'zh', region: 'dandong', sectors: ['textile'] })).toBe(
      '/zh/regions/dandong?sector=textile',
    );
  });

  it('keeps the language when anything else in the view changes', () => {
    fc.assert(
      fc.property(validState, validState, (state, other) => {
        const changed = { ...other, locale: state.locale };
        expect(parse(serialize(changed), vocabulary).state.locale).toBe(state.locale);
      }),
      { numRuns: 200 },
    );
  });

  it('is never a language the site does not have', () => {
    expect(parse('/fr/regions/dandong', vocabulary).state).toMatchObject({ locale: 'en', region: null });
    expect(parse('/en/regions/dandong', vocabulary).state).toMatchObject({ locale: 'en', region: null });
    expect(parse('/ko/regions/pyongyang', vocabulary)).toMatchObject({
      unknownRegion: true,
      state: { locale: 'ko', region: null },
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (junk) => {
        expect(LOCALES).toContain(parse(`/${junk}/regions/dandong`, vocabulary).state.locale);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parsePeriod', () => {
  it('accepts years and months, nothing else', () => {
    expect(parsePeriod('2020')).toBe('2020');
    expect(parsePeriod('2020-04')).toBe('2020-04');
    expect(parsePeriod('2020-4')).toBeUndefined();
    expect(parsePeriod('2020-00')).toBeUndefined();
    expect(parsePeriod('20200')).toBeUndefined();
  });
});

describe('report ids before the reports have loaded', () => {
  const loading: Vocabulary = { ...vocabulary, reports: null };
  it('keeps any id shaped like one, and drops junk', () => {
    expect(parse('/?report=not-yet-known-2020', loading).state.report).toBe('not-yet-known-2020');
    expect(parse('/?report=%3Cscript%3E', loading).params.report.status).toBe('invalid');
  });
  it('drops an unknown id once the reports are known', () => {
    expect(parse('/?report=not-yet-known-2020', vocabulary).state.report).toBeNull();
  });
});

describe('a marker’s list', () => {
  const [first = '', second = ''] = [...REPORT_IDS].sort();
  it('keeps known ids once each, sorted, after report; drops unknown ones and junk', () => {
    const parsed = parse(`/regions/dandong?list=${second},bogus-2020,${first},${second},%3Cb%3E`, vocabulary);
    expect(parsed.state.list).toEqual([first, second]);
    expect(serialize({ ...parsed.state, report: first })).toBe(
      `/regions/dandong?report=${first}&list=${first},${second}`,
    );
    expect(parse('/?list=bogus-2020', vocabulary).params.list.status).toBe('invalid');
    expect(parse('/?list=bogus-2020', vocabulary).state.list).toEqual([]);
  });
  it('keeps ids shaped like one until the reports are known', () => {
    expect(parse('/?list=not-yet-2020,also-not-yet-2021', { ...vocabulary, reports: null }).state.list).toEqual([
      'also-not-yet-2021',
      'not-yet-2020',
    ]);
  });
  it('takes a list as long as a city’s cluster, and drops one longer than any could be', () => {
    const many = Array.from({ length: 200 }, (_, index) => `outlet-2020-report-number-${index}`);
    const loading = { ...vocabulary, reports: null };
    expect(parse(`/?list=${many.join(',')}`, loading).state.list).toHaveLength(200);
    const huge = Array.from({ length: 2000 }, (_, index) => `outlet-2020-report-number-${index}`);
    expect(parse(`/?list=${huge.join(',')}`, loading).params.list.status).toBe('invalid');
  });
});

describe('confidence', () => {
  it('keeps known labels in vocabulary order, drops unknown ones, and writes them after condition', () => {
    const parsed = parse('/?confidence=relay,bogus,on-site-reporting&condition=reopened', vocabulary);
    expect(parsed.state.confidence).toEqual(['on-site-reporting', 'relay']);
    expect(serialize(parsed.state)).toBe('/?condition=reopened&confidence=on-site-reporting,relay');
    expect(parse('/?confidence=bogus', vocabulary).params.confidence.status).toBe('invalid');
  });
});

describe('compare', () => {
  const read = (query: string) => parse(`/regions/dandong?${query}`, vocabulary);

  it('reads a baseline of years or months with a focus window, and writes it after to', () => {
    const years = read('from=2021&to=2023&compare=2017..2019');
    expect(years.state.compare).toEqual({ from: '2017', to: '2019' });
    expect(years.params.compare.status).toBe('valid');
    expect(serialize(years.state)).toBe('/regions/dandong?from=2021&to=2023&compare=2017..2019');
    const months = read('from=2020-02&to=2020-12&compare=2019-06..2020-01');
    expect(months.state.compare).toEqual({ from: '2019-06', to: '2020-01' });
  });

  it('puts a reversed baseline the right way round', () => {
    expect(read('from=2021&compare=2019..2017').state.compare).toEqual({ from: '2017', to: '2019' });
  });

  it('keeps a baseline with a half-open focus window', () => {
    expect(read('from=2021&compare=2017..2019').state.compare).toEqual({ from: '2017', to: '2019' });
    expect(read('to=2019&compare=2021..2023').state.compare).toEqual({ from: '2021', to: '2023' });
  });

  it('drops junk and a baseline without a focus window, so the URL is rewritten', () => {
    for (const junk of [
      '2017',
      '2017..',
      '..2019',
      '2017...2019',
      '2017..2019..2020',
      '1800..2019',
      '2019-13..2020',
      'x',
    ]) {
      const parsed = read(`from=2021&compare=${encodeURIComponent(junk)}`);
      expect(parsed.state.compare, junk).toBeNull();
      expect(parsed.params.compare.status, junk).toBe('invalid');
    }
    const alone = read('compare=2017..2019');
    expect(alone.state.compare).toBeNull();
    expect(alone.params.compare.status).toBe('invalid');
    expect(serialize(alone.state)).toBe('/regions/dandong');
    expect(read('from=2021').params.compare.status).toBe('missing');
  });
});
