import { changesResponse } from '@/app/_lib/release-routes';

// Static download, written into out/data/ at build time: each release's added, changed and withdrawn records.
export const dynamic = 'force-static';

export function GET() {
  return changesResponse();
}
