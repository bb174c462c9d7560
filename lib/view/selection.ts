/**
 * One filtered selection per view, and every number on screen derived from it: the list and its heading, the
 * sector and condition controls, the time histogram, the region table, the region shading and the badges.
 *
 * Every facet (sector, condition, sourcing) follows one model: nothing chosen means all, choosing values shows the
 * reports carrying any of them. A value's number answers one question everywhere: how many reports carry it under
 * the view's other filters, which is what choosing it alone would show, and for a chosen value what it shows now.
 */
import { countLooselyDated } from './date-rule';
import {
  countByRegion,
  filterReports,
  latestBySector,
  monthSpan,
  newestFirst,
  reportDate,
  reportsInRegion,
  reportYear,
  type FilterFacet,
  type Filters,
  type RegionCounts,
} from './filters';
import { focusPeriod, monthBars, type MonthBars } from './months';
import { indexEntry, type ReportIndexEntry } from '@/lib/data/report-index';
import type { Condition, Region, Sector } from '@/lib/data/schema';
import { confidenceLevels } from '@/lib/data/vocabulary';
import type { ViewState } from './view-state';

export type SelectionData = {
  readonly reports: readonly ReportIndexEntry[];
  readonly sectors: readonly Pick<Sector, 'key' | 'label'>[];
  readonly conditions: readonly Pick<Condition, 'key' | 'label'>[];
  readonly regions: readonly Region[];
};

/** A facet value: whether it is chosen, and how many reports carry it under the view's other filters. */
export type FacetCount = { readonly chosen: boolean; readonly count: number };

export type YearCount = {
  readonly year: number;
  readonly inWindow: boolean;
  /** Reports shown that year inside the window; outside it, the reports the year would add. */
  readonly count: number;
  /** The same reports by sector (a report in two sectors counts in both), for the chart's tooltip. */
  readonly bySector: Readonly<Record<string, number>>;
  /** Of `count`, the reports dated by a range reaching beyond this year (they may fall in another year). */
  readonly uncertain: number;
};

export type Selection = {
  readonly filters: Filters;
  readonly region: Region | null;
  /** The reports shown (region and every filter), newest first: index entries, so a card needs their texts. */
  readonly listed: readonly ReportIndexEntry[];
  readonly total: number;
  readonly sectorCounts: Readonly<Record<string, FacetCount>>;
  readonly conditionCounts: Readonly<Record<string, FacetCount>>;
  readonly confidenceCounts: Readonly<Record<string, FacetCount>>;
  readonly years: readonly YearCount[];
  /**
   * Ids of the reports the region and the other filters match that no source dates: no time window can show them,
   * so the time chart lists them apart ("5 undated reports") instead of letting them drop silently.
   */
  readonly undated: readonly string[];
  /** Of the reports shown, those dated only to a year or by a range (lib/view/date-rule.ts). */
  readonly looselyDated: number;
  /** Reports shown per month, when the window is three years or less (lib/view/months.ts). */
  readonly months: MonthBars | null;
  /** Matching reports per region over both provinces (every filter, no region): shading, picker, badges. */
  readonly regionCounts: RegionCounts;
  /** Most recent listed report per sector, for the region table: only what the table shows of it (the page's HTML carries it). */
  readonly latest: Readonly<Record<string, LatestReport>>;
  /** Listed reports per sector (a report in two sectors counts twice), for the region table. */
  readonly listedBySector: Readonly<Record<string, number>>;
  /**
   * The years the reports shown may refer to, from the earliest month of any to the latest (a range counts to its
   * end), for the view sentence; null when none is dated.
   */
  readonly listedSpan: { readonly first: number; readonly last: number } | null;
  /** Reports shown per sourcing label, for the view sentence ("24 from the outlets' own reporting"). */
  readonly listedByConfidence: Readonly<Record<string, number>>;
};

/** What the region table shows of a sector's latest report: its conditions and date. */
export type LatestReport = Pick<ReportIndexEntry, 'id' | 'conditions' | 'published' | 'published_inferred'>;

/** Whether any filter narrows the view (region, camera and the open card are not filters). */
export function hasFilters(view: ViewState): boolean {
  return (
    view.sectors.length + view.conditions.length + view.confidence.length > 0 || view.from !== null || view.to !== null
  );
}

export function viewFilters(view: ViewState): Filters {
  return {
    sectors: view.sectors,
    conditions: view.conditions,
    confidence: view.confidence,
    from: view.from,
    to: view.to,
  };
}

function countValues(reports: readonly ReportIndexEntry[], valuesOf: (report: ReportIndexEntry) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const report of reports)
    for (const value of new Set(valuesOf(report))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Each value counts the reports carrying it among those the other facets keep (the facet's own choice ignored), so
 * the number does not change when the value is chosen, and a chosen value's number is what it shows.
 */
function facetCounts(
  keys: readonly string[],
  selected: readonly string[],
  withoutFacet: readonly ReportIndexEntry[],
  valuesOf: (report: ReportIndexEntry) => readonly string[],
): Record<string, FacetCount> {
  const counts = countValues(withoutFacet, valuesOf);
  return Object.fromEntries(keys.map((key) => [key, { chosen: selected.includes(key), count: counts.get(key) ?? 0 }]));
}

function yearRange(reports: readonly ReportIndexEntry[]): number[] {
  const years = reports.map(reportYear).filter((year) => year !== null);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function inWindow(year: number, from: string | null, to: string | null): boolean {
  return (from === null || year >= Number(from.slice(0, 4))) && (to === null || year <= Number(to.slice(0, 4)));
}

/** Whether a report's whole span lies inside one calendar year. */
function withinYear(report: ReportIndexEntry, year: number): boolean {
  const date = reportDate(report);
  if (date === null) return false;
  const [start, end] = monthSpan(date);
  return start >= year * 12 && end <= year * 12 + 11;
}

function without(filters: Filters, facet: FilterFacet, reports: readonly ReportIndexEntry[]) {
  return filterReports(reports, filters, facet);
}

export function selectView(data: SelectionData, view: ViewState): Selection {
  const filters = viewFilters(view);
  const region =
    view.region === null ? null : (data.regions.find((candidate) => candidate.slug === view.region) ?? null);
  const inRegion = region ? reportsInRegion(data.reports, region, data.regions) : data.reports;
  const listed = newestFirst(filterReports(inRegion, filters));

  const sectorKeys = data.sectors.map((sector) => sector.key);
  const listedBySectorMap = countValues(listed, (report) => report.sectors);
  const latestMap = latestBySector(listed, sectorKeys);

  // A report is drawn once, in the first year of its span that the window shows: a range's first year, or the
  // window's first year for a range that starts before it. A report outside the window is drawn where it starts.
  const fromYear = view.from === null ? null : Number(view.from.slice(0, 4));
  const listedYearOf = (report: ReportIndexEntry) => {
    const year = reportYear(report);
    return year === null ? [] : [String(fromYear === null ? year : Math.max(year, fromYear))];
  };
  const startYearOf = (report: ReportIndexEntry) => {
    const year = reportYear(report);
    return year === null ? [] : [String(year)];
  };
  const uncertainYearOf = (yearOf: (report: ReportIndexEntry) => string[]) => (report: ReportIndexEntry) =>
    yearOf(report).filter((year) => !withinYear(report, Number(year)));
  const bySectorOf = (yearOf: (report: ReportIndexEntry) => string[]) => (report: ReportIndexEntry) =>
    yearOf(report).flatMap((year) => report.sectors.map((sector) => `${year}|${sector}`));
  const listedIds = new Set(listed.map((report) => report.id));
  // Outside the window a bar counts what the year would add: the reports the window keeps out.
  const outsideWindow = without(filters, 'time', inRegion).filter((report) => !listedIds.has(report.id));
  const allYears = yearRange(data.reports);
  const listedYears = countValues(listed, listedYearOf);
  const outsideYears = countValues(outsideWindow, startYearOf);
  const listedUncertain = countValues(listed, uncertainYearOf(listedYearOf));
  const outsideUncertain = countValues(outsideWindow, uncertainYearOf(startYearOf));
  const listedYearSectors = countValues(listed, bySectorOf(listedYearOf));
  const outsideYearSectors = countValues(outsideWindow, bySectorOf(startYearOf));

  return {
    filters,
    region,
    listed,
    total: listed.length,
    sectorCounts: facetCounts(
      sectorKeys,
      view.sectors,
      without(filters, 'sectors', inRegion),
      (report) => report.sectors,
    ),
    conditionCounts: facetCounts(
      data.conditions.map((condition) => condition.key),
      view.conditions,
      without(filters, 'conditions', inRegion),
      (report) => report.conditions,
    ),
    confidenceCounts: facetCounts(
      confidenceLevels,
      view.confidence,
      without(filters, 'confidence', inRegion),
      (report) => [report.confidence],
    ),
    years: allYears.map((year) => {
      const inside = inWindow(year, view.from, view.to);
      const bySector = inside ? listedYearSectors : outsideYearSectors;
      return {
        year,
        inWindow: inside,
        count: (inside ? listedYears : outsideYears).get(String(year)) ?? 0,
        bySector: Object.fromEntries(sectorKeys.map((key) => [key, bySector.get(`${year}|${key}`) ?? 0])),
        uncertain: (inside ? listedUncertain : outsideUncertain).get(String(year)) ?? 0,
      };
    }),
    undated: without(filters, 'time', inRegion)
      .filter((report) => reportDate(report) === null)
      .map((report) => report.id)
      .sort(),
    looselyDated: countLooselyDated(listed),
    months: monthBars(listed, focusPeriod(view, allYears), sectorKeys),
    regionCounts: countByRegion(filterReports(data.reports, filters), data.regions),
    latest: Object.fromEntries(
      [...latestMap].map(([sector, { id, conditions, published, published_inferred }]) => [
        sector,
        { id, conditions, published, published_inferred },
      ]),
    ),
    listedBySector: Object.fromEntries(sectorKeys.map((key) => [key, listedBySectorMap.get(key) ?? 0])),
    listedSpan: yearSpan(listed),
    listedByConfidence: Object.fromEntries(
      confidenceLevels.map((level) => [level, listed.filter((report) => report.confidence === level).length]),
    ),
  };
}

function yearSpan(reports: readonly ReportIndexEntry[]): { first: number; last: number } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const report of reports) {
    const date = reportDate(report);
    if (date === null) continue;
    const [start, end] = monthSpan(date);
    first = Math.min(first, Math.floor(start / 12));
    last = Math.max(last, Math.floor(end / 12));
  }
  return first > last ? null : { first, last };
}

/**
 * The first paint of a page: its selection with only the first cards, small enough to ship inside the HTML. The
 * cards are index entries only, even when the selection was made from whole reports: their texts travel apart
 * (lib/data/page-data.ts `initialTexts`), once.
 */
export function firstPaint(selection: Selection, cards: number): Selection {
  // The chart's per-sector tooltips wait for the dataset; the bars and totals are in the first paint.
  return {
    ...selection,
    listed: selection.listed.slice(0, cards).map(indexEntry),
    years: selection.years.map((year) => ({ ...year, bySector: {} })),
    months: null,
  };
}
