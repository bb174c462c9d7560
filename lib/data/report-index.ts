/**
 * A report in two parts, so the first load carries only what the map, the filters, the counts, the comparison and
 * the provenance read: the index entry (every field but the prose) travels with every page's data; the texts (the
 * summary, notes, figures, digest refs, the check, and the source's own words: headline, its English rendering, our
 * description, the relay) arrive when a card, a download or a citation needs them.
 *
 * A card is rendered from a whole `Report` only: `joinReport` builds one from an entry and its texts, and an entry
 * alone lacks every prose field, so the type checker refuses a card drawn from the index by mistake.
 */
import type { Report, Source } from './schema';

/** The record's own fields that are prose: only the cards, downloads and citations read them. */
const PROSE_KEYS = ['refs', 'summary', 'figures', 'notes', 'checked'] as const satisfies readonly (keyof Report)[];
/** The record's fields the index keeps (`source` without its words). */
const INDEX_KEYS = [
  'id',
  'published',
  'published_inferred',
  'observed',
  'places',
  'sectors',
  'conditions',
  'confidence',
  'event',
  'derived_from',
] as const satisfies readonly (keyof Report)[];
/**
 * The source's words and its address: shown only on a card, which waits for the texts anyway. The address is more
 * than a quarter of the index compressed (7 of 25 KB), and nothing before a card reads it.
 */
const SOURCE_TEXT_KEYS = ['title', 'title_en', 'description', 'via', 'url'] as const satisfies readonly (keyof Source)[];
/** What the index keeps of the source: who (the counts of outlets and accounts), in which language and what kind. */
const SOURCE_INDEX_KEYS = ['outlet', 'language', 'kind'] as const satisfies readonly (keyof Source)[];

type ProseKey = (typeof PROSE_KEYS)[number];
type SourceTextKey = (typeof SOURCE_TEXT_KEYS)[number];

// Compile-time checks: a field added to the schema must be given to one part, or the build fails here.
type Unlisted<T, Listed> = Exclude<keyof T, Listed>;
const everyReportFieldHasAPart: [Unlisted<Report, ProseKey | (typeof INDEX_KEYS)[number] | 'source'>] extends [never]
  ? true
  : never = true;
const everySourceFieldHasAPart: [Unlisted<Source, SourceTextKey | (typeof SOURCE_INDEX_KEYS)[number]>] extends [never]
  ? true
  : never = true;
void everyReportFieldHasAPart;
void everySourceFieldHasAPart;

export type IndexSource = Omit<Source, SourceTextKey>;
/** A report without its prose: what the first load fetches for every record. */
export type ReportIndexEntry = Omit<Report, ProseKey | 'source'> & { source: IndexSource };
/** A report's prose, keyed by its id in the texts file. */
export type ReportTexts = Pick<Report, ProseKey> & { source: Pick<Source, SourceTextKey> };

/** The given keys of a value that are set (absent optional fields stay absent, so a join gives back the record). */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  // Every required key of Pick<T, K> is set on T, so it was copied; the optional ones are copied when present.
  return picked as Pick<T, K>;
}

/** The index part of a record, with nothing else (a whole `Report` can be passed: its prose is left out). */
export function indexEntry(report: ReportIndexEntry): ReportIndexEntry {
  return { ...pick(report, INDEX_KEYS), source: pick(report.source, SOURCE_INDEX_KEYS) };
}

export function reportTexts(report: Report): ReportTexts {
  return { ...pick(report, PROSE_KEYS), source: pick(report.source, SOURCE_TEXT_KEYS) };
}

/**
 * The texts a dashboard card shows: all but the sourcing notes, which only the record's own page shows (they are research
 * logs of up to a few kilobytes, and a page's first cards carried them twice, in the HTML and in its hydration data).
 */
export function cardTexts(report: Report): ReportTexts {
  const { notes: _notes, ...texts } = reportTexts(report);
  return texts;
}

/** The whole record again: `joinReport(indexEntry(r), reportTexts(r))` deep-equals `r`. */
export function joinReport(entry: ReportIndexEntry, texts: ReportTexts): Report {
  return {
    ...pick(entry, INDEX_KEYS),
    ...pick(texts, PROSE_KEYS),
    source: { ...pick(entry.source, SOURCE_INDEX_KEYS), ...pick(texts.source, SOURCE_TEXT_KEYS) },
  };
}

/** Whole records for entries, for downloads: throws when a text is missing rather than export a record without it. */
export function joinReports(entries: readonly ReportIndexEntry[], texts: ReadonlyMap<string, ReportTexts>): Report[] {
  return entries.map((entry) => {
    const found = texts.get(entry.id);
    if (!found) throw new Error(`the texts file has no texts for report "${entry.id}"`);
    return joinReport(entry, found);
  });
}

/** What a card shows of a record: all of it, or its index entry while its texts are on their way (or failed). */
export type CardRecord = { kind: 'whole'; report: Report } | { kind: 'pending'; entry: ReportIndexEntry };

export function cardRecord(entry: ReportIndexEntry, texts: ReadonlyMap<string, ReportTexts>): CardRecord {
  const found = texts.get(entry.id);
  return found ? { kind: 'whole', report: joinReport(entry, found) } : { kind: 'pending', entry };
}
