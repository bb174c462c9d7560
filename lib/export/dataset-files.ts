/**
 * Server-only: the whole dataset as a download (`/data/reports.<format>`), through the same builder the
 * dashboard's Download menu uses for a view (lib/export/view-export.ts).
 */
import { siteCitationContext } from './citation';
import { getDataset } from '@/lib/data/dataset';
import { datasetVersion } from '@/lib/data/dataset-version';
import { regionsBySlug } from '@/lib/data/regions';
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
