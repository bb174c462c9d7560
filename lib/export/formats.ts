/**
 * What the Download menu offers, as plain constants: the menu renders from these at once, while the code that
 * builds the files (lib/export/view-export.ts, lib/export/view-image.ts, lib/export/citation.ts) loads only when a download is asked for.
 */

export const EXPORT_FORMATS = ['csv', 'geojson', 'json', 'bib', 'ris', 'csl.json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV',
  geojson: 'GeoJSON',
  json: 'JSON',
  bib: 'BibTeX',
  ris: 'RIS',
  'csl.json': 'CSL-JSON',
};

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  'csl.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const NO_REPORTS_MESSAGE = 'No reports match this view, so there is nothing to download.';

export const IMAGE_SIZES = {
  landscape: { width: 1600, height: 900 },
  square: { width: 1080, height: 1080 },
} as const;
export type ImageShape = keyof typeof IMAGE_SIZES;
