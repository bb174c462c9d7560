import { allAssets } from '@/lib/data/assets';

// Written once at build time into out/assets/: the shared, content-hashed data files (see lib/data/assets.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return allAssets().map((asset) => ({ file: asset.file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const asset = allAssets().find((candidate) => candidate.file === file);
  if (!asset) return new Response('Not found', { status: 404 });
  return new Response(asset.body, { headers: { 'Content-Type': asset.contentType } });
}
