/**
 * The report files the browser fetches (lib/data/assets.ts writes them, content-hashed): the index, which every first
 * load needs, and the texts, fetched when a card, a download or a citation needs prose (lib/data/report-index.ts). They
 * are built from data that passed the full zod validation at build time; the browser checks their shape here
 * instead of shipping zod (about 40 KB of script) to every reader, and a file that fails the check is reported,
 * never used.
 */
import type { Descriptions } from '@/lib/i18n/vocabulary';
import type { ReportIndexEntry, ReportTexts } from './report-index';
import type { MapPreviewData } from '@/lib/map/svg-map';
import type { CoverageEntry, TimelineEvent, Tombstone } from './schema';
import { withdrawalReasons } from './vocabulary';

/**
 * Bumped when a file's shape changes, so a stale cached file is rejected rather than misread (2: the dataset file
 * became the index and the texts; 3: the index lists the withdrawn records).
 */
export const CLIENT_DATA_FORMAT = 4;

/** A withdrawn record as the dashboard names it, for a `report=` link to it (its note is on its page). */
export type WithdrawnEntry = Pick<Tombstone, 'id' | 'date' | 'reason' | 'replacement'>;

export type ClientIndex = {
  format: typeof CLIENT_DATA_FORMAT;
  reports: ReportIndexEntry[];
  /** The prefectures searched with no report found: the only coverage the dashboard shows (its searches). */
  coverage: CoverageEntry[];
  events: TimelineEvent[];
  withdrawn: WithdrawnEntry[];
};

/** The texts file: each report's prose by its id. */
export type ClientTexts = { format: typeof CLIENT_DATA_FORMAT; texts: Record<string, ReportTexts> };

function isTimelineEvent(value: unknown): value is TimelineEvent {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.date === 'string' &&
    PARTIAL_DATE.test(value.date) &&
    typeof value.label === 'string' &&
    typeof value.url === 'string'
  );
}

const REASONS: ReadonlySet<string> = new Set(withdrawalReasons);

function isWithdrawnEntry(value: unknown): value is WithdrawnEntry {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.date === 'string' &&
    PARTIAL_DATE.test(value.date) &&
    typeof value.reason === 'string' &&
    REASONS.has(value.reason) &&
    optionalString(value.replacement)
  );
}

function isCoverageEntry(value: unknown): value is CoverageEntry {
  return (
    isObject(value) &&
    typeof value.region === 'string' &&
    (value.status === 'reported' || value.status === 'none-found') &&
    Array.isArray(value.searches) &&
    value.searches.every(
      (search) =>
        isObject(search) &&
        typeof search.query === 'string' &&
        typeof search.language === 'string' &&
        typeof search.date === 'string',
    )
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** `observed` may be a range of two partial dates (`2016-07..2018-01`), in order (checked at build time). */
const DATE_OR_RANGE = /^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$/;

/** The fields the dashboard reads, each checked for type. */
function isIndexEntry(value: unknown): value is ReportIndexEntry {
  if (!isObject(value)) return false;
  const { id, source, places, sectors, conditions, confidence, published, observed } = value;
  if (typeof id !== 'string' || typeof confidence !== 'string') return false;
  if (!isStringArray(sectors) || !isStringArray(conditions)) return false;
  if (published !== undefined && (typeof published !== 'string' || !PARTIAL_DATE.test(published))) return false;
  if (observed !== undefined && (typeof observed !== 'string' || !DATE_OR_RANGE.test(observed))) return false;
  if (!optionalString(value.event)) return false;
  if (!isObject(source) || typeof source.outlet !== 'string') return false;
  if (typeof source.language !== 'string') return false;
  if (!Array.isArray(places) || places.length === 0) return false;
  return places.every(
    (place) =>
      isObject(place) &&
      typeof place.region === 'string' &&
      typeof place.precision === 'string' &&
      (place.lon === undefined || typeof place.lon === 'number') &&
      (place.lat === undefined || typeof place.lat === 'number'),
  );
}

function isReportTexts(value: unknown): value is ReportTexts {
  if (!isObject(value)) return false;
  const { summary, notes, figures, refs, checked, source } = value;
  if (typeof summary !== 'string' || !optionalString(notes)) return false;
  if (refs !== undefined && !isStringArray(refs)) return false;
  if (
    figures !== undefined &&
    !(
      Array.isArray(figures) &&
      figures.every(
        (figure) => isObject(figure) && typeof figure.label === 'string' && typeof figure.value === 'string',
      )
    )
  )
    return false;
  if (
    !isObject(checked) ||
    typeof checked.date !== 'string' ||
    (checked.against !== 'page' && checked.against !== 'digest')
  )
    return false;
  return (
    isObject(source) &&
    typeof source.url === 'string' &&
    optionalString(source.title) &&
    optionalString(source.title_en) &&
    optionalString(source.description) &&
    optionalString(source.via)
  );
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseReportIndex(input: unknown): ParseResult<ClientIndex> {
  if (!isObject(input)) return { ok: false, error: 'the report index is not an object' };
  if (input.format !== CLIENT_DATA_FORMAT)
    return { ok: false, error: `unknown report index format ${String(input.format)}` };
  const { reports } = input;
  if (!Array.isArray(reports)) return { ok: false, error: 'the report index has no list of reports' };
  const bad = reports.findIndex((report) => !isIndexEntry(report));
  if (bad !== -1) return { ok: false, error: `report #${bad} in the report index is malformed` };
  const { coverage } = input;
  if (!Array.isArray(coverage) || !coverage.every(isCoverageEntry))
    return { ok: false, error: 'the coverage in the report index is malformed' };
  const { events } = input;
  if (!Array.isArray(events) || !events.every(isTimelineEvent))
    return { ok: false, error: 'the events in the report index are malformed' };
  const { withdrawn } = input;
  if (!Array.isArray(withdrawn) || !withdrawn.every(isWithdrawnEntry))
    return { ok: false, error: 'the withdrawn records in the report index are malformed' };
  return {
    ok: true,
    value: {
      format: CLIENT_DATA_FORMAT,
      reports: reports.filter(isIndexEntry),
      coverage: coverage.filter(isCoverageEntry),
      events: events.filter(isTimelineEvent),
      withdrawn: withdrawn.filter(isWithdrawnEntry),
    },
  };
}

/** The texts file, as each report's texts by id. */
export function parseReportTexts(input: unknown): ParseResult<ReadonlyMap<string, ReportTexts>> {
  if (!isObject(input)) return { ok: false, error: 'the report texts file is not an object' };
  if (input.format !== CLIENT_DATA_FORMAT)
    return { ok: false, error: `unknown report texts format ${String(input.format)}` };
  const { texts } = input;
  if (!isObject(texts)) return { ok: false, error: 'the report texts file has no texts by report id' };
  const byId = new Map<string, ReportTexts>();
  for (const [id, value] of Object.entries(texts)) {
    if (!isReportTexts(value)) return { ok: false, error: `the texts of report "${id}" are malformed` };
    byId.set(id, value);
  }
  return { ok: true, value: byId };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every((item) => typeof item === 'string');
}

/** A language's descriptions file (lib/data/assets.ts): three records of strings by key. */
export function parseDescriptions(input: unknown): ParseResult<Descriptions> {
  if (!isObject(input)) return { ok: false, error: 'the descriptions file is not an object' };
  const { sectors, conditions, confidence } = input;
  if (!isStringRecord(sectors) || !isStringRecord(conditions) || !isStringRecord(confidence))
    return { ok: false, error: 'the descriptions file is malformed' };
  return { ok: true, value: { sectors, conditions, confidence } };
}

export function parsePreviewData(input: unknown): ParseResult<MapPreviewData> {
  if (!isObject(input)) return { ok: false, error: 'the preview file is not an object' };
  const { width, height, shapes, labels } = input;
  if (typeof width !== 'number' || typeof height !== 'number') return { ok: false, error: 'the preview has no size' };
  const shapesOk =
    Array.isArray(shapes) &&
    shapes.every(
      (shape) =>
        isObject(shape) &&
        typeof shape.slug === 'string' &&
        typeof shape.code === 'number' &&
        (shape.level === 'province' || shape.level === 'prefecture') &&
        typeof shape.d === 'string',
    );
  const labelsOk =
    Array.isArray(labels) &&
    labels.every(
      (label) =>
        isObject(label) &&
        typeof label.slug === 'string' &&
        typeof label.name === 'string' &&
        typeof label.x === 'number' &&
        typeof label.y === 'number',
    );
  if (!shapesOk || !labelsOk) return { ok: false, error: 'the preview shapes or labels are malformed' };
  return {
    ok: true,
    value: {
      width,
      height,
      shapes: shapes
        .filter((shape) => isObject(shape))
        .map((shape) => ({
          slug: String(shape.slug),
          code: Number(shape.code),
          level: shape.level === 'province' ? 'province' : 'prefecture',
          d: String(shape.d),
        })),
      labels: labels
        .filter((label) => isObject(label))
        .map((label) => ({
          slug: String(label.slug),
          name: String(label.name),
          x: Number(label.x),
          y: Number(label.y),
        })),
    },
  };
}
