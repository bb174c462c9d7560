import type { MetadataRoute } from 'next';
import { regionSlugs } from '@/lib/regions';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** The home page, the 25 region pages and the method page, at the address the build was given (SITE_URL). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return [
    { url: `${base}/`, priority: 1 },
    ...regionSlugs.map((slug) => ({ url: `${base}/regions/${slug}`, priority: 0.8 })),
    { url: `${base}/about`, priority: 0.5 },
  ];
}
