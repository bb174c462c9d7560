import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const dynamic = 'force-static';

export async function GET() {
  const body = await readFile(path.join(process.cwd(), 'data', 'geo', 'regions.geojson'), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
}
