import { getDataset } from '@/lib/data';
import { reportsToGeoJson } from '@/lib/export';
import { regionsBySlug } from '@/lib/regions';

export const dynamic = 'force-static';

export function GET() {
  const collection = reportsToGeoJson(getDataset().reports, regionsBySlug);
  return new Response(JSON.stringify(collection), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
}
