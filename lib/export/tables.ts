/**
 * Downloads of the reports: CSV (one row per report and place) and GeoJSON (one point per place).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Region, Report } from '@/lib/data/schema';

export const CSV_COLUMNS = [
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
  'region',
  'region_name',
  'province',
  'place_name',
  'precision',
  'place_inferred',
  'lon',
  'lat',
  'sectors',
  'conditions',
  'summary',
  'figures',
  'confidence',
  'digest_refs',
  'notes',
  'event',
  'checked',
  'page',
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

/** `pageUrl`: a record's own page (`/reports/<id>`, absolute), the `page` column. */
export function reportsToCsv(
  reports: readonly Report[],
  regionsBySlug: ReadonlyMap<string, Region>,
  pageUrl?: (id: string) => string,
): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const report of reports) {
    for (const place of report.places) {
      const region = regionsBySlug.get(place.region);
      const { source } = report;
      rows.push([
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
        place.region,
        region?.name_en ?? '',
        region?.province ?? '',
        place.name ?? '',
        place.precision,
        place.inferred ? 'true' : '',
        place.lon === undefined ? '' : String(place.lon),
        place.lat === undefined ? '' : String(place.lat),
        report.sectors.join(';'),
        report.conditions.join(';'),
        report.summary,
        (report.figures ?? [])
          .map((figure) => `${figure.label}: ${figure.value}${figure.original ? ` (${figure.original})` : ''}`)
          .join('; '),
        report.confidence,
        (report.refs ?? []).join(';'),
        report.notes ?? '',
        report.event ?? '',
        report.checked ? `${report.checked.date} (${report.checked.against})` : '',
        pageUrl?.(report.id) ?? '',
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
          place: place.name ?? region?.name_en ?? place.region,
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
