import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/export/site';
import { withBasePath } from '@/lib/view/base-path';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${siteUrl()}${withBasePath('/sitemap.xml')}` };
}
