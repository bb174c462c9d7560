/**
 * Server-only: each page's title, description, canonical URL, language alternates (`hreflang`, with `x-default`
 * pointing at English) and social card, in the page's language.
 */
import type { Metadata } from 'next';
import { countBySector, reportsInRegion } from '@/lib/view/filters';
import { getDataset } from '@/lib/data/dataset';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { LANGUAGE_TAGS, LOCALES, localePath, OG_LOCALES, type Locale } from '@/lib/i18n/locales';
import { joinList, regionName } from '@/lib/i18n/text';
import { localizedVocabularies } from '@/lib/i18n/vocabulary';
import { regions } from '@/lib/data/regions';
import type { Region } from '@/lib/data/schema';
import { siteUrl } from '@/lib/export/site';
import { BASE_PATH, withBasePath } from '@/lib/view/base-path';

export function siteName(locale: Locale): string {
  return serverTranslators(locale).ui('site.title');
}

/** A label inside a sentence: lower case, except acronyms ("IT" stays "IT"; "Restaurants" becomes "restaurants"). */
function inRunningText(label: string): string {
  return label
    .split(' ')
    .map((word) => (/^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

/** "5 restaurants and 3 textile", largest first, leaving out empty sectors. */
export function sectorCountsInWords(
  counts: Record<string, number>,
  labels: ReadonlyMap<string, string>,
  locale: Locale,
): string {
  const { ui, site } = serverTranslators(locale);
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => site('meta.sectorCount', { count, sector: inRunningText(labels.get(key) ?? key) }));
  if (parts.length === 0) return site('meta.noneYet');
  return joinList({ locale, t: ui }, parts, 'and');
}

/** The region's names in the two other languages, Chinese before Korean: "丹东 단둥" on an English page. */
function otherNames(region: Region, locale: Locale): string {
  return (['en', 'zh', 'ko'] as const)
    .filter((other) => other !== locale)
    .map((other) => regionName(region, other))
    .join(' ');
}

export function regionDescription(region: Region, locale: Locale): string {
  const { reports } = getDataset();
  // "By sector": the neutral key ("Sector not stated") names no kind of work, so it is not listed.
  const sectors = localizedVocabularies(locale).sectors.filter((sector) => !sector.neutral);
  const { site } = serverTranslators(locale);
  const inRegion = reportsInRegion(reports, region, regions);
  const counts = countBySector(
    inRegion,
    sectors.map((sector) => sector.key),
  );
  const labels = new Map(sectors.map((sector) => [sector.key, sector.label]));
  const province = regions.find((candidate) => candidate.slug === region.province);
  const name = regionName(region, locale);
  const where =
    region.level === 'province'
      ? site('meta.whereProvince', { name })
      : site('meta.wherePrefecture', { name, province: province ? regionName(province, locale) : region.province });
  return site('meta.regionDescription', {
    count: inRegion.length,
    where,
    names: otherNames(region, locale),
    sectors: sectorCountsInWords(counts, labels, locale),
  });
}

/** Where a page's social card is: `/og/<slug>.png` in English, `/og/<lang>/<slug>.png` otherwise. */
export function socialImagePath(slug: string, locale: Locale = 'en', base: string = BASE_PATH): string {
  return withBasePath(locale === 'en' ? `/og/${slug}.png` : `/og/${locale}/${slug}.png`, base);
}

/**
 * Canonical URL and the same page in every language (search engines send readers to the one in their language), and
 * the language's feed of new and changed records, which feed readers find from any page.
 */
export function languageAlternates(path: string, locale: Locale): NonNullable<Metadata['alternates']> {
  const base = siteUrl();
  const languages: Record<string, string> = {};
  for (const other of LOCALES) languages[LANGUAGE_TAGS[other]] = `${base}${localePath(other, path)}`;
  languages['x-default'] = `${base}${localePath('en', path)}`;
  const feed = {
    url: `${base}${localePath(locale, '/feed.xml')}`,
    title: serverTranslators(locale).site('feed.title', { site: siteName(locale) }),
  };
  return { canonical: `${base}${localePath(locale, path)}`, languages, types: { 'application/atom+xml': [feed] } };
}

/** A record's social card: one per record, in every language (its words are the record's, lib/export/social-card.ts). */
export function reportImagePath(id: string, base: string = BASE_PATH): string {
  return withBasePath(`/og/reports/${id}.png`, base);
}

/** A page's shared metadata; its image is a served path (`socialImagePath`, `reportImagePath`). */
export function pageMetadata(
  locale: Locale,
  path: string,
  page: { title: string; description: string; image: { path: string; alt: string }; type?: 'website' | 'article' },
): Metadata {
  const url = `${siteUrl()}${localePath(locale, path)}`;
  const image = {
    url: `${siteUrl()}${page.image.path}`,
    width: 1200,
    height: 630,
    alt: page.image.alt,
  };
  return {
    description: page.description,
    alternates: languageAlternates(path, locale),
    openGraph: {
      type: page.type ?? 'website',
      siteName: siteName(locale),
      locale: OG_LOCALES[locale],
      title: page.title,
      description: page.description,
      url,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images: [image.url] },
  };
}

/** What every page of a language shares: the address, the title pattern, the default description. */
export function layoutMetadata(locale: Locale): Metadata {
  const { site } = serverTranslators(locale);
  const name = siteName(locale);
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: name, template: site('meta.titleTemplate', { title: '%s', site: name }) },
    description: site('meta.siteDescription'),
    referrer: 'no-referrer',
  };
}

export function homeMetadata(locale: Locale): Metadata {
  const { reports } = getDataset();
  const { site } = serverTranslators(locale);
  const name = siteName(locale);
  return {
    // The layout's default title: the site's name in the page's language.
    ...pageMetadata(locale, '/', {
      title: name,
      description: site('meta.homeDescription', { count: reports.length }),
      image: { path: socialImagePath('index', locale), alt: site('meta.homeImageAlt') },
    }),
  };
}

export function regionMetadata(region: Region, locale: Locale): Metadata {
  const { site } = serverTranslators(locale);
  const title = site('meta.titleTemplate', { title: regionName(region, locale), site: siteName(locale) });
  const names = [regionName(region, locale), otherNames(region, locale)].join(' ');
  return {
    title: { absolute: title },
    ...pageMetadata(locale, `/regions/${region.slug}`, {
      title,
      description: regionDescription(region, locale),
      image: { path: socialImagePath(region.slug, locale), alt: site('meta.regionImageAlt', { names }) },
    }),
  };
}

export function aboutMetadata(locale: Locale): Metadata {
  const { site } = serverTranslators(locale);
  const name = siteName(locale);
  const title = site('meta.aboutTitle');
  return {
    title,
    ...pageMetadata(locale, '/about', {
      title: site('meta.titleTemplate', { title, site: name }),
      description: site('meta.aboutDescription'),
      image: { path: socialImagePath('index', locale), alt: name },
    }),
  };
}
