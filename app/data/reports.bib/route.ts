import { siteCitationContext, toBibTeX } from '@/lib/citation';
import { getDataset } from '@/lib/data';
import { datasetVersion } from '@/lib/dataset-version';
import { siteUrl } from '@/lib/site';

// Static download, written into out/data/ at build time: every report as a BibTeX entry (UTF-8, for biber).
export const dynamic = 'force-static';

export function GET() {
  const dataset = getDataset();
  const body = toBibTeX(dataset.reports, siteCitationContext(datasetVersion(dataset), siteUrl()));
  return new Response(body, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
