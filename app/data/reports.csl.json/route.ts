import { datasetFileResponse } from '@/lib/export/dataset-files';

// Static download, written into out/data/ at build time: every report as a CSL-JSON item (Zotero, pandoc, citeproc).
export const dynamic = 'force-static';

export function GET() {
  return datasetFileResponse('csl.json');
}
