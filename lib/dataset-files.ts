/**
 * Server-only: the whole dataset as a download (`/data/reports.<format>`), through the same builder the
 * dashboard's Download menu uses for a view (lib/view-export.ts).
 */
import { siteCitationContext } from './citation';
import { getDataset } from './data';
import { datasetVersion } from './dataset-version';
import { regionsBySlug } from './regions';
import { siteUrl } from './site';
import { EXPORT_TYPES, exportReports, type ExportFormat } from './view-export';

export function datasetFileResponse(format: ExportFormat): Response {
  const dataset = getDataset();
  const body = exportReports(format, {
    reports: dataset.reports,
    regionsBySlug,
    citation: siteCitationContext(datasetVersion(dataset), siteUrl()),
  });
  return new Response(body, { headers: { 'Content-Type': EXPORT_TYPES[format] } });
}
