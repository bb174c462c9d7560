import { getDataset } from '@/lib/data';

// Static downloads, written into out/data/ at build time.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getDataset().reports);
}
