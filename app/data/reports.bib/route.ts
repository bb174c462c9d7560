import { datasetFileResponse } from '@/lib/export/dataset-files';

// Static download, written into out/data/ at build time: every report as a BibTeX entry (UTF-8, for biber).
export const dynamic = 'force-static';

export function GET() {
  return datasetFileResponse('bib');
}
