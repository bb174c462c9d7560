/**
 * How we know each thing: which records report the same happening (`event`), how many outlets and how many
 * independent accounts stand behind it, and how strong each record's sourcing is.
 *
 * An outlet is a masthead (its editions and relays count once). An independent account is a distinct original
 * report by a distinct publisher: a record that passes on another's report (`derived_from`) counts as the account it
 * rests on, and outlets of one publisher count as one account (data/README.md, "Independent accounts").
 */
import type { DerivedFrom } from './schema';
import type { ReportIndexEntry } from './report-index';

/** The same outlet under another name or edition: counted once even as an outlet. */
const OUTLET_ALIASES: Readonly<Record<string, string>> = {
  'daily nk japan': 'daily nk',
  'ajou business daily': 'aju business daily',
  'yonhap news agency': 'yonhap',
  'kbs news': 'kbs',
  'voa korean': 'voice of america',
  'cbs nocut news': 'nocut news',
  'ntd korea': 'ntd television',
  rfa: 'radio free asia',
  // Asia Economy's English edition carries another name.
  'asia business daily': 'asia economy',
};

/**
 * Publishers that own several outlets: each outlet counts in "N outlets", but reports from any of them are one
 * publisher's, so one account. Keys are `outletKey`s; editions in parentheses ("Chosun Ilbo (Chinese edition)") are
 * one outlet already. Add a group only when the ownership is plain, and say why.
 */
const PUBLISHERS: readonly (readonly string[])[] = [
  // AERA is the weekly magazine of Asahi Shimbun Publications, a wholly owned subsidiary of the Asahi Shimbun Company.
  ['asahi shimbun', 'aera'],
  // The Dong-A Ilbo company publishes Weekly Donga and the monthly Shin Dong-A, and is the largest owner of Channel A.
  ['dong-a ilbo', 'weekly donga', 'shin dong-a', 'channel a'],
  // Korea JoongAng Daily (English) and JoongAng Sunday are JoongAng Ilbo's own papers; JTBC belongs to the same group.
  ['joongang ilbo', 'korea joongang daily', 'joongang sunday', 'jtbc'],
  // TV Chosun and the Weekly and Monthly Chosun are the Chosun Ilbo's (its Chinese and Japanese editions are editions).
  ['chosun ilbo', 'tv chosun', 'weekly chosun', 'monthly chosun'],
  // Yonhap News TV is a subsidiary of Yonhap News Agency.
  ['yonhap', 'yonhap news tv'],
  // KBS World Radio is KBS's international service.
  ['kbs', 'kbs world radio', 'kbs world'],
  // The Global Times, People's Daily Online and China Economic Weekly are published by the People's Daily.
  ["people's daily", "people's daily online", 'global times', 'china economic weekly'],
  // A U.S. Attorney's Office is the Department of Justice in one district: its releases are the Department's.
  ['u.s. department of justice', "u.s. attorney's office"],
];

/** Outlet key -> its publisher's key (the first outlet of its group), for outlets of a publisher with several. */
const PUBLISHER_OF: ReadonlyMap<string, string> = new Map(
  PUBLISHERS.flatMap((outlets) => outlets.map((outlet) => [outlet, outlets[0] ?? outlet])),
);

/** Every outlet key the publisher table names (a unit test checks each is an `outletKey`). */
export const PUBLISHER_OUTLETS: readonly string[] = PUBLISHERS.flat();

/**
 * An outlet's name without what we add in parentheses or after a comma: "Daily NK (Korean edition)" -> "Daily NK",
 * "Yonhap News Agency (연합뉴스), reporting a KINU report ..." -> "Yonhap News Agency".
 */
export function plainOutletName(outlet: string): string {
  const plain = outlet
    .replace(/\([^)]*\)/g, ' ')
    .split(',')[0]
    ?.replace(/\s+/g, ' ')
    .trim();
  return plain || outlet.trim();
}

/** "Daily NK (Korean edition)", "Daily NK Japan" -> "daily nk"; relays carry the original outlet in `outlet`. */
export function outletKey(outlet: string): string {
  const plain = plainOutletName(outlet)
    .toLowerCase()
    .replace(/^the\s+/, '');
  return OUTLET_ALIASES[plain] ?? plain;
}

/** The outlet's publisher: outlets of one publisher share a key. */
export function publisherKey(outlet: string): string {
  const key = outletKey(outlet);
  return PUBLISHER_OF.get(key) ?? key;
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

/** What following `derived_from` needs of a record. */
export type ProvenanceRecord = { source: { outlet: string }; derived_from?: DerivedFrom };

/** One independent account: an original report's publisher. */
export type Account = {
  /** Records with one key are one account. */
  key: string;
  /** Who to name: the original's outlet (the first met, for a publisher of several). */
  name: string;
};

function accountOfOutlet(outlet: string): Account {
  return { key: publisherKey(outlet), name: plainOutletName(outlet) };
}

/**
 * The account a record gives: its own publisher's when it passes on nothing, else the account of what it rests on
 * (followed through chains of records). An id the lookup lacks is an account of its own, named by the id.
 */
export function accountOf(report: ProvenanceRecord, byId: ReadonlyMap<string, ProvenanceRecord>): Account {
  const seen = new Set<ProvenanceRecord>();
  let current = report;
  for (;;) {
    seen.add(current);
    const from = current.derived_from;
    if (from === undefined) return accountOfOutlet(current.source.outlet);
    if (typeof from !== 'string') return accountOfOutlet(from.outlet);
    const original = byId.get(from);
    if (original === undefined) return { key: `record:${from}`, name: from };
    // A cycle (validate:data rejects one): the chain ends at the last record before it closes.
    if (seen.has(original)) return accountOfOutlet(current.source.outlet);
    current = original;
  }
}

/** Independent accounts among records, in the order first met: distinct original reports by distinct publishers. */
export function independentAccounts(
  reports: readonly ProvenanceRecord[],
  byId: ReadonlyMap<string, ProvenanceRecord>,
): Account[] {
  const seen = new Map<string, Account>();
  for (const report of reports) {
    const account = accountOf(report, byId);
    if (!seen.has(account.key)) seen.set(account.key, account);
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

/** How a marker draws a report: its own reporting, a copy of someone else's, or an event several accounts report. */
export type MarkerProvenance = 'primary' | 'secondary' | 'corroborated';

const eventRecordsById = new WeakMap<object, ReadonlyMap<string, ReportIndexEntry>>();

/** The records of every event by id: what `markerProvenance` follows when it is given no lookup of its own. */
function recordsOfEvents(byEvent: ReadonlyMap<string, readonly ReportIndexEntry[]>): ReadonlyMap<string, ReportIndexEntry> {
  let byId = eventRecordsById.get(byEvent);
  if (!byId) {
    byId = new Map([...byEvent.values()].flat().map((report) => [report.id, report]));
    eventRecordsById.set(byEvent, byId);
  }
  return byId;
}

/**
 * Corroborated (the outer ring) when the report's event has two or more independent accounts. `byId` should hold
 * every record, so chains leaving the event are followed; without it, the event records are followed.
 */
export function markerProvenance(
  report: ReportIndexEntry,
  strengthOf: (confidence: string) => Strength,
  byEvent: ReadonlyMap<string, readonly ReportIndexEntry[]>,
  byId: ReadonlyMap<string, ProvenanceRecord> = recordsOfEvents(byEvent),
): MarkerProvenance {
  const siblings = report.event === undefined ? undefined : byEvent.get(report.event);
  if (siblings && independentAccounts(siblings, byId).length >= 2) return 'corroborated';
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
