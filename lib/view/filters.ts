/**
 * Which reports match the current filters, and the counts the map, the filter bar and the panel show.
 * Pure functions of (reports, filters): the map, the counts and the list all derive from the same result. They read
 * only a record's index entry (lib/data/report-index.ts), so they work before the reports' texts have arrived.
 */
import type { ReportIndexEntry } from '@/lib/data/report-index';
import type { Condition, Place, Region, Tone } from '@/lib/data/schema';

/** Empty lists mean "all". `from`/`to` are inclusive, `YYYY` or `YYYY-MM`. */
export type Filters = {
  sectors: readonly string[];
  conditions: readonly string[];
  /** Confidence labels (how the information was sourced). */
  confidence: readonly string[];
  from: string | null;
  to: string | null;
};

export const NO_FILTERS: Filters = { sectors: [], conditions: [], confidence: [], from: null, to: null };

/** A month as a single integer (year * 12 + month index), so windows compare with plain arithmetic. */
export type MonthIndex = number;

/** One partial date's months: `2020` spans Jan-Dec 2020, `2020-04` and `2020-04-27` span April. */
function partialSpan(date: string): [MonthIndex, MonthIndex] {
  const [yearPart, monthPart] = date.split('-');
  const year = Number(yearPart);
  if (monthPart === undefined) return [year * 12, year * 12 + 11];
  const month = year * 12 + Number(monthPart) - 1;
  return [month, month];
}

/**
 * The months a date may refer to: `2020` spans Jan-Dec 2020, `2020-04` and `2020-04-27` span April, and a range
 * `2016-07..2018-01` spans July 2016 to January 2018, from its start's first month to its end's last.
 */
export function monthSpan(date: string): [MonthIndex, MonthIndex] {
  const [start = date, end = start] = date.split('..');
  return [partialSpan(start)[0], partialSpan(end)[1]];
}

/** Whether a date is a range `A..B` (the source fixes only bounds). */
export function isDateRange(date: string): boolean {
  return date.includes('..');
}

/**
 * The date a report is placed at in time: when the situation held if the source says (a partial date or a range),
 * else publication; null for the few reports no source dates.
 */
export function reportDate(report: Pick<ReportIndexEntry, 'observed' | 'published'>): string | null {
  return report.observed ?? report.published ?? null;
}

/** The year a report's time starts in (a range's first year); null when undated. */
export function reportYear(report: Pick<ReportIndexEntry, 'observed' | 'published'>): number | null {
  const date = reportDate(report);
  return date === null ? null : Number(date.slice(0, 4));
}

/**
 * A report is in a time window when the months it may refer to overlap the window: a report dated only "2020"
 * stays visible in a window of March-May 2020, and one dated "2016-07..2018-01" in a window of 2017, because the
 * source does not say it falls outside. An undated report is in no window (and in the open one).
 */
export function inTimeWindow(report: ReportIndexEntry, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  const date = reportDate(report);
  if (date === null) return false;
  const [start, end] = monthSpan(date);
  if (from !== null && end < monthSpan(from)[0]) return false;
  if (to !== null && start > monthSpan(to)[1]) return false;
  return true;
}

/** Whether a report's whole span lies inside a window (open ends reach as far as needed); false when undated. */
export function whollyInWindow(report: ReportIndexEntry, from: string | null, to: string | null): boolean {
  const date = reportDate(report);
  if (date === null) return false;
  const [start, end] = monthSpan(date);
  if (from !== null && start < monthSpan(from)[0]) return false;
  if (to !== null && end > monthSpan(to)[1]) return false;
  return true;
}

/**
 * A report shown in a window that may lie outside it: its span overlaps the window without lying wholly inside
 * (a report dated "2020" in a window of March-May 2020). Nothing is uncertain without a window.
 */
export function uncertainInWindow(report: ReportIndexEntry, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return false;
  return inTimeWindow(report, from, to) && !whollyInWindow(report, from, to);
}

/** The one rule of every facet: nothing chosen means all, so a value is shown when chosen or when none is. */
export function chosenOrAll(selected: readonly string[], value: string): boolean {
  return selected.length === 0 || selected.includes(value);
}

/** A report carrying any of the chosen values (or any report, when none is chosen). */
function anyOf(selected: readonly string[], values: readonly string[]): boolean {
  return selected.length === 0 || values.some((value) => chosenOrAll(selected, value));
}

export type FilterFacet = 'sectors' | 'conditions' | 'confidence' | 'time';

/** Whether a report passes the filters, optionally ignoring one facet (for that facet's own counts). */
export function matchesFilters(report: ReportIndexEntry, filters: Filters, ignore?: FilterFacet): boolean {
  if (ignore !== 'sectors' && !anyOf(filters.sectors, report.sectors)) return false;
  if (ignore !== 'conditions' && !anyOf(filters.conditions, report.conditions)) return false;
  if (ignore !== 'confidence' && !anyOf(filters.confidence, [report.confidence])) return false;
  if (ignore !== 'time' && !inTimeWindow(report, filters.from, filters.to)) return false;
  return true;
}

export function filterReports<R extends ReportIndexEntry>(
  reports: readonly R[],
  filters: Filters,
  ignore?: FilterFacet,
): R[] {
  return reports.filter((report) => matchesFilters(report, filters, ignore));
}

function countKeys(
  reports: readonly ReportIndexEntry[],
  keys: readonly string[],
  valuesOf: (report: ReportIndexEntry) => readonly string[],
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
  for (const report of reports) {
    for (const value of new Set(valuesOf(report))) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** Reports per sector (a report in two sectors counts under both). */
export function countBySector(
  reports: readonly ReportIndexEntry[],
  sectorKeys: readonly string[],
): Record<string, number> {
  return countKeys(reports, sectorKeys, (report) => report.sectors);
}

export function countByCondition(
  reports: readonly ReportIndexEntry[],
  conditionKeys: readonly string[],
): Record<string, number> {
  return countKeys(reports, conditionKeys, (report) => report.conditions);
}

/** Reports per year their date starts in (a range counts once, in its first year); undated reports are not counted. */
export function countByYear(reports: readonly ReportIndexEntry[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const report of reports) {
    const year = reportYear(report);
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

export type RegionCounts = {
  /** Reports naming a place inside each prefecture (at city, point or prefecture precision). */
  prefectures: Record<string, number>;
  /** Reports that name only the province as a whole: they shade no prefecture and get no pin. */
  provinceWide: Record<string, number>;
  /** All reports touching each province, province-wide or in one of its prefectures. */
  provinces: Record<string, number>;
};

export function countByRegion(reports: readonly ReportIndexEntry[], regions: readonly Region[]): RegionCounts {
  const counts: RegionCounts = { prefectures: {}, provinceWide: {}, provinces: {} };
  const provinceOf = new Map(regions.map((region) => [region.slug, region.province]));
  for (const region of regions) {
    if (region.level === 'prefecture') counts.prefectures[region.slug] = 0;
    else {
      counts.provinceWide[region.slug] = 0;
      counts.provinces[region.slug] = 0;
    }
  }
  for (const report of reports) {
    const prefectures = new Set<string>();
    const provincesWide = new Set<string>();
    const provinces = new Set<string>();
    for (const place of report.places) {
      const province = provinceOf.get(place.region);
      if (province === undefined) continue;
      provinces.add(province);
      if (place.precision === 'province') provincesWide.add(place.region);
      else prefectures.add(place.region);
    }
    for (const slug of prefectures) counts.prefectures[slug] = (counts.prefectures[slug] ?? 0) + 1;
    for (const slug of provincesWide) counts.provinceWide[slug] = (counts.provinceWide[slug] ?? 0) + 1;
    for (const slug of provinces) counts.provinces[slug] = (counts.provinces[slug] ?? 0) + 1;
  }
  return counts;
}

/** Reports about a region: for a province, its own province-wide reports and those of all its prefectures. */
export function reportsInRegion<R extends ReportIndexEntry>(
  reports: readonly R[],
  region: Region,
  regions: readonly Region[],
): R[] {
  if (region.level === 'prefecture')
    return reports.filter((report) => report.places.some((place) => place.region === region.slug));
  const inProvince = new Set(
    regions.filter((candidate) => candidate.province === region.slug).map((candidate) => candidate.slug),
  );
  return reports.filter((report) => report.places.some((place) => inProvince.has(place.region)));
}

/** Places that get a pin: only those the source names precisely enough (a city or a point). */
export function pinnedPlaces(report: ReportIndexEntry): (Place & { lon: number; lat: number; name: string })[] {
  const pinned: (Place & { lon: number; lat: number; name: string })[] = [];
  for (const place of report.places) {
    if (
      (place.precision === 'city' || place.precision === 'point') &&
      place.lon !== undefined &&
      place.lat !== undefined &&
      place.name !== undefined
    ) {
      pinned.push({ ...place, lon: place.lon, lat: place.lat, name: place.name });
    }
  }
  return pinned;
}

/**
 * The pinned place every one of the reports names, for a list's heading ("13 reports at Yanji"): the first of the
 * first report's places that all share, or null when they share none (a cluster over several towns).
 */
export function sharedPlace(reports: readonly ReportIndexEntry[]): string | null {
  const [first, ...rest] = reports;
  if (!first) return null;
  const named = (report: ReportIndexEntry) => new Set(pinnedPlaces(report).map((place) => place.name));
  const others = rest.map(named);
  return pinnedPlaces(first).find((place) => others.every((names) => names.has(place.name)))?.name ?? null;
}

const TONE_SEVERITY: Record<Tone, number> = { bad: 3, mixed: 2, good: 1, neutral: 0 };

/**
 * One tone for a report's marker: good and bad news together read as mixed; otherwise the most severe tone wins.
 */
export function reportTone(report: ReportIndexEntry, conditions: readonly Pick<Condition, 'key' | 'tone'>[]): Tone {
  const toneOf = new Map(conditions.map((condition) => [condition.key, condition.tone]));
  const tones = new Set(report.conditions.map((key) => toneOf.get(key) ?? 'neutral'));
  if (tones.has('bad') && tones.has('good')) return 'mixed';
  let strongest: Tone = 'neutral';
  for (const tone of tones) if (TONE_SEVERITY[tone] > TONE_SEVERITY[strongest]) strongest = tone;
  return strongest;
}

/**
 * Newest first by the start of a report's span (the earliest month it may refer to; a range sorts by its start),
 * then by the date's text, so that at an equal start the more precise date and the range come first (`2020-01-15`,
 * `2020-01`, then `2020`); undated last; equal dates keep a stable order by id.
 */
export function newestFirst<R extends ReportIndexEntry>(reports: readonly R[]): R[] {
  return [...reports].sort((a, b) => {
    const aDate = reportDate(a) ?? '0000';
    const bDate = reportDate(b) ?? '0000';
    const [aStart] = monthSpan(aDate);
    const [bStart] = monthSpan(bDate);
    if (aStart !== bStart) return bStart - aStart;
    const byDate = bDate.localeCompare(aDate);
    return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
  });
}

/** The most recent report per sector, for a region's "latest condition" summary. */
export function latestBySector<R extends ReportIndexEntry>(
  reports: readonly R[],
  sectorKeys: readonly string[],
): Map<string, R> {
  const latest = new Map<string, R>();
  for (const report of newestFirst(reports)) {
    for (const sector of report.sectors) {
      if (sectorKeys.includes(sector) && !latest.has(sector)) latest.set(sector, report);
    }
  }
  return latest;
}
