import { datasetFileResponse } from '@/lib/export/dataset-files';

// Static download, written into out/data/ at build time: one point per report and place.
export const dynamic = 'force-static';

export function GET() {
  return datasetFileResponse('geojson');
}
