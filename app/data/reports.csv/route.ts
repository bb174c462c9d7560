import { getDataset } from '@/lib/data';
import { reportsToCsv } from '@/lib/export';
import { regions } from '@/lib/regions';

export const dynamic = 'force-static';

export function GET() {
  const csv = reportsToCsv(getDataset().reports, new Map(regions.map((region) => [region.slug, region])));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
