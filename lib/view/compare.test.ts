import { describe, expect, it } from 'vitest';
import { testReport } from '@/lib/data/test-report';
import { changeRows, comparePresets, compareView, focusPeriod } from './compare';
import { getDataset } from '@/lib/data/dataset';
import { countByRegion, filterReports, NO_FILTERS, whollyInWindow } from './filters';
import { regions } from '@/lib/data/regions';
import type { Report } from '@/lib/data/schema';
import { viewFilters } from './selection';
import { DEFAULT_STATE, type ViewState } from './view-state';
import { serverTranslators } from '@/lib/i18n/catalogues';
import {
  changeLabel,
  describeComparison,
  describeLargestChange,
  describeStraddling,
  periodLabel,
  presetLabel,
} from '@/lib/i18n/compare-text';
import type { Locale } from '@/lib/i18n/locales';

const i18n = (locale: Locale) => ({ locale, t: serverTranslators(locale).ui });

const dataset = getDataset();
const data = { ...dataset, regions };
const YEARS = [2001, 2026];

function report(id: string, published: string, places: Report['places'], conditions: string[] = []): Report {
  return testReport({
    id,
    published,
    source: { outlet: 'Test', url: `https://example.org/${id}`, title: id },
    places,
    conditions,
    confidence: 'on-site-reporting',
  });
}

describe('compareView', () => {
  it('is null without a baseline or without a focus window', () => {
    const view: ViewState = { ...DEFAULT_STATE, from: '2020' };
    expect(compareView(data, view, viewFilters(view), YEARS)).toBeNull();
    expect(focusPeriod({ from: null, to: null }, YEARS)).toBeNull();
    expect(focusPeriod({ from: '2020', to: null }, YEARS)).toEqual({ from: '2020', to: '2026' });
  });

  it('counts each period with the same filters as the list would', () => {
    const view: ViewState = {
      ...DEFAULT_STATE,
      sectors: ['textile'],
      from: '2020',
      to: '2022',
      compare: { from: '2017', to: '2019' },
    };
    const comparison = compareView(data, view, viewFilters(view), YEARS);
    if (!comparison) throw new Error('no comparison');
    // A report counts in a period when its whole span lies inside it (a range may reach over a period's edge).
    const textile = filterReports(dataset.reports, { ...NO_FILTERS, sectors: ['textile'] });
    const baseline = textile.filter((report) => whollyInWindow(report, '2017', '2019'));
    const focus = textile.filter((report) => whollyInWindow(report, '2020', '2022'));
    expect(comparison.baseline.total).toBe(baseline.length);
    expect(comparison.focus.total).toBe(focus.length);
    expect(periodLabel(i18n('en'), comparison.baseline.period)).toBe('2017–2019');
    expect(periodLabel(i18n('ko'), comparison.baseline.period)).toBe('2017년~2019년');
    const byRegion = countByRegion(focus, regions).prefectures;
    for (const [slug, counts] of Object.entries(comparison.prefectures)) expect(counts.focus).toBe(byRegion[slug]);
  });

  it('counts a report in a period only when its whole span lies inside, and says how many straddle', () => {
    const dandong: Report['places'] = [{ region: 'dandong', precision: 'prefecture' }];
    const ranged = (id: string, observed: string) => ({ ...report(id, '2024', dandong), observed });
    const reports = [
      report('year-2020', '2020', dandong), // overlaps both periods, inside neither: straddles
      report('may-2019', '2019-05', dandong), // baseline
      ranged('nov-2019-to-mar-2020', '2019-11..2020-03'), // reaches over the border closure: straddles
      report('year-2021', '2021', dandong), // focus
      report('year-2018', '2018', dandong), // January 2018 lies before the baseline starts: straddles
      ranged('years-2016-2017', '2016..2017'), // in neither period, touches neither
      report('jan-2022', '2022-01-15', dandong), // focus
      testReport({ id: 'undated', published: undefined, places: dandong }), // in no period
    ];
    const view: ViewState = {
      ...DEFAULT_STATE,
      from: '2020-02',
      to: '2022-01',
      compare: { from: '2018-02', to: '2020-01' },
    };
    const comparison = compareView({ ...data, reports }, view, viewFilters(view), YEARS);
    if (!comparison) throw new Error('no comparison');
    expect(comparison.baseline.total).toBe(1);
    expect(comparison.focus.total).toBe(2);
    expect(comparison.straddling).toBe(3);
    expect(comparison.prefectures.dandong).toEqual({ baseline: 1, focus: 2 });
    // The region in view narrows the straddling count too.
    const elsewhere = compareView({ ...data, reports }, { ...view, region: 'yanbian' }, viewFilters(view), YEARS);
    expect(elsewhere?.straddling).toBe(0);
    expect(describeStraddling(i18n('en'), comparison)).toBe(
      '3 reports straddle the two periods: each overlaps a period without lying inside it, so it counts in neither',
    );
    expect(describeStraddling(i18n('ko'), comparison)).toBe(
      '보도 3건은 두 기간에 걸쳐 있습니다. 기간과 겹치지만 그 안에 다 들어가지 않아 어느 쪽에도 세지 않았습니다',
    );
    expect(describeStraddling(i18n('zh'), comparison)).toBe(
      '3篇报道跨越两个时期：与某一时期重叠而不完全在其内，两边都不计入',
    );
    expect(describeStraddling(i18n('en'), { straddling: 1 })).toBe(
      '1 report straddles the two periods: it overlaps a period without lying inside it, so it counts in neither',
    );
    expect(describeStraddling(i18n('en'), { straddling: 0 })).toBeNull();
  });

  it('never counts a province-precision report for a prefecture', () => {
    const reports = [
      report('jilin-wide-2018', '2018-05', [{ region: 'jilin', precision: 'province' }]),
      report('yanbian-2021', '2021-03', [{ region: 'yanbian', precision: 'prefecture' }], ['repatriation']),
      report('yanbian-2018', '2018-03', [{ region: 'yanbian', precision: 'prefecture' }], ['reopened']),
    ];
    const view: ViewState = { ...DEFAULT_STATE, from: '2021', to: '2021', compare: { from: '2018', to: '2018' } };
    const comparison = compareView({ ...data, reports }, view, viewFilters(view), YEARS);
    if (!comparison) throw new Error('no comparison');
    expect(comparison.prefectures.yanbian).toEqual({ baseline: 1, focus: 1 });
    expect(Object.values(comparison.prefectures).reduce((sum, counts) => sum + counts.baseline, 0)).toBe(1);
    expect(comparison.provinceWide.jilin).toEqual({ baseline: 1, focus: 0 });
    expect(comparison.appeared).toEqual(['repatriation']);
    expect(comparison.disappeared).toEqual(['reopened']);
  });

  it('narrows the panel summary to the region in view', () => {
    const view: ViewState = {
      ...DEFAULT_STATE,
      region: 'dandong',
      from: '2020',
      to: '2026',
      compare: { from: '2010', to: '2019' },
    };
    const comparison = compareView(data, view, viewFilters(view), YEARS);
    if (!comparison) throw new Error('no comparison');
    expect(comparison.focus.total).toBeGreaterThanOrEqual(comparison.prefectures.dandong?.focus ?? 0);
    expect(describeComparison(i18n('en'), 'Dandong', comparison)).toMatch(
      /^Dandong: \d+ reports? in 2010–2019, \d+ in 2020–2026$/,
    );
    expect(describeComparison(i18n('zh'), '丹东', comparison)).toMatch(
      /^丹东：2010年至2019年\d+篇报道，2020年至2026年\d+篇$/,
    );
  });
});

describe('changeRows', () => {
  it('lists prefectures and province-wide reports, largest change by size first, none-in-either left out', () => {
    const rows = changeRows(
      {
        prefectures: {
          shenyang: { baseline: 16, focus: 4 },
          dandong: { baseline: 7, focus: 0 },
          dalian: { baseline: 0, focus: 0 },
          yanbian: { baseline: 2, focus: 11 },
        },
        provinceWide: { liaoning: { baseline: 1, focus: 14 }, jilin: { baseline: 3, focus: 3 } },
      },
      regions,
    );
    expect(rows.map((row) => `${row.kind}:${row.slug}`)).toEqual([
      'province:liaoning',
      'prefecture:shenyang',
      'prefecture:yanbian',
      'prefecture:dandong',
      'province:jilin',
    ]);
  });

  it('names the largest change, and every place that shares it', () => {
    const rows = [
      { name: 'Shenyang', baseline: 16, focus: 4 },
      { name: 'Yanbian', baseline: 2, focus: 11 },
    ];
    expect(describeLargestChange(i18n('en'), rows)).toBe('Largest change: Shenyang, 16 → 4');
    expect(describeLargestChange(i18n('en'), [...rows, { name: 'Dalian', baseline: 0, focus: 12 }])).toBe(
      'Largest change: Shenyang, 16 → 4; Dalian, 0 → 12',
    );
    expect(describeLargestChange(i18n('zh'), rows)).toBe('变化最大：Shenyang，16篇 → 4篇');
    expect(describeLargestChange(i18n('en'), [{ name: 'Dalian', baseline: 3, focus: 3 }])).toBeNull();
  });
});

describe('the comparison of the data', () => {
  it('shades with a scale whose ends are the largest prefecture change', () => {
    const view: ViewState = { ...DEFAULT_STATE, from: '2020', to: '2026', compare: { from: '2017', to: '2019' } };
    const comparison = compareView(data, view, viewFilters(view), YEARS);
    if (!comparison) throw new Error('no comparison');
    const largest = Math.max(
      ...Object.values(comparison.prefectures).map((counts) => Math.abs(counts.focus - counts.baseline)),
    );
    expect(comparison.scale.max).toBe(largest);
    expect(comparison.scale.bins[0]?.to).toBe(-largest);
    expect(comparison.scale.bins[comparison.scale.bins.length - 1]?.to).toBe(largest);
  });
});

describe('comparePresets', () => {
  const years = Array.from({ length: 26 }, (_, index) => 2001 + index);

  it('offers the period of the same length just before the window', () => {
    const [previous] = comparePresets({ from: '2020', to: '2022' }, years);
    expect(previous).toMatchObject({
      key: 'previous',
      from: '2020',
      to: '2022',
      compare: { from: '2017', to: '2019' },
    });
    const [months] = comparePresets({ from: '2020-02', to: '2020-07' }, years);
    expect(months?.compare).toEqual({ from: '2019-08', to: '2020-01' });
  });

  it('offers the turning points, within the data only', () => {
    expect(comparePresets(null, years).map((preset) => preset.key)).toEqual(['deadline', 'closure', 'returns']);
    expect(comparePresets(null, [2018, 2019, 2020, 2021]).map((preset) => preset.key)).toEqual([]);
    expect(comparePresets({ from: '2001', to: '2003' }, years)[0]?.key).toBe('deadline');
  });

  it('are named in the page’s language', () => {
    const [previous, deadline] = comparePresets({ from: '2020', to: '2022' }, years);
    if (!previous || !deadline) throw new Error('no presets');
    expect(presetLabel(i18n('en'), previous)).toBe('The period before (2017–2019)');
    expect(presetLabel(i18n('en'), deadline)).toBe('Before and after the UN repatriation deadline (Dec 2019)');
    expect(presetLabel(i18n('ko'), previous)).toBe('직전 같은 기간 (2017년~2019년)');
    expect(changeLabel(i18n('en'), { key: 'none', from: 0, to: 0 })).toBe('None in either period');
    // Each language joins the two periods with one word: the Chinese title once read "2017年至2019年至2020年至2022年".
    const periods = { baseline: '2017年至2019年', focus: '2020年至2022年' };
    expect(i18n('zh').t('legend.changeTitle', periods)).toBe('底色：2020年至2022年相对于2017年至2019年的报道数变化');
    expect(changeLabel(i18n('en'), { key: 'fewer-3', from: -4, to: -6 })).toBe('−4 to −6');
    expect(changeLabel(i18n('zh'), { key: 'more-5', from: 10, to: 12 })).toBe('+10至+12篇');
    expect(changeLabel(i18n('ko'), { key: 'more-1', from: 1, to: 1 })).toBe('+1건');
  });
});
