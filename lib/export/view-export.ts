/**
 * Downloads of a set of reports in every format we offer, from one place: the static whole-dataset files
 * (`/data/reports.*`, written at build time) and the Download menu of a view (built in the browser) both call
 * `exportReports`, so a view's CSV is byte for byte the rows the whole-dataset CSV has for those reports.
 *
 * Pure: no DOM, no zod, safe in the browser.
 */
import { toBibTeX, toCslJson, toRIS, type CitationContext } from './citation';
import { downloadFileName, type DownloadView } from './download-name';
import { reportPlacesToCsv, reportsToCsv, reportsToGeoJson } from './tables';
import { EXPORT_TYPES, NO_REPORTS_MESSAGE, type ExportFormat } from './formats';
import type { Region, Report } from '@/lib/data/schema';

export {
  EXPORT_FORMATS,
  EXPORT_LABELS,
  EXPORT_TYPES,
  EXPORT_UNITS,
  NO_REPORTS_MESSAGE,
  type ExportFormat,
} from './formats';

export type ExportInput = {
  reports: readonly Report[];
  regionsBySlug: ReadonlyMap<string, Region>;
  citation: CitationContext;
};

/** The file's text for these reports (in the order given). */
export function exportReports(format: ExportFormat, { reports, regionsBySlug, citation }: ExportInput): string {
  switch (format) {
    case 'csv':
      return reportsToCsv(reports, regionsBySlug, citation.deepLink);
    case 'report-places.csv':
      return reportPlacesToCsv(reports, regionsBySlug, citation.deepLink);
    case 'geojson':
      return JSON.stringify(reportsToGeoJson(reports, regionsBySlug, citation.deepLink));
    case 'json':
      return JSON.stringify(reports);
    case 'bib':
      return toBibTeX(reports, citation);
    case 'ris':
      return toRIS(reports, citation);
    case 'csl.json':
      return toCslJson(reports, citation);
  }
}

export type ViewFile =
  | { status: 'ready'; fileName: string; contentType: string; body: string }
  /** Nothing matches: say so instead of handing out a file with only a header. */
  | { status: 'empty'; message: string };

/** A view's download: named for what is in it (`nk-workers_dandong_textile_2020-2022.csv`). */
export function viewFile(format: ExportFormat, view: DownloadView, input: ExportInput): ViewFile {
  if (input.reports.length === 0) return { status: 'empty', message: NO_REPORTS_MESSAGE };
  return {
    status: 'ready',
    fileName: downloadFileName(view, format),
    contentType: EXPORT_TYPES[format],
    body: exportReports(format, input),
  };
}
