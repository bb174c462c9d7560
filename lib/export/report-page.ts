/**
 * Server-only pieces of a record's own page (`/reports/<id>`): its schema.org JSON-LD, its places in words, and
 * what its neighbours in the dataset say about it (the other records of its event, what it passes on). Pure apart
 * from the data they are given.
 */
import { isoPartialDate, parseDate } from './citation-dates';
import { citationTitle } from './citation';
import { SITE_NAME } from './site';
import type { Locale } from '@/lib/i18n/locales';
import { localPlaceName } from '@/lib/i18n/text';
import type { Place, Region, Report } from '@/lib/data/schema';

export const SUMMARY_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/** A place as the record's page names it: the region's name in the page's language, or the town the record gives. */
export function placeName(place: Place, regionsBySlug: ReadonlyMap<string, Region>, locale: Locale): string {
  return localPlaceName(place, regionsBySlug.get(place.region), locale);
}

/** ISO 8601 for schema.org: a partial date as it is, a range `A..B` as the interval `A/B`. */
export function isoTime(value: string): string {
  return value.split('..').join('/');
}

export type ReportJsonLdInput = {
  /** The record page's absolute address. */
  pageUrl: string;
  siteUrl: string;
  version: string;
  /** English labels of the record's sectors and conditions. */
  keywords: readonly string[];
  regionsBySlug: ReadonlyMap<string, Region>;
};

/**
 * The record as a schema.org `CreativeWork` (our summary, CC BY 4.0, part of the dataset) whose `citation` is the
 * source article: a `NewsArticle` for news, a `Report` otherwise, with the outlet as publisher. A headline is only
 * ever the outlet's; our description of an untitled item is its `description`, never its `headline`.
 */
export function reportJsonLd(report: Report, input: ReportJsonLdInput): Record<string, unknown> {
  const { source } = report;
  const published = parseDate(report.published);
  const time = report.observed ?? report.published;
  const places = report.places.map((place) => ({
    '@type': 'Place',
    name: placeName(place, input.regionsBySlug, 'en'),
    ...(place.lon !== undefined && place.lat !== undefined
      ? { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon } }
      : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': input.pageUrl,
    url: input.pageUrl,
    identifier: report.id,
    name: citationTitle(source),
    description: report.summary,
    inLanguage: 'en',
    dateModified: report.checked.date,
    ...(time === undefined ? {} : { temporalCoverage: isoTime(time) }),
    spatialCoverage: places,
    keywords: [...input.keywords],
    license: SUMMARY_LICENSE,
    isPartOf: { '@type': 'Dataset', name: SITE_NAME, url: input.siteUrl, version: input.version },
    citation: {
      '@type': source.kind === 'news' ? 'NewsArticle' : 'Report',
      url: source.url,
      ...(source.title === undefined ? { description: source.description } : { headline: source.title }),
      publisher: { '@type': 'Organization', name: source.outlet },
      ...(published ? { datePublished: isoPartialDate(published) } : {}),
      inLanguage: source.language,
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text in it can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The other records of the record's event (same place, time and facts), in dataset order. */
export function eventSiblings(report: Report, reports: readonly Report[]): Report[] {
  if (report.event === undefined) return [];
  return reports.filter((other) => other.event === report.event && other.id !== report.id);
}

/** The records split from the same article (one per sector or condition it reports), this one included. */
export function sameArticle(report: Report, reports: readonly Report[]): Report[] {
  return reports.filter((other) => other.source.url === report.source.url);
}
