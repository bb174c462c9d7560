import { datasetFileResponse } from '@/lib/export/dataset-files';

// Static download, written into out/data/ at build time: one row per report and place, for mapping (UTF-8 with BOM).
export const dynamic = 'force-static';

export function GET() {
  return datasetFileResponse('report-places.csv');
}
