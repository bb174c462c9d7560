import { feedResponse } from '@/app/_lib/release-routes';

// Static file, written at build time: the Atom feed of new and changed records.
export const dynamic = 'force-static';

export function GET() {
  return feedResponse('en');
}
