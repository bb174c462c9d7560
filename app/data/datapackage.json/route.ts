import { getDataset } from '@/lib/data/dataset';
import { datasetReleaseDate, datasetVersion } from '@/lib/data/dataset-version';
import { dataPackage } from '@/lib/export/datapackage';
import { temporalCoverage } from '@/lib/export/dataset-description';
import { siteAddress } from '@/lib/export/site';

// Static file, written into out/data/ at build time: the downloads as a Frictionless Data Package.
export const dynamic = 'force-static';

export function GET() {
  const dataset = getDataset();
  const body = dataPackage({
    version: datasetVersion(dataset),
    released: datasetReleaseDate(dataset),
    homepage: siteAddress(),
    temporalCoverage: temporalCoverage(dataset.reports),
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
