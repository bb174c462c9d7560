import { BASE_PATH, withBasePath } from '@/lib/view/base-path';

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

/**
 * The site's home as an absolute address: the origin and the base path (`https://example.org/nk-workers/`). Absolute
 * URLs of pages are `siteUrl()` and a served path (`localePath`, `withBasePath`), which carries the base path.
 */
export function siteAddress(origin: string = siteUrl(), base: string = BASE_PATH): string {
  return `${origin}${withBasePath('/', base)}`;
}

/** A download's path as served (`/data/reports.csv`, under the base path when there is one). */
export function dataPath(file: string, base: string = BASE_PATH): string {
  return withBasePath(`/data/${file}`, base);
}

/**
 * A record's own site path (`/reports/<id>`), the address citations and downloads give; `localePath` makes it a
 * served path in a language.
 */
export function reportPath(id: string): string {
  return `/reports/${encodeURIComponent(id)}`;
}

/** The viewport every page declares (the root layouts app/(en)/layout.tsx, app/ko/layout.tsx and app/zh/layout.tsx). */
export const VIEWPORT = { width: 'device-width', initialScale: 1, themeColor: '#1f2937' } as const;
