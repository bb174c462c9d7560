import { datasetFileResponse } from '@/lib/export/dataset-files';

// Static download, written into out/data/ at build time: every report as an RIS record (UTF-8, CR LF).
export const dynamic = 'force-static';

export function GET() {
  return datasetFileResponse('ris');
}
