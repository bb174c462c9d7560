import { siteCitationContext, toCslJson } from '@/lib/citation';
import { getDataset } from '@/lib/data';
import { datasetVersion } from '@/lib/dataset-version';
import { siteUrl } from '@/lib/site';

// Static download, written into out/data/ at build time: every report as a CSL-JSON item (Zotero, pandoc, citeproc).
export const dynamic = 'force-static';

export function GET() {
  const dataset = getDataset();
  const body = toCslJson(dataset.reports, siteCitationContext(datasetVersion(dataset), siteUrl()));
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
}
