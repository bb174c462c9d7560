/**
 * Validates the committed data once, where it enters: at build time (pages call `getDataset`) and in
 * `npm run validate:data`. Every problem is reported at once, naming file, record and field.
 */
import type { z } from 'zod';
import conditionsJson from '@/data/conditions.json' with { type: 'json' };
import confidenceJson from '@/data/confidence.json' with { type: 'json' };
import coverageJson from '@/data/coverage.json' with { type: 'json' };
import eventsJson from '@/data/events.json' with { type: 'json' };
import reportsJson from '@/data/reports.json' with { type: 'json' };
import sectorsJson from '@/data/sectors.json' with { type: 'json' };
import { regions as allRegions } from './regions';
import { lonelyEvents } from './provenance';
import { checkReportSectors, checkSectorList } from './sector-rules';
import {
  Condition,
  ConfidenceLabel,
  confidenceLevels,
  CoverageEntry,
  Report,
  Sector,
  TimelineEvent,
  type Region,
} from './schema';

export type Dataset = {
  sectors: Sector[];
  conditions: Condition[];
  reports: Report[];
  coverage: CoverageEntry[];
  confidence: ConfidenceLabel[];
  events: TimelineEvent[];
};

export type DataError = { file: string; record: string; field: string; message: string };

export const DATA_FILES = {
  sectors: 'data/sectors.json',
  conditions: 'data/conditions.json',
  reports: 'data/reports.json',
  coverage: 'data/coverage.json',
  confidence: 'data/confidence.json',
  events: 'data/events.json',
} as const;

/** A prefecture marked "none found" must say how it was searched: at least this many searches, in two languages. */
export const MIN_SEARCHES = 3;

export function formatDataError({ file, record, field, message }: DataError): string {
  return `${file}: record "${record}": field "${field}": ${message}`;
}

/** `["places", 0, "region"]` -> `places[0].region` */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(record)';
}

function recordName(value: unknown, index: number, idField: IdField): string {
  if (typeof value === 'object' && value !== null && idField in value) {
    const id: unknown = Reflect.get(value, idField);
    if (typeof id === 'string' && id !== '') return id;
  }
  return `#${index}`;
}

type IdField = 'id' | 'key' | 'region';

/** Parses each element of an array file with a schema; collects every issue instead of stopping at the first. */
function parseRecords<S extends z.ZodType>(
  file: string,
  input: unknown,
  schema: S,
  idField: IdField,
  errors: DataError[],
): z.infer<S>[] {
  if (!Array.isArray(input)) {
    errors.push({ file, record: '(file)', field: '(root)', message: 'must be an array of records' });
    return [];
  }
  const parsed: z.infer<S>[] = [];
  input.forEach((value: unknown, index) => {
    const result = schema.safeParse(value);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    const record = recordName(value, index, idField);
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (keys.length > 0) {
        for (const unknownKey of keys) {
          errors.push({ file, record, field: fieldPath([...issue.path, unknownKey]), message: 'is not a known field' });
        }
      } else {
        errors.push({ file, record, field: fieldPath(issue.path), message: describeIssue(issue) });
      }
    }
  });
  return parsed;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  return issue.message;
}

function checkUniqueKeys<T>(
  file: string,
  records: readonly T[],
  keyOf: (record: T) => string,
  field: string,
  errors: DataError[],
) {
  const seen = new Set<string>();
  for (const record of records) {
    const value = keyOf(record);
    if (seen.has(value))
      errors.push({ file, record: value, field, message: `duplicates another record's ${field} "${value}"` });
    seen.add(value);
  }
}

function insideBBox(lon: number, lat: number, [west, south, east, north]: Region['bbox']): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** Checks references between files: keys, regions, and that every point lies in its region. */
function checkReportReferences(
  reports: readonly Report[],
  sectors: readonly Sector[],
  conditions: readonly Condition[],
  regions: readonly Region[],
  errors: DataError[],
) {
  const file = DATA_FILES.reports;
  const sectorKeys = new Set(sectors.map((sector) => sector.key));
  const conditionKeys = new Set(conditions.map((condition) => condition.key));
  const regionsBySlug = new Map(regions.map((region) => [region.slug, region]));

  for (const report of reports) {
    const add = (field: string, message: string) => errors.push({ file, record: report.id, field, message });
    report.sectors.forEach((sector, index) => {
      if (!sectorKeys.has(sector))
        add(`sectors[${index}]`, `unknown sector "${sector}" (known: ${[...sectorKeys].join(', ')})`);
    });
    report.conditions.forEach((condition, index) => {
      if (!conditionKeys.has(condition)) add(`conditions[${index}]`, `unknown condition "${condition}"`);
    });
    if (new Set(report.sectors).size !== report.sectors.length) add('sectors', 'lists a sector twice');
    if (new Set(report.conditions).size !== report.conditions.length) add('conditions', 'lists a condition twice');

    report.places.forEach((place, index) => {
      const region = regionsBySlug.get(place.region);
      if (!region) {
        add(`places[${index}].region`, `unknown region "${place.region}"`);
        return;
      }
      const wantsProvince = place.precision === 'province';
      if (wantsProvince !== (region.level === 'province')) {
        add(
          `places[${index}].region`,
          wantsProvince
            ? `"${place.region}" is a prefecture, but precision "province" needs a province`
            : `"${place.region}" is a province, but precision "${place.precision}" needs a prefecture`,
        );
      }
      if (place.lon !== undefined && place.lat !== undefined && !insideBBox(place.lon, place.lat, region.bbox)) {
        add(`places[${index}]`, `point ${place.lon}, ${place.lat} lies outside the bounding box of "${place.region}"`);
      }
    });
  }
}

/** Regions named by any record, valid or not, so one bad record is reported once, not again as a coverage gap. */
function regionsNamed(reports: unknown): Set<string> {
  const named = new Set<string>();
  if (!Array.isArray(reports)) return named;
  for (const report of reports) {
    const places: unknown = typeof report === 'object' && report !== null ? Reflect.get(report, 'places') : undefined;
    if (!Array.isArray(places)) continue;
    for (const place of places) {
      const region: unknown = typeof place === 'object' && place !== null ? Reflect.get(place, 'region') : undefined;
      if (typeof region === 'string') named.add(region);
    }
  }
  return named;
}

/** A `derived_from` id names a record in the dataset, and following the chain never comes back to where it began. */
function checkDerivedFrom(reports: readonly Report[], errors: DataError[]) {
  const parentOf = new Map<string, string>();
  for (const report of reports)
    if (typeof report.derived_from === 'string') parentOf.set(report.id, report.derived_from);
  const ids = new Set(reports.map((report) => report.id));
  for (const [id, parent] of parentOf) {
    const add = (message: string) =>
      errors.push({ file: DATA_FILES.reports, record: id, field: 'derived_from', message });
    if (!ids.has(parent)) {
      add(`names "${parent}", which is not a record in the dataset`);
      continue;
    }
    const seen = new Set([id]);
    for (let next: string | undefined = parent; next !== undefined; next = parentOf.get(next)) {
      if (seen.has(next)) {
        add(`forms a cycle (${[...seen, next].join(' -> ')})`);
        break;
      }
      seen.add(next);
    }
  }
}

/**
 * Today's date where it is latest (UTC+14): a record checked this morning in Seoul is dated a day ahead of UTC, and
 * must not fail the build; a date later than every time zone's today is still rejected.
 */
export function latestDateOnEarth(now: number = Date.now()): string {
  return new Date(now + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Dates of ours (checked, searched) cannot lie ahead of the build. */
function checkNotFuture(
  reports: readonly Report[],
  coverage: readonly CoverageEntry[],
  today: string,
  errors: DataError[],
) {
  for (const report of reports) {
    if (report.checked.date > today)
      errors.push({
        file: DATA_FILES.reports,
        record: report.id,
        field: 'checked.date',
        message: `${report.checked.date} is in the future`,
      });
  }
  for (const entry of coverage) {
    entry.searches.forEach((search, index) => {
      if (search.date > today)
        errors.push({
          file: DATA_FILES.coverage,
          record: entry.region,
          field: `searches[${index}].date`,
          message: `${search.date} is in the future`,
        });
    });
  }
}

/** Every prefecture once; "reported" only with a record naming it, "none-found" only without, and with its searches. */
function checkCoverage(
  coverage: readonly CoverageEntry[],
  reported: ReadonlySet<string>,
  regions: readonly Region[],
  errors: DataError[],
) {
  const file = DATA_FILES.coverage;
  const prefectures = regions.filter((region) => region.level === 'prefecture').map((region) => region.slug);
  for (const entry of coverage) {
    const add = (field: string, message: string) => errors.push({ file, record: entry.region, field, message });
    if (!prefectures.includes(entry.region)) {
      add('region', `"${entry.region}" is not a prefecture`);
      continue;
    }
    if (entry.status === 'none-found' && reported.has(entry.region))
      add('status', 'is "none-found", but reports name this prefecture');
    if (entry.status === 'reported' && !reported.has(entry.region))
      add('status', 'is "reported", but no report names this prefecture');
    if (entry.status === 'none-found') {
      const languages = new Set(entry.searches.map((search) => search.language));
      if (entry.searches.length < MIN_SEARCHES || languages.size < 2)
        add(
          'searches',
          `a "none-found" prefecture needs at least ${MIN_SEARCHES} searches in at least two languages (has ${entry.searches.length} in ${languages.size})`,
        );
    }
  }
  for (const slug of prefectures) {
    if (!coverage.some((entry) => entry.region === slug))
      errors.push({ file, record: slug, field: '(record)', message: 'is missing: every prefecture needs an entry' });
  }
}

export type ValidationResult =
  { ok: true; dataset: Dataset; warnings: DataError[] } | { ok: false; errors: DataError[]; warnings: DataError[] };

/** Every confidence label explained once, and nothing else. */
function checkConfidenceLabels(labels: readonly ConfidenceLabel[], errors: DataError[]) {
  for (const level of confidenceLevels) {
    if (!labels.some((label) => label.key === level))
      errors.push({
        file: DATA_FILES.confidence,
        record: level,
        field: '(record)',
        message: 'is missing: every confidence label needs an explanation',
      });
  }
}

/** Timeline events name known regions and were checked no later than today. */
function checkTimelineEvents(
  events: readonly TimelineEvent[],
  regions: readonly Region[],
  today: string,
  errors: DataError[],
) {
  const file = DATA_FILES.events;
  for (const event of events) {
    if (event.checked.date > today)
      errors.push({ file, record: event.id, field: 'checked.date', message: `${event.checked.date} is in the future` });
    event.places?.forEach((slug, index) => {
      if (!regions.some((region) => region.slug === slug))
        errors.push({ file, record: event.id, field: `places[${index}]`, message: `unknown region "${slug}"` });
    });
  }
}

/** An event key shared by no other record links nothing: a warning (it may await its sibling). */
function eventWarnings(reports: readonly Report[]): DataError[] {
  const lonely = new Set(lonelyEvents(reports));
  return reports
    .filter((report) => report.event !== undefined && lonely.has(report.event))
    .map((report) => ({
      file: DATA_FILES.reports,
      record: report.id,
      field: 'event',
      message: `"${report.event}" is used by this record only, so it links nothing`,
    }));
}

export function validateDataset(
  input: {
    sectors: unknown;
    conditions: unknown;
    reports: unknown;
    coverage: unknown;
    confidence: unknown;
    events: unknown;
  },
  regions: readonly Region[] = allRegions,
  today: string = latestDateOnEarth(),
): ValidationResult {
  const errors: DataError[] = [];
  const sectors = parseRecords(DATA_FILES.sectors, input.sectors, Sector, 'key', errors);
  const conditions = parseRecords(DATA_FILES.conditions, input.conditions, Condition, 'key', errors);
  const reports = parseRecords(DATA_FILES.reports, input.reports, Report, 'id', errors);
  checkUniqueKeys(DATA_FILES.sectors, sectors, (sector) => sector.key, 'key', errors);
  checkUniqueKeys(DATA_FILES.conditions, conditions, (condition) => condition.key, 'key', errors);
  checkUniqueKeys(DATA_FILES.reports, reports, (report) => report.id, 'id', errors);
  const coverage = parseRecords(DATA_FILES.coverage, input.coverage, CoverageEntry, 'region', errors);
  checkUniqueKeys(DATA_FILES.coverage, coverage, (entry) => entry.region, 'region', errors);
  checkReportReferences(reports, sectors, conditions, regions, errors);
  for (const error of checkSectorList(sectors)) errors.push({ file: DATA_FILES.sectors, ...error });
  for (const error of checkReportSectors(reports, sectors)) errors.push({ file: DATA_FILES.reports, ...error });
  checkDerivedFrom(reports, errors);
  checkCoverage(coverage, regionsNamed(input.reports), regions, errors);
  checkNotFuture(reports, coverage, today, errors);
  const confidence = parseRecords(DATA_FILES.confidence, input.confidence, ConfidenceLabel, 'key', errors);
  checkUniqueKeys(DATA_FILES.confidence, confidence, (label) => label.key, 'key', errors);
  checkConfidenceLabels(confidence, errors);
  const events = parseRecords(DATA_FILES.events, input.events, TimelineEvent, 'id', errors);
  checkUniqueKeys(DATA_FILES.events, events, (event) => event.id, 'id', errors);
  checkTimelineEvents(events, regions, today, errors);
  const warnings = eventWarnings(reports);
  return errors.length > 0
    ? { ok: false, errors, warnings }
    : { ok: true, dataset: { sectors, conditions, reports, coverage, confidence, events }, warnings };
}

export class InvalidDataError extends Error {
  constructor(readonly errors: readonly DataError[]) {
    super(
      `Invalid data (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map(formatDataError).join('\n')}`,
    );
    this.name = 'InvalidDataError';
  }
}

let loaded: Dataset | null = null;

/** The validated committed data, checked once; a page that calls this fails the build when a record is invalid. */
export function getDataset(): Dataset {
  if (loaded) return loaded;
  const result = validateDataset({
    sectors: sectorsJson,
    conditions: conditionsJson,
    reports: reportsJson,
    coverage: coverageJson,
    confidence: confidenceJson,
    events: eventsJson,
  });
  if (!result.ok) throw new InvalidDataError(result.errors);
  loaded = result.dataset;
  return loaded;
}
