/**
 * What the Download menu offers, as plain constants: the menu renders from these at once, while the code that
 * builds the files (lib/export/view-export.ts, lib/export/view-image.ts, lib/export/citation.ts) loads only when a download is asked for.
 */

export const EXPORT_FORMATS = ['csv', 'report-places.csv', 'geojson', 'json', 'bib', 'ris', 'csl.json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV',
  'report-places.csv': 'CSV',
  geojson: 'GeoJSON',
  json: 'JSON',
  bib: 'BibTeX',
  ris: 'RIS',
  'csl.json': 'CSL-JSON',
};

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'report-places.csv': 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  'csl.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/**
 * What one unit of each file is: a report, or a report at one of its places (`report-places.csv` and the GeoJSON,
 * where a report naming two places is two rows), so the menu can say "5 reports" or "9 report-places".
 */
export const EXPORT_UNITS: Record<ExportFormat, 'report' | 'report-place'> = {
  csv: 'report',
  'report-places.csv': 'report-place',
  geojson: 'report-place',
  json: 'report',
  bib: 'report',
  ris: 'report',
  'csl.json': 'report',
};

/** Rows `report-places.csv` and the GeoJSON hold for these reports: one per report and place. */
export function reportPlaceCount(reports: readonly { places: readonly unknown[] }[]): number {
  return reports.reduce((sum, report) => sum + report.places.length, 0);
}

export const NO_REPORTS_MESSAGE = 'No reports match this view, so there is nothing to download.';

export const IMAGE_SIZES = {
  landscape: { width: 1600, height: 900 },
  square: { width: 1080, height: 1080 },
} as const;
export type ImageShape = keyof typeof IMAGE_SIZES;
