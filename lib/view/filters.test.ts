import { describe, expect, it } from 'vitest';
import { testReport } from '@/lib/data/test-report';
import type { Condition, Region, Report } from '@/lib/data/schema';
import {
  countByCondition,
  countByRegion,
  countBySector,
  countByYear,
  filterReports,
  inTimeWindow,
  isDateRange,
  latestBySector,
  monthSpan,
  newestFirst,
  NO_FILTERS,
  pinnedPlaces,
  reportsInRegion,
  reportTone,
  reportYear,
  sharedPlace,
  uncertainInWindow,
  whollyInWindow,
} from './filters';

function report(id: string, overrides: Partial<Report> = {}): Report {
  return testReport({
    id,
    refs: ['R01'],
    places: [{ region: 'dandong', name: 'Dandong', lon: 124.39, lat: 40.13, precision: 'city' }],
    ...overrides,
    source: { outlet: 'Test', title: 'T', url: 'https://example.org/', ...overrides.source },
  });
}

const region = (slug: string, level: Region['level'], province: Region['province']): Region => ({
  slug,
  code: 210000,
  level,
  province,
  name_en: slug,
  name_zh: slug,
  name_zh_full: slug,
  name_ko: slug,
  bbox: [0, 0, 1, 1],
  label: [0, 0],
});
const regions: Region[] = [
  region('liaoning', 'province', 'liaoning'),
  region('jilin', 'province', 'jilin'),
  region('dandong', 'prefecture', 'liaoning'),
  region('shenyang', 'prefecture', 'liaoning'),
  region('yanbian', 'prefecture', 'jilin'),
];

const textileDandong = report('textile-dandong');
const restaurantsShenyang = report('restaurants-shenyang', {
  sectors: ['restaurants'],
  conditions: ['struggling', 'reopened'],
  published: '2021-03-19',
  places: [{ region: 'shenyang', name: 'Shenyang', lon: 123.43, lat: 41.79, precision: 'city' }],
});
const liaoningWide = report('liaoning-wide', {
  sectors: ['restaurants', 'textile'],
  conditions: ['stay-extended'],
  published: '2020',
  published_inferred: true,
  places: [
    { region: 'liaoning', precision: 'province' },
    { region: 'jilin', precision: 'province' },
  ],
});
const yanbianArea = report('yanbian-area', {
  sectors: ['seafood'],
  conditions: ['unpaid-wages'],
  published: '2024-01',
  places: [{ region: 'yanbian', precision: 'prefecture' }],
});
const all = [textileDandong, restaurantsShenyang, liaoningWide, yanbianArea];

describe('time windows', () => {
  it('reads a partial date as the months it may refer to', () => {
    expect(monthSpan('2020')).toEqual([2020 * 12, 2020 * 12 + 11]);
    expect(monthSpan('2020-04')).toEqual([2020 * 12 + 3, 2020 * 12 + 3]);
    expect(monthSpan('2020-04-27')).toEqual([2020 * 12 + 3, 2020 * 12 + 3]);
  });

  it('filters at month precision', () => {
    expect(inTimeWindow(textileDandong, '2020-04', '2020-04')).toBe(true);
    expect(inTimeWindow(textileDandong, '2020-05', null)).toBe(false);
    expect(inTimeWindow(textileDandong, null, '2020-03')).toBe(false);
  });

  it('filters at year precision', () => {
    expect(inTimeWindow(textileDandong, '2020', '2020')).toBe(true);
    expect(inTimeWindow(restaurantsShenyang, '2020', '2020')).toBe(false);
    expect(inTimeWindow(restaurantsShenyang, '2021', null)).toBe(true);
  });

  it('keeps a year-only report in any window that overlaps its year', () => {
    expect(inTimeWindow(liaoningWide, '2020-06', '2020-08')).toBe(true);
    expect(inTimeWindow(liaoningWide, '2021-01', '2021-12')).toBe(false);
  });

  it('leaves undated reports out of any time window, but not out of the unfiltered view', () => {
    const { published: _published, ...rest } = textileDandong;
    const undated: Report = { ...rest, id: 'undated' };
    expect(inTimeWindow(undated, null, null)).toBe(true);
    expect(inTimeWindow(undated, '1990', null)).toBe(false);
    expect(newestFirst([undated, textileDandong]).map((r) => r.id)).toEqual(['textile-dandong', 'undated']);
    expect([...countByYear([undated]).entries()]).toEqual([]);
  });

  it('uses the observed date when the source gives one', () => {
    const observedEarlier = report('observed', { published: '2023-03', observed: '2021' });
    expect(inTimeWindow(observedEarlier, '2021', '2021')).toBe(true);
    expect(inTimeWindow(observedEarlier, '2023', '2023')).toBe(false);
  });
});

describe('filterReports', () => {
  it('matches any selected sector and any selected condition', () => {
    expect(filterReports(all, { ...NO_FILTERS, sectors: ['restaurants'] }).map((r) => r.id)).toEqual([
      'restaurants-shenyang',
      'liaoning-wide',
    ]);
    expect(
      filterReports(all, { ...NO_FILTERS, sectors: ['restaurants'], conditions: ['stay-extended'] }).map((r) => r.id),
    ).toEqual(['liaoning-wide']);
  });

  it('returns everything without filters', () => {
    expect(filterReports(all, NO_FILTERS)).toHaveLength(4);
  });

  it("can ignore one facet, for that facet's own counts", () => {
    const filters = { ...NO_FILTERS, sectors: ['seafood'], from: '2020', to: '2020' };
    expect(filterReports(all, filters)).toHaveLength(0);
    expect(filterReports(all, filters, 'sectors').map((r) => r.id)).toEqual(['textile-dandong', 'liaoning-wide']);
  });
});

describe('counts', () => {
  it('counts by sector, a multi-sector report under each', () => {
    expect(countBySector(all, ['restaurants', 'textile', 'assembly', 'seafood'])).toEqual({
      restaurants: 2,
      textile: 2,
      assembly: 0,
      seafood: 1,
    });
  });

  it('counts by condition and by year', () => {
    expect(countByCondition(all, ['struggling', 'closed'])).toMatchObject({ struggling: 1, closed: 0 });
    expect([...countByYear(all).entries()].sort()).toEqual([
      [2020, 2],
      [2021, 1],
      [2024, 1],
    ]);
  });

  it('counts by region: prefecture shading, province-wide reports apart', () => {
    const counts = countByRegion(all, regions);
    expect(counts.prefectures).toEqual({ dandong: 1, shenyang: 1, yanbian: 1 });
    expect(counts.provinceWide).toEqual({ liaoning: 1, jilin: 1 });
    expect(counts.provinces).toEqual({ liaoning: 3, jilin: 2 });
  });

  it('counts a report once per region even when it names two places there', () => {
    const twoPlaces = report('two-places', {
      places: [
        { region: 'dandong', name: 'Dandong', lon: 124.39, lat: 40.13, precision: 'city' },
        { region: 'dandong', name: 'Donggang', lon: 124.15, lat: 39.86, precision: 'city' },
      ],
    });
    expect(countByRegion([twoPlaces], regions).prefectures.dandong).toBe(1);
  });
});

describe('pins', () => {
  it('never makes a point of a province- or prefecture-precision place', () => {
    expect(pinnedPlaces(liaoningWide)).toEqual([]);
    expect(pinnedPlaces(yanbianArea)).toEqual([]);
    expect(pinnedPlaces(textileDandong)).toEqual([
      expect.objectContaining({ name: 'Dandong', lon: 124.39, lat: 40.13 }),
    ]);
  });
});

describe('regions', () => {
  it('gives a province its own reports and those of its prefectures', () => {
    const liaoning = regions[0];
    if (!liaoning) throw new Error('fixture');
    expect(reportsInRegion(all, liaoning, regions).map((r) => r.id)).toEqual([
      'textile-dandong',
      'restaurants-shenyang',
      'liaoning-wide',
    ]);
  });
});

describe('order and tone', () => {
  it('sorts newest first, month-precision after day-precision in the same month', () => {
    const sameMonth = report('same-month-day', { published: '2020-04-27' });
    expect(newestFirst([textileDandong, yanbianArea, sameMonth, restaurantsShenyang]).map((r) => r.id)).toEqual([
      'yanbian-area',
      'restaurants-shenyang',
      'same-month-day',
      'textile-dandong',
    ]);
  });

  it('finds the latest report per sector', () => {
    const latest = latestBySector(all, ['restaurants', 'textile']);
    expect(latest.get('restaurants')?.id).toBe('restaurants-shenyang');
    expect(latest.get('textile')?.id).toBe('textile-dandong');
  });

  it('derives one tone per report', () => {
    const conditions: Condition[] = [
      { key: 'reopened', label: 'Reopened', tone: 'good', description: 'd' },
      { key: 'struggling', label: 'Struggling', tone: 'bad', description: 'd' },
      { key: 'stay-extended', label: 'Stay extended', tone: 'mixed', description: 'd' },
      { key: 'unpaid-wages', label: 'Unpaid wages', tone: 'bad', description: 'd' },
      { key: 'normal-operations', label: 'Normal', tone: 'good', description: 'd' },
    ];
    expect(reportTone(restaurantsShenyang, conditions)).toBe('mixed');
    expect(reportTone(yanbianArea, conditions)).toBe('bad');
    expect(reportTone(textileDandong, conditions)).toBe('good');
    expect(reportTone(report('unknown', { conditions: ['new-arrivals'] }), conditions)).toBe('neutral');
  });
});

describe('date ranges', () => {
  // Undated in publication; the source fixes only bounds: July 2016 to January 2018.
  const ranged = report('ranged', { published: undefined, observed: '2016-07..2018-01' });
  const yearRange = report('year-range', { published: '2015', observed: '2014..2016' });

  it('spans a range from its first month to its last', () => {
    expect(monthSpan('2016-07..2018-01')).toEqual([2016 * 12 + 6, 2018 * 12]);
    expect(monthSpan('2014..2016')).toEqual([2014 * 12, 2016 * 12 + 11]);
    expect(monthSpan('2016-07-15..2016-08-02')).toEqual([2016 * 12 + 6, 2016 * 12 + 7]);
    expect(isDateRange('2014..2016')).toBe(true);
    expect(isDateRange('2016-07')).toBe(false);
    expect(reportYear(ranged)).toBe(2016);
  });

  it('shows a ranged report in every window its span overlaps, and in none it misses', () => {
    expect(inTimeWindow(ranged, '2017', '2017')).toBe(true);
    expect(inTimeWindow(ranged, '2018-01', '2018-03')).toBe(true);
    expect(inTimeWindow(ranged, '2016-07', '2016-07')).toBe(true);
    expect(inTimeWindow(ranged, '2018-02', null)).toBe(false);
    expect(inTimeWindow(ranged, null, '2016-06')).toBe(false);
    expect(inTimeWindow(yearRange, '2016-12', '2020')).toBe(true);
    expect(inTimeWindow(yearRange, '2017', null)).toBe(false);
    expect(filterReports([ranged, yearRange, textileDandong], { ...NO_FILTERS, from: '2016', to: '2016' })).toEqual([
      ranged,
      yearRange,
    ]);
  });

  it('marks a report uncertain in a window it overlaps without lying wholly inside', () => {
    expect(whollyInWindow(ranged, '2016', '2018')).toBe(true);
    expect(uncertainInWindow(ranged, '2016', '2018')).toBe(false);
    expect(uncertainInWindow(ranged, '2016-07', '2018-01')).toBe(false);
    expect(uncertainInWindow(ranged, '2017', '2017')).toBe(true);
    expect(uncertainInWindow(ranged, '2016-08', null)).toBe(true);
    expect(uncertainInWindow(ranged, null, '2018-01')).toBe(false);
    // Outside the window it is neither shown nor uncertain; without a window nothing is uncertain.
    expect(uncertainInWindow(ranged, '2019', null)).toBe(false);
    expect(uncertainInWindow(ranged, null, null)).toBe(false);
    // A year-only date is a span too: "2020" is uncertain in March-May 2020, April 2020 is not.
    expect(uncertainInWindow(liaoningWide, '2020-03', '2020-05')).toBe(true);
    expect(uncertainInWindow(textileDandong, '2020-03', '2020-05')).toBe(false);
    const undated = report('undated', { published: undefined });
    expect(uncertainInWindow(undated, '2020', null)).toBe(false);
    expect(whollyInWindow(undated, null, null)).toBe(false);
  });

  it('counts a range once, in the year it starts', () => {
    expect([...countByYear([ranged, yearRange, textileDandong]).entries()].sort()).toEqual([
      [2014, 1],
      [2016, 1],
      [2020, 1],
    ]);
  });

  it('sorts a range by its start, before a single date of the same start', () => {
    const july2016 = report('july-2016', { published: '2016-07' });
    const june2017 = report('june-2017', { published: '2017-06' });
    const undated = report('undated', { published: undefined });
    expect(newestFirst([undated, yearRange, july2016, ranged, june2017]).map((r) => r.id)).toEqual([
      'june-2017',
      'ranged',
      'july-2016',
      'year-range',
      'undated',
    ]);
  });
});

describe('sharedPlace', () => {
  const at = (name: string, lon: number) => ({ region: 'yanbian', name, lon, lat: 42.9, precision: 'city' as const });
  it('names the pinned place every report names, else none', () => {
    const yanji = testReport({ id: 'a', places: [at('Yanji', 129.5)] });
    const both = testReport({ id: 'b', places: [at('Longjing', 129.4), at('Yanji', 129.5)] });
    const tumen = testReport({ id: 'c', places: [at('Tumen', 129.8)] });
    expect(sharedPlace([yanji, both])).toBe('Yanji');
    expect(sharedPlace([both, yanji])).toBe('Yanji');
    expect(sharedPlace([yanji, tumen])).toBeNull();
    expect(sharedPlace([])).toBeNull();
    // A place named only at prefecture precision gets no pin, so it names no marker.
    expect(
      sharedPlace([testReport({ places: [{ region: 'yanbian', name: 'Yanbian', precision: 'prefecture' }] })]),
    ).toBeNull();
  });
});
