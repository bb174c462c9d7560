/**
 * Downloads of the reports in tidy form: `reports.csv` has one row per report (its places joined in one column),
 * `report-places.csv` one row per report and place for mapping, and the GeoJSON one point per report and place.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Region, Report } from '@/lib/data/schema';

/** Columns every row starts with: the report's dates and its source. */
const SOURCE_COLUMNS = [
  'id',
  'published',
  'published_inferred',
  'observed',
  'outlet',
  'title',
  'title_en',
  'description',
  'url',
  'language',
  'source_kind',
  'via',
] as const;

/** Columns after the place columns: what the report says. */
const CONTENT_COLUMNS = ['sectors', 'conditions', 'summary', 'figures', 'confidence'] as const;

/** Columns every row ends with: where the record comes from and where it lives. */
const RECORD_COLUMNS = ['digest_refs', 'notes', 'event', 'checked', 'page'] as const;

/** Columns of `report-places.csv`: one row per report and place. */
export const PLACE_CSV_COLUMNS = [
  ...SOURCE_COLUMNS,
  'region',
  'region_name',
  'province',
  'place_name',
  'precision',
  'place_inferred',
  'lon',
  'lat',
  ...CONTENT_COLUMNS,
  ...RECORD_COLUMNS,
] as const;

/** Columns of `reports.csv`: one row per report; `lon`/`lat` are the first place's own point, when it has one. */
export const REPORT_CSV_COLUMNS = [
  ...SOURCE_COLUMNS,
  'place_count',
  'places',
  'regions',
  'provinces',
  'first_place_precision',
  'lon',
  'lat',
  ...CONTENT_COLUMNS,
  'derived_from',
  ...RECORD_COLUMNS,
] as const;

/**
 * A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
 * leading apostrophe, so it shows as text (OWASP, "CSV Injection"). A plain number such as `-12.5` stays a number.
 */
export function neutraliseFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  if (/^[+-]?\d+(\.\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/** RFC 4180: quote a field when it holds a comma, quote, CR or LF; double the quotes inside. Formulas neutralised. */
export function csvField(raw: string): string {
  const value = neutraliseFormula(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Byte-order mark, so spreadsheet programs read the file as UTF-8 (Chinese and Korean text). */
export const UTF8_BOM = '\uFEFF';

/** The cells of SOURCE_COLUMNS. */
function sourceCells(report: Report): string[] {
  const { source } = report;
  return [
    report.id,
    report.published ?? '',
    report.published_inferred ? 'true' : '',
    report.observed ?? '',
    source.outlet,
    source.title ?? '',
    source.title_en ?? '',
    source.description ?? '',
    source.url,
    source.language,
    source.kind,
    source.via ?? '',
  ];
}

/** The cells of CONTENT_COLUMNS. */
function contentCells(report: Report): string[] {
  const figures = (report.figures ?? [])
    .map((figure) => `${figure.label}: ${figure.value}${figure.original ? ` (${figure.original})` : ''}`)
    .join('; ');
  return [report.sectors.join(';'), report.conditions.join(';'), report.summary, figures, report.confidence];
}

/** The cells of RECORD_COLUMNS. */
function recordCells(report: Report, pageUrl: ((id: string) => string) | undefined): string[] {
  return [
    (report.refs ?? []).join(';'),
    report.notes ?? '',
    report.event ?? '',
    report.checked ? `${report.checked.date} (${report.checked.against})` : '',
    pageUrl?.(report.id) ?? '',
  ];
}

function derivedFromCell(report: Report): string {
  const origin = report.derived_from;
  if (origin === undefined) return '';
  return typeof origin === 'string' ? origin : [origin.outlet, origin.url].filter(Boolean).join(' ');
}

/** A place's name as the tables give it: the source's, else the region's English name. */
function placeName(place: Report['places'][number], region: Region | undefined): string {
  return place.name ?? region?.name_en ?? place.region;
}

function coordinate(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** `reports.csv`: one row per report, its places joined with "; " in the order the record gives them. */
export function reportsToCsv(
  reports: readonly Report[],
  regionsBySlug: ReadonlyMap<string, Region>,
  pageUrl?: (id: string) => string,
): string {
  const rows: string[][] = [[...REPORT_CSV_COLUMNS]];
  for (const report of reports) {
    const [first] = report.places;
    const regionsOf = report.places.map((place) => regionsBySlug.get(place.region));
    const unique = (values: readonly string[]) => [...new Set(values)].join(';');
    rows.push([
      ...sourceCells(report),
      String(report.places.length),
      report.places.map((place, index) => placeName(place, regionsOf[index])).join('; '),
      unique(report.places.map((place) => place.region)),
      unique(regionsOf.map((region) => region?.province ?? '').filter((province) => province !== '')),
      first?.precision ?? '',
      coordinate(first?.lon),
      coordinate(first?.lat),
      ...contentCells(report),
      derivedFromCell(report),
      ...recordCells(report, pageUrl),
    ]);
  }
  return UTF8_BOM + toCsvRows(rows);
}

/**
 * `report-places.csv`: one row per report and place, for mapping (a report naming two places has two rows).
 * `pageUrl` fills the `page` column with a record's own page, in both CSV files.
 */
export function reportPlacesToCsv(
  reports: readonly Report[],
  regionsBySlug: ReadonlyMap<string, Region>,
  pageUrl?: (id: string) => string,
): string {
  const rows: string[][] = [[...PLACE_CSV_COLUMNS]];
  for (const report of reports) {
    for (const place of report.places) {
      const region = regionsBySlug.get(place.region);
      rows.push([
        ...sourceCells(report),
        place.region,
        region?.name_en ?? '',
        region?.province ?? '',
        place.name ?? '',
        place.precision,
        place.inferred ? 'true' : '',
        coordinate(place.lon),
        coordinate(place.lat),
        ...contentCells(report),
        ...recordCells(report, pageUrl),
      ]);
    }
  }
  return UTF8_BOM + toCsvRows(rows);
}

/** Parses RFC 4180 CSV (the inverse of toCsvRows); used to prove the export round-trips. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < input.length; index += 1) {
    const char = input[index];
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && input[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export type ReportFeatureProperties = {
  id: string;
  published: string | null;
  outlet: string;
  title: string;
  /** Our description where the headline is unknown. */
  description: string | null;
  url: string;
  region: string;
  place: string;
  precision: Report['places'][number]['precision'];
  inferred: boolean;
  sectors: string[];
  conditions: string[];
  summary: string;
  /** The record's own page, when the download knows the site's address. */
  page: string | null;
};

/**
 * One point per place: the source's own point for city- and point-precision places, otherwise the region's
 * label point, marked by `precision` so nobody mistakes it for a located report.
 */
export function reportsToGeoJson(
  reports: readonly Report[],
  regionsBySlug: ReadonlyMap<string, Region>,
  pageUrl?: (id: string) => string,
): FeatureCollection<Point, ReportFeatureProperties> {
  const features: Feature<Point, ReportFeatureProperties>[] = [];
  for (const report of reports) {
    for (const place of report.places) {
      const region = regionsBySlug.get(place.region);
      const coordinates =
        place.lon !== undefined && place.lat !== undefined
          ? [place.lon, place.lat]
          : region
            ? [region.label[0], region.label[1]]
            : null;
      if (!coordinates) continue;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates },
        properties: {
          id: report.id,
          published: report.published ?? null,
          outlet: report.source.outlet,
          title: report.source.title ?? '',
          description: report.source.description ?? null,
          url: report.source.url,
          region: place.region,
          place: placeName(place, region),
          precision: place.precision,
          inferred: place.inferred ?? false,
          sectors: report.sectors,
          conditions: report.conditions,
          summary: report.summary,
          page: pageUrl?.(report.id) ?? null,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
