export const SITE_NAME = 'North Korean workers in Liaoning and Jilin';
export const SITE_DESCRIPTION =
  'A map of cited public reports on North Korean workers in China’s Liaoning and Jilin provinces: where they are reported, in which sectors, and under which conditions.';

/** Where the site is published; absolute links (canonical URLs, social cards) are built from it. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim();
  if (!raw) return DEFAULT_SITE_URL;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return DEFAULT_SITE_URL;
    return url.origin;
  } catch {
    return DEFAULT_SITE_URL;
  }
}

/** A record's own page (`/reports/<id>`), the address citations and downloads give; prefix it for a language. */
export function reportPath(id: string): string {
  return `/reports/${encodeURIComponent(id)}`;
}

/** The viewport every page declares (the root layouts app/(en)/layout.tsx, app/ko/layout.tsx and app/zh/layout.tsx). */
export const VIEWPORT = { width: 'device-width', initialScale: 1, themeColor: '#1f2937' } as const;
