import { siteCitationContext, toRIS } from '@/lib/citation';
import { getDataset } from '@/lib/data';
import { datasetVersion } from '@/lib/dataset-version';
import { siteUrl } from '@/lib/site';

// Static download, written into out/data/ at build time: every report as an RIS record (UTF-8, CR LF).
export const dynamic = 'force-static';

export function GET() {
  const dataset = getDataset();
  const body = toRIS(dataset.reports, siteCitationContext(datasetVersion(dataset), siteUrl()));
  return new Response(body, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
}
