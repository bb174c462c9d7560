import { datasetFileResponse } from '@/lib/export/dataset-files';

// Static download, written into out/data/ at build time: one row per report, its places joined in one column (UTF-8 with BOM).
export const dynamic = 'force-static';

export function GET() {
  return datasetFileResponse('csv');
}
