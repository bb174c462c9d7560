import type { MetadataRoute } from 'next';
import { LANGUAGE_TAGS, LOCALES, localePath } from '@/lib/i18n/locales';
import { regionSlugs } from '@/lib/data/regions';
import { getDataset } from '@/lib/data/dataset';
import { getReleases } from '@/lib/data/releases';
import { reportPath, siteUrl } from '@/lib/export/site';

export const dynamic = 'force-static';

/**
 * Every page in every language (English, Korean, Chinese), each with its alternates, at the address the build was
 * given (SITE_URL): the home page, the 25 region pages, the method page and every record's page (`/reports/<id>`),
 * the last dated by the day the record was last checked against its source; and the feed of new and changed records
 * in each language (`/feed.xml`), dated by the release.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const pages: { path: string; priority: number; lastModified?: string }[] = [
    { path: '/', priority: 1 },
    ...regionSlugs.map((slug) => ({ path: `/regions/${slug}`, priority: 0.8 })),
    { path: '/about', priority: 0.5 },
    ...getDataset().reports.map((report) => ({
      path: reportPath(report.id),
      priority: 0.6,
      lastModified: report.checked.date,
    })),
    { path: '/feed.xml', priority: 0.3, lastModified: getReleases().history[0]?.date },
  ];
  return pages.flatMap(({ path, priority, lastModified }) => {
    const languages = Object.fromEntries(
      LOCALES.map((locale) => [LANGUAGE_TAGS[locale], `${base}${localePath(locale, path)}`]),
    );
    return LOCALES.map((locale) => ({
      url: `${base}${localePath(locale, path)}`,
      ...(lastModified === undefined ? {} : { lastModified }),
      priority,
      alternates: { languages },
    }));
  });
}
