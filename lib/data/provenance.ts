/**
 * How we know each thing: which records report the same happening (`event`), how many independent outlets stand
 * behind it, and how strong each record's sourcing is.
 */
import type { ReportIndexEntry } from './report-index';

/** The same outlet under another name or edition: counted once. */
const OUTLET_ALIASES: Readonly<Record<string, string>> = {
  'daily nk japan': 'daily nk',
  'ajou business daily': 'aju business daily',
  'korea joongang daily': 'joongang ilbo',
  'kbs world radio': 'kbs',
  'yonhap news tv': 'yonhap',
};

/** "Daily NK (Korean edition)", "Daily NK Japan" -> "daily nk"; relays carry the original outlet in `outlet`. */
export function outletKey(outlet: string): string {
  const plain = outlet
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return OUTLET_ALIASES[plain] ?? plain;
}

/** Independent outlets among records: relays and editions of one outlet count once. */
export function independentOutlets(reports: readonly Pick<ReportIndexEntry, 'source'>[]): string[] {
  const seen = new Map<string, string>();
  for (const report of reports) {
    const key = outletKey(report.source.outlet);
    if (!seen.has(key)) seen.set(key, report.source.outlet);
  }
  return [...seen.values()];
}

/** Records per event key, for "Also reported by". */
export function recordsByEvent<R extends ReportIndexEntry>(reports: readonly R[]): Map<string, R[]> {
  const byEvent = new Map<string, R[]>();
  for (const report of reports) {
    if (report.event === undefined) continue;
    const group = byEvent.get(report.event) ?? [];
    group.push(report);
    byEvent.set(report.event, group);
  }
  return byEvent;
}

/** Event keys used by a single record: they link nothing, so they are listed as warnings. */
export function lonelyEvents(reports: readonly ReportIndexEntry[]): string[] {
  return [...recordsByEvent(reports)].filter(([, group]) => group.length < 2).map(([key]) => key);
}

export type Strength = 'primary' | 'secondary';

/** How a marker draws a report: its own reporting, a copy of someone else's, or an event several outlets report. */
export type MarkerProvenance = 'primary' | 'secondary' | 'corroborated';

export function markerProvenance(
  report: ReportIndexEntry,
  strengthOf: (confidence: string) => Strength,
  byEvent: ReadonlyMap<string, readonly ReportIndexEntry[]>,
): MarkerProvenance {
  const siblings = report.event === undefined ? undefined : byEvent.get(report.event);
  if (siblings && independentOutlets(siblings).length >= 2) return 'corroborated';
  return strengthOf(report.confidence);
}

/** The host a reader will land on, without "www.": shown beside a title so the source is clear before the click. */
export function sourceDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
