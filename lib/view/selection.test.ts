import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { testReport } from '@/lib/data/test-report';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import { regions } from '@/lib/data/regions';
import { confidenceLevels } from '@/lib/data/schema';
import { hasFilters, selectView, type SelectionData } from './selection';
import { DEFAULT_STATE, type ViewState } from './view-state';

const dataset = getDataset();
const data: SelectionData = { ...dataset, regions };
const sectorKeys = dataset.sectors.map((sector) => sector.key);
const conditionKeys = dataset.conditions.map((condition) => condition.key);
const valuesOf = (report: ReportIndexEntry, facet: 'sectors' | 'conditions' | 'confidence'): readonly string[] =>
  facet === 'confidence' ? [report.confidence] : report[facet];

const view: fc.Arbitrary<ViewState> = fc.record({
  locale: fc.constantFrom('en', 'ko', 'zh'),
  region: fc.constantFrom(null, ...regions.map((region) => region.slug)),
  sectors: fc.subarray(sectorKeys).filter((keys) => keys.length < sectorKeys.length),
  conditions: fc.subarray(conditionKeys, { maxLength: 3 }),
  confidence: fc.subarray([...confidenceLevels], { maxLength: 3 }),
  from: fc.constantFrom(null, '2017', '2020', '2020-03'),
  to: fc.constantFrom(null, '2019', '2022', '2024-06'),
  compare: fc.constant(null),
  report: fc.constant(null),
  list: fc.constant([]),
  at: fc.constant(null),
  embed: fc.constant(false),
});

describe('selectView: one selection, every number derived from it', () => {
  it('every facet value counts what choosing it alone would show; a chosen value counts what it shows now', () => {
    const facets = [
      ['sectors', 'sectorCounts', sectorKeys],
      ['conditions', 'conditionCounts', conditionKeys],
      ['confidence', 'confidenceCounts', [...confidenceLevels]],
    ] as const;
    fc.assert(
      fc.property(view, (state) => {
        const selection = selectView(data, state);
        for (const [facet, countsKey, keys] of facets) {
          for (const key of keys) {
            const value = selection[countsKey][key];
            if (!value) throw new Error(`no count for ${facet} ${key}`);
            expect(value.chosen).toBe(state[facet].includes(key));
            const alone = selectView(data, { ...state, [facet]: [key] });
            expect(value.count).toBe(alone.total);
            if (value.chosen)
              expect(value.count).toBe(
                selection.listed.filter((report) => valuesOf(report, facet).includes(key)).length,
              );
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the histogram inside the window sums to the dated listed reports', () => {
    fc.assert(
      fc.property(view, (state) => {
        const selection = selectView(data, state);
        const inWindow = selection.years.filter((year) => year.inWindow).reduce((sum, year) => sum + year.count, 0);
        const dated = selection.listed.filter((report) => (report.observed ?? report.published) !== undefined);
        expect(inWindow).toBe(dated.length);
      }),
      { numRuns: 60 },
    );
  });

  it("the list's total equals the region's count on the map", () => {
    fc.assert(
      fc.property(view, (state) => {
        const selection = selectView(data, state);
        if (selection.region?.level === 'prefecture')
          expect(selection.regionCounts.prefectures[selection.region.slug]).toBe(selection.total);
        if (selection.region?.level === 'province')
          expect(selection.regionCounts.provinces[selection.region.slug]).toBe(selection.total);
      }),
      { numRuns: 60 },
    );
  });

  it('Dandong with restaurants chosen: the restaurant control and the table agree, textile counts its own reports', () => {
    const selection = selectView(data, { ...DEFAULT_STATE, region: 'dandong', sectors: ['restaurants'] });
    expect(selection.sectorCounts.restaurants).toEqual({ chosen: true, count: selection.listedBySector.restaurants });
    const textileInDandong = data.reports.filter(
      (report) => report.sectors.includes('textile') && report.places.some((place) => place.region === 'dandong'),
    ).length;
    expect(selection.sectorCounts.textile).toEqual({ chosen: false, count: textileInDandong });
  });
});

describe('hasFilters', () => {
  it('counts sectors, conditions, confidence and time, not the region, the camera or the open card', () => {
    expect(hasFilters({ ...DEFAULT_STATE, region: 'dandong', report: 'x', at: { lat: 40, lng: 124, zoom: 8 } })).toBe(
      false,
    );
    expect(hasFilters({ ...DEFAULT_STATE, confidence: ['relay'] })).toBe(true);
    expect(hasFilters({ ...DEFAULT_STATE, to: '2019' })).toBe(true);
  });
});

describe('dates that are ranges, in the time chart and the month bars', () => {
  // Worked by hand: a in April 2020; b July 2016 to January 2018 (no publication date); c only "2017";
  // e 2014 to 2016; f September 2016; d undated.
  const reports = [
    testReport({ id: 'a', published: '2020-04' }),
    testReport({ id: 'b', published: undefined, observed: '2016-07..2018-01' }),
    testReport({ id: 'c', published: '2017' }),
    testReport({ id: 'd', published: undefined }),
    testReport({ id: 'e', published: '2015', observed: '2014..2016' }),
    testReport({ id: 'f', published: '2016-10', observed: '2016-09' }),
  ];
  const small: SelectionData = { ...data, reports };
  const bars = (state: Partial<ViewState>) =>
    selectView(small, { ...DEFAULT_STATE, ...state })
      .years.filter((year) => year.count > 0)
      .map(({ year, inWindow, count, uncertain }) => ({ year, inWindow, count, uncertain }));

  it('draws a range once, in its first year, and marks it uncertain there', () => {
    const selection = selectView(small, DEFAULT_STATE);
    expect(selection.years.map((year) => year.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(bars({})).toEqual([
      { year: 2014, inWindow: true, count: 1, uncertain: 1 },
      { year: 2016, inWindow: true, count: 2, uncertain: 1 },
      { year: 2017, inWindow: true, count: 1, uncertain: 0 },
      { year: 2020, inWindow: true, count: 1, uncertain: 0 },
    ]);
    expect(selection.listed.map((report) => report.id)).toEqual(['a', 'c', 'f', 'b', 'e', 'd']);
    expect(selection.undated).toEqual(['d']);
    // b, c and e fix no month; the time filter says how many of those shown.
    expect(selection.looselyDated).toBe(3);
  });

  it("draws a range that starts before the window in the window's first year; outside, only what a year would add", () => {
    const selection = selectView(small, { ...DEFAULT_STATE, from: '2017', to: '2017' });
    expect(selection.listed.map((report) => report.id)).toEqual(['c', 'b']);
    expect(bars({ from: '2017', to: '2017' })).toEqual([
      { year: 2014, inWindow: false, count: 1, uncertain: 1 },
      { year: 2016, inWindow: false, count: 1, uncertain: 0 },
      { year: 2017, inWindow: true, count: 2, uncertain: 1 },
      { year: 2020, inWindow: false, count: 1, uncertain: 0 },
    ]);
    // The undated report is in no window: it is listed apart, not dropped.
    expect(selection.undated).toEqual(['d']);
    expect(selection.looselyDated).toBe(2);
    expect(selection.months?.spanning).toBe(2);
    expect(selection.months?.months.every((month) => month.count === 0)).toBe(true);
  });

  it('puts a report in a month bar only when its date is one month; years and ranges are counted apart', () => {
    const selection = selectView(small, { ...DEFAULT_STATE, from: '2016-07', to: '2017-06' });
    expect(selection.listed.map((report) => report.id)).toEqual(['c', 'f', 'b', 'e']);
    expect(bars({ from: '2016-07', to: '2017-06' })).toEqual([
      { year: 2016, inWindow: true, count: 3, uncertain: 2 },
      { year: 2017, inWindow: true, count: 1, uncertain: 0 },
      { year: 2020, inWindow: false, count: 1, uncertain: 0 },
    ]);
    const months = selection.months;
    if (!months) throw new Error('no month bars');
    expect(months.months).toHaveLength(12);
    expect(months.months.filter((month) => month.count > 0).map(({ month, count }) => ({ month, count }))).toEqual([
      { month: '2016-09', count: 1 },
    ]);
    expect(months.spanning).toBe(3);
  });

  it('gives the view sentence the years the shown reports span (a range to its end) and their sourcing', () => {
    const sourced = [
      ...reports.slice(0, 3),
      testReport({ id: 'g', published: '2018', confidence: 'relay' }),
      testReport({ id: 'h', published: undefined, confidence: 'press-report' }),
    ];
    const all = selectView({ ...data, reports: sourced }, DEFAULT_STATE);
    // b runs from 2016 to January 2018, a is 2020; the undated h spans nothing.
    expect(all.listedSpan).toEqual({ first: 2016, last: 2020 });
    expect(all.listedByConfidence['single-anonymous-source']).toBe(3);
    expect(all.listedByConfidence.relay).toBe(1);
    expect(all.listedByConfidence['press-report']).toBe(1);
    // b's range reaches into 2018, so a window of 2018 shows it: the span is that of the reports shown.
    const later = selectView({ ...data, reports: sourced }, { ...DEFAULT_STATE, from: '2018', to: '2018' });
    expect(later.listed.map((report) => report.id)).toEqual(['g', 'b']);
    expect(later.listedSpan).toEqual({ first: 2016, last: 2018 });
    expect(selectView({ ...data, reports: [sourced[4] ?? testReport()] }, DEFAULT_STATE).listedSpan).toBeNull();
  });
});
