import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GEO_FILES } from '@/lib/map-style';

// Emitted once at build time as static files (out/geo/*.geojson): the map loads its geography from our origin.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return GEO_FILES.map((file) => ({ file: `${file}.geojson` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = GEO_FILES.find((candidate) => `${candidate}.geojson` === file);
  if (!name) return new Response('Not found', { status: 404 });
  const body = await readFile(path.join(process.cwd(), 'data', 'geo', `${name}.geojson`), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
}
