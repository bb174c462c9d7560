/**
 * Two periods side by side: the baseline (`compare=A..B`) against the focus window (`from`/`to`), with every other
 * filter applied to both. A report counts in a period only when its whole span lies inside it: a report dated only
 * "2020", or by a range, that reaches across a period's edge counts in neither side it touches, and the comparison
 * says how many such reports straddle the periods (`straddling`), so nothing is counted twice or guessed into a side. Counts per prefecture feed the diverging choropleth; the region in view gets counts by
 * sector and by condition tone in both periods, and the conditions that appear or disappear.
 *
 * Province-precision reports ("somewhere in Jilin") are never counted for a prefecture: they are counted apart,
 * as the map's province badges do.
 */
import {
  countByRegion,
  filterReports,
  inTimeWindow,
  monthSpan,
  reportsInRegion,
  whollyInWindow,
  type Filters,
} from './filters';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import type { Condition, Region, Tone } from '@/lib/data/schema';
import { focusPeriod, monthName, periodMonths } from './months';
import type { Period, ViewState } from './view-state';

export { focusPeriod };
import { tones } from '@/lib/data/vocabulary';
import { changeScale, type ChangeScale } from './change-bins';

/** A period's counts; lib/i18n/compare-text.ts says the period in the page's language. */
export type PeriodSummary = {
  period: Period;
  total: number;
  bySector: Record<string, number>;
  byTone: Record<Tone, number>;
  /** Condition keys reported in the period, in vocabulary order. */
  conditions: string[];
};

export type Comparison = {
  baseline: PeriodSummary;
  focus: PeriodSummary;
  /** Both periods' counts per prefecture slug, from prefecture-, city- and point-precision places only. */
  prefectures: Record<string, { baseline: number; focus: number }>;
  /** Province-wide reports (no prefecture named) per province, in each period. */
  provinceWide: Record<string, { baseline: number; focus: number }>;
  /** Conditions reported in the focus window and not in the baseline, and the other way round. */
  appeared: string[];
  disappeared: string[];
  /**
   * Reports (in the region in view, with the other filters) that overlap a period without lying inside it: counted in
   * neither side they touch. A report dated only "2020" straddles a comparison that splits 2020.
   */
  straddling: number;
  /** The map's diverging classes, from the prefectures' changes (lib/view/change-bins.ts). */
  scale: ChangeScale;
};

export type CompareData = {
  reports: readonly ReportIndexEntry[];
  regions: readonly Region[];
  sectors: readonly { key: string }[];
  conditions: readonly Pick<Condition, 'key' | 'tone'>[];
};

function summarise(reports: readonly ReportIndexEntry[], period: Period, data: CompareData): PeriodSummary {
  const toneOf = new Map(data.conditions.map((condition) => [condition.key, condition.tone]));
  const bySector: Record<string, number> = Object.fromEntries(data.sectors.map((sector) => [sector.key, 0]));
  const byTone = Object.fromEntries(tones.map((tone) => [tone, 0])) as Record<Tone, number>;
  const seen = new Set<string>();
  for (const report of reports) {
    for (const sector of report.sectors) bySector[sector] = (bySector[sector] ?? 0) + 1;
    // A report counts once per tone it reports, however many conditions of that tone it names.
    const reportTones = new Set<Tone>();
    for (const condition of report.conditions) {
      seen.add(condition);
      const tone = toneOf.get(condition);
      if (tone !== undefined) reportTones.add(tone);
    }
    for (const tone of reportTones) byTone[tone] += 1;
  }
  return {
    period,
    total: reports.length,
    bySector,
    byTone,
    conditions: data.conditions.map((condition) => condition.key).filter((key) => seen.has(key)),
  };
}

/**
 * The comparison for a view with a baseline and a focus window; null without either. `years` are the data's years
 * (to close an open-ended focus window).
 */
export function compareView(data: CompareData, view: ViewState, filters: Filters, years: readonly number[]) {
  const focus = focusPeriod(view, years);
  if (view.compare === null || focus === null) return null;
  const baselinePeriod = view.compare;
  const matching = filterReports(data.reports, { ...filters, from: null, to: null });
  const inside = (period: Period) => (report: ReportIndexEntry) => whollyInWindow(report, period.from, period.to);
  const straddles = (period: Period) => (report: ReportIndexEntry) =>
    inTimeWindow(report, period.from, period.to) && !whollyInWindow(report, period.from, period.to);
  const inBaseline = matching.filter(inside(baselinePeriod));
  const inFocus = matching.filter(inside(focus));
  const baselineCounts = countByRegion(inBaseline, data.regions);
  const focusCounts = countByRegion(inFocus, data.regions);
  const pair = (baseline: Record<string, number>, focusSide: Record<string, number>) =>
    Object.fromEntries(
      Object.keys(baseline).map((slug) => [slug, { baseline: baseline[slug] ?? 0, focus: focusSide[slug] ?? 0 }]),
    );

  const region =
    view.region === null ? null : (data.regions.find((candidate) => candidate.slug === view.region) ?? null);
  const scope = (reports: readonly ReportIndexEntry[]) =>
    region ? reportsInRegion(reports, region, data.regions) : reports;
  const baseline = summarise(scope(inBaseline), view.compare, data);
  const focusSummary = summarise(scope(inFocus), focus, data);
  const prefectures = pair(baselineCounts.prefectures, focusCounts.prefectures);
  const comparison: Comparison = {
    baseline,
    focus: focusSummary,
    prefectures,
    provinceWide: pair(baselineCounts.provinceWide, focusCounts.provinceWide),
    appeared: focusSummary.conditions.filter((key) => !baseline.conditions.includes(key)),
    disappeared: baseline.conditions.filter((key) => !focusSummary.conditions.includes(key)),
    straddling: scope(matching).filter((report) => straddles(baselinePeriod)(report) || straddles(focus)(report))
      .length,
    scale: changeScale(Object.values(prefectures).map((counts) => counts.focus - counts.baseline)),
  };
  return comparison;
}

// The map's feature-state type keeps its name here (components/map reads it from this module).
export type { ChangeKey as ChangeClass } from './change-bins';

/** A row of the comparison's place table: a prefecture, or a province's reports that name no prefecture. */
export type ChangeRow = { kind: 'prefecture' | 'province'; slug: string; baseline: number; focus: number };

/**
 * The places of a comparison, largest change (by size) first, then the busier place, then the map's order; places
 * with no report in either period are left out. Province rows hold the province-wide reports, which no prefecture
 * counts.
 */
export function changeRows(
  comparison: Pick<Comparison, 'prefectures' | 'provinceWide'>,
  regions: readonly Pick<Region, 'slug' | 'level'>[],
): ChangeRow[] {
  const rows: ChangeRow[] = regions.flatMap((region): ChangeRow[] => {
    const counts =
      region.level === 'prefecture' ? comparison.prefectures[region.slug] : comparison.provinceWide[region.slug];
    if (!counts || (counts.baseline === 0 && counts.focus === 0)) return [];
    return [{ kind: region.level === 'prefecture' ? 'prefecture' : 'province', slug: region.slug, ...counts }];
  });
  const size = (row: ChangeRow) => Math.abs(row.focus - row.baseline);
  // Array.prototype.sort is stable: ties keep the regions' order.
  return rows.sort((a, b) => size(b) - size(a) || b.baseline + b.focus - (a.baseline + a.focus));
}

/** A "Compare with…" choice; lib/i18n/compare-text.ts names it. */
export type ComparePreset = {
  key: 'previous' | 'deadline' | 'closure' | 'returns';
  from: string;
  to: string;
  compare: Period;
};

/**
 * What "Compare with…" offers: the period just before the current window (same length), and the turning points
 * these workers' story turns on. Presets that would reach outside the data's years are left out.
 */
export function comparePresets(focus: Period | null, years: readonly number[]): ComparePreset[] {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [];
  const presets: ComparePreset[] = [];
  if (focus) {
    const wholeYears = focus.from.length === 4 && focus.to.length === 4;
    const start = monthSpan(focus.from)[0];
    const length = periodMonths(focus);
    const before = wholeYears
      ? { from: String(Number(focus.from) - length / 12), to: String(Number(focus.from) - 1) }
      : { from: monthName(start - length), to: monthName(start - 1) };
    if (Number(before.from.slice(0, 4)) >= first) presets.push({ key: 'previous', ...focus, compare: before });
  }
  const turningPoints: ComparePreset[] = [
    {
      key: 'deadline',
      from: '2020',
      to: String(last),
      compare: { from: '2017', to: '2019' },
    },
    {
      key: 'closure',
      from: '2020-02',
      to: '2022-01',
      compare: { from: '2018-02', to: '2020-01' },
    },
    {
      key: 'returns',
      from: '2023',
      to: '2024',
      compare: { from: '2020', to: '2022' },
    },
  ];
  for (const preset of turningPoints)
    if (Number(preset.compare.from.slice(0, 4)) >= first && Number(preset.to.slice(0, 4)) <= last) presets.push(preset);
  return presets;
}
