import { datasetFileResponse } from '@/lib/export/dataset-files';

// Static download, written into out/data/ at build time: the records as validated.
export const dynamic = 'force-static';

export function GET() {
  return datasetFileResponse('json');
}
