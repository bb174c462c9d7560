/**
 * Server-only: the dataset's schema.org JSON-LD for the home and About pages (lib/export/dataset-description.ts),
 * named in the page's language, at the addresses the build was given (SITE_URL, BASE_PATH).
 */
import { getDataset } from '@/lib/data/dataset';
import { datasetReleaseDate, datasetVersion } from '@/lib/data/dataset-version';
import { provincesBBox } from '@/lib/data/regions';
import { datasetJsonLd, temporalCoverage } from '@/lib/export/dataset-description';
import { jsonLdText } from '@/lib/export/report-page';
import { dataPath, siteUrl } from '@/lib/export/site';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { LANGUAGE_TAGS, localePath, type Locale } from '@/lib/i18n/locales';

/** The JSON text for a `<script type="application/ld+json">` on the page at `path` in `locale`. */
export function datasetJsonLdText(locale: Locale, path: '/' | '/about'): string {
  const dataset = getDataset();
  const { ui, site } = serverTranslators(locale);
  const origin = siteUrl();
  return jsonLdText(
    datasetJsonLd({
      name: ui('site.title'),
      description: site('meta.homeDescription', { count: dataset.reports.length }),
      inLanguage: LANGUAGE_TAGS[locale],
      url: `${origin}${localePath(locale, path)}`,
      fileUrl: (file) => `${origin}${dataPath(file)}`,
      version: datasetVersion(dataset),
      dateModified: datasetReleaseDate(dataset),
      temporalCoverage: temporalCoverage(dataset.reports),
      bbox: provincesBBox,
    }),
  );
}
