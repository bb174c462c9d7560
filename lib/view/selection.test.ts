import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { regions } from '@/lib/data/regions';
import { confidenceLevels } from '@/lib/data/schema';
import { hasFilters, selectView, type SelectionData } from './selection';
import { DEFAULT_STATE, type ViewState } from './view-state';

const dataset = getDataset();
const data: SelectionData = { ...dataset, regions };
const sectorKeys = dataset.sectors.map((sector) => sector.key);
const conditionKeys = dataset.conditions.map((condition) => condition.key);

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
  at: fc.constant(null),
  embed: fc.constant(false),
});

describe('selectView: one selection, every number derived from it', () => {
  it('an on sector shows the same number as the region table; an off sector shows exactly what it would add', () => {
    fc.assert(
      fc.property(view, (state) => {
        const selection = selectView(data, state);
        for (const key of sectorKeys) {
          const pill = selection.sectorCounts[key];
          if (!pill) throw new Error(`no count for ${key}`);
          if (pill.on) expect(pill.count).toBe(selection.listedBySector[key]);
          else {
            const widened = selectView(data, { ...state, sectors: [...state.sectors, key] });
            expect(widened.total).toBe(selection.total + pill.count);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('an off condition adds exactly its count, and the histogram inside the window sums to the dated listed reports', () => {
    fc.assert(
      fc.property(view, (state) => {
        const selection = selectView(data, state);
        for (const key of conditionKeys) {
          const pill = selection.conditionCounts[key];
          if (pill && !pill.on && state.conditions.length > 0) {
            const widened = selectView(data, { ...state, conditions: [...state.conditions, key] });
            expect(widened.total).toBe(selection.total + pill.count);
          }
        }
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

  it('Dandong with only restaurants: the textile control and the table cannot disagree', () => {
    const selection = selectView(data, { ...DEFAULT_STATE, region: 'dandong', sectors: ['restaurants'] });
    expect(selection.sectorCounts.restaurants).toEqual({ on: true, count: selection.listedBySector.restaurants });
    expect(selection.sectorCounts.textile?.on).toBe(false);
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
