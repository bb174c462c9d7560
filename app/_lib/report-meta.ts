/**
 * Server-only: a record page's title, description, canonical URL, alternates and social card, in the page's
 * language (the record's own words, headline and summary, stay as written).
 */
import type { Metadata } from 'next';
import { serverTranslators } from '@/lib/i18n/catalogues';
import type { Locale } from '@/lib/i18n/locales';
import { formatReportDate, joinList } from '@/lib/i18n/text';
import { localizedVocabularies } from '@/lib/i18n/vocabulary';
import { regionsBySlug } from '@/lib/data/regions';
import type { Report, Tombstone } from '@/lib/data/schema';
import { formatPartialDate } from '@/lib/i18n/dates';
import { placeName } from '@/lib/export/report-page';
import { reportPath } from '@/lib/export/site';
import { pageMetadata, reportImagePath, siteName, socialImagePath } from './region-meta';

/**
 * What the page is called: the outlet's headline, or on English pages our English rendering of a foreign one (the
 * page shows both); our description of an untitled item is named as such by the page itself.
 */
export function reportTitle(report: Report, locale: Locale): string {
  const { title, title_en, description } = report.source;
  return (locale === 'en' ? (title_en ?? title) : title) ?? description ?? report.id;
}

/** The record's words for its metadata and card: outlet, date, sectors (labels, never keys) and places. */
export function reportFacts(report: Report, locale: Locale) {
  const { ui } = serverTranslators(locale);
  const labels = new Map(localizedVocabularies(locale).sectors.map((sector) => [sector.key, sector.label]));
  const list = (items: string[]) => joinList({ locale, t: ui }, items, 'comma');
  return {
    outlet: report.source.outlet,
    date: formatReportDate({ locale, t: ui }, report),
    sectors: list(report.sectors.map((key) => labels.get(key) ?? key)),
    places: list([...new Set(report.places.map((place) => placeName(place, regionsBySlug, locale)))]),
  };
}

export function reportDescription(report: Report, locale: Locale): string {
  return serverTranslators(locale).site('report.metaDescription', reportFacts(report, locale));
}

export function reportMetadata(report: Report, locale: Locale): Metadata {
  const { site } = serverTranslators(locale);
  const title = site('meta.titleTemplate', { title: reportTitle(report, locale), site: siteName(locale) });
  return {
    title: { absolute: title },
    ...pageMetadata(locale, reportPath(report.id), {
      title,
      description: reportDescription(report, locale),
      image: { path: reportImagePath(report.id), alt: site('report.imageAlt', reportFacts(report, locale)) },
      type: 'article',
    }),
  };
}

/** A withdrawn record's page: says so in its title, and asks search engines not to list it. */
export function withdrawnMetadata(tombstone: Tombstone, locale: Locale): Metadata {
  const { site } = serverTranslators(locale);
  const name = siteName(locale);
  const title = site('meta.titleTemplate', { title: site('withdrawn.metaTitle', { id: tombstone.id }), site: name });
  return {
    title: { absolute: title },
    robots: { index: false, follow: true },
    ...pageMetadata(locale, reportPath(tombstone.id), {
      title,
      description: site('withdrawn.metaDescription', {
        id: tombstone.id,
        date: formatPartialDate(locale, tombstone.date),
      }),
      image: { path: socialImagePath('index', locale), alt: name },
    }),
  };
}
