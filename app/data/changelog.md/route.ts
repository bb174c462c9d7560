import { changelogResponse } from '@/app/_lib/release-routes';

// Static download, written into out/data/ at build time: data/CHANGELOG.md for the data this build ships.
export const dynamic = 'force-static';

export function GET() {
  return changelogResponse();
}
