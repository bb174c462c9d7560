import { getDataset } from '@/lib/data';
import { reportsToCsv } from '@/lib/export';
import { regionsBySlug } from '@/lib/regions';

export const dynamic = 'force-static';

export function GET() {
  const csv = reportsToCsv(getDataset().reports, regionsBySlug);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
