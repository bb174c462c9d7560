import type { MetadataRoute } from 'next';
import { LANGUAGE_TAGS, LOCALES, localePath } from '@/lib/i18n/locales';
import { regionSlugs } from '@/lib/data/regions';
import { siteUrl } from '@/lib/export/site';

export const dynamic = 'force-static';

/**
 * Every page in every language (English, Korean, Chinese), each with its alternates, at the address the build was
 * given (SITE_URL): the home page, the 25 region pages and the method page.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const pages = [
    { path: '/', priority: 1 },
    ...regionSlugs.map((slug) => ({ path: `/regions/${slug}`, priority: 0.8 })),
    { path: '/about', priority: 0.5 },
  ];
  return pages.flatMap(({ path, priority }) => {
    const languages = Object.fromEntries(
      LOCALES.map((locale) => [LANGUAGE_TAGS[locale], `${base}${localePath(locale, path)}`]),
    );
    return LOCALES.map((locale) => ({
      url: `${base}${localePath(locale, path)}`,
      priority,
      alternates: { languages },
    }));
  });
}
