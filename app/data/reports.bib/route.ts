import { toBibTeX } from '@/lib/citation';
import { getDataset } from '@/lib/data';
import { datasetVersion } from '@/lib/dataset-version';
import { siteUrl } from '@/lib/site';

// Static download, written into out/data/ at build time: every report as a BibTeX entry (UTF-8, for biber).
export const dynamic = 'force-static';

export function GET() {
  const dataset = getDataset();
  const site = siteUrl();
  const bib = toBibTeX(dataset.reports, {
    version: datasetVersion(dataset),
    siteUrl: site,
    deepLink: (id) => `${site}/?report=${id}`,
  });
  return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
