/**
 * Sentences the dashboard builds from its words: lists, the heading that says what is shown, report dates and
 * place labels, region names. Pure; they take the page's translator, so they work the same in the browser (with
 * the one catalogue it was given) and on the server.
 */
import type { Place, Region, Report } from '@/lib/data/schema';
import type { PreviewText } from '@/lib/map/svg-map';
import type { ViewState } from '@/lib/view/view-state';
import { formatPartialDate } from './dates';
import { localePath, type Locale } from './locales';
import type { UiTranslate } from './ui-en';

export type UiI18n = { readonly locale: Locale; readonly t: UiTranslate };

export type ListKind = 'comma' | 'and' | 'or' | 'semicolon' | 'clause';

/**
 * Joins items with the language's list pattern: `and` puts its word only before the last item ("A, B and C"),
 * the others repeat theirs ("A or B or C", "A, B, C").
 */
export function joinList({ t }: UiI18n, items: readonly string[], kind: ListKind): string {
  if (items.length === 0) return '';
  const join = (a: string, b: string, how: ListKind) =>
    how === 'and'
      ? t('list.and', { a, b })
      : how === 'or'
        ? t('list.or', { a, b })
        : how === 'semicolon'
          ? t('list.semicolon', { a, b })
          : how === 'clause'
            ? t('list.clause', { a, b })
            : t('list.comma', { a, b });
  if (kind === 'and' && items.length > 1) {
    const head = items.slice(0, -1).reduce((a, b) => join(a, b, 'comma'));
    return join(head, items[items.length - 1] ?? '', 'and');
  }
  return items.reduce((a, b) => join(a, b, kind));
}

/** A region's name in the page's language (the short form, as in running text). */
export function regionName(region: Pick<Region, 'name_en' | 'name_zh' | 'name_ko'>, locale: Locale): string {
  return locale === 'ko' ? region.name_ko : locale === 'zh' ? region.name_zh : region.name_en;
}

/**
 * A place's name in the page's language: the region's name when the place is the region (or its seat under the same
 * name), else the name the record gives (most are romanised town names).
 */
export function localPlaceName(place: Place, region: Region | undefined, locale: Locale): string {
  if (!region) return place.name ?? place.region;
  return place.name === undefined || place.name === region.name_en ? regionName(region, locale) : place.name;
}

export function describePeriod(i18n: UiI18n, from: string | null, to: string | null): string {
  const { t, locale } = i18n;
  const date = (period: string) => formatPartialDate(locale, period);
  if (from === null && to === null) return '';
  if (from !== null && to !== null)
    return from === to ? date(from) : t('view.range', { from: date(from), to: date(to) });
  return from !== null ? t('view.from', { date: date(from) }) : t('view.to', { date: date(to ?? '') });
}

/** "Textile reports in Dandong, Reopened or Struggling, 2020": what the list shows, in the page's language. */
export function describeView(
  i18n: UiI18n,
  view: Pick<ViewState, 'sectors' | 'conditions' | 'from' | 'to'>,
  vocabulary: {
    sectors: readonly { key: string; label: string; neutral?: boolean }[];
    conditions: readonly { key: string; label: string }[];
  },
  region: Pick<Region, 'name_en' | 'name_zh' | 'name_ko'> | null,
): string {
  const { t, locale } = i18n;
  const chosenSectors = vocabulary.sectors.filter((sector) => view.sectors.includes(sector.key));
  const sectorLabels = chosenSectors.map((sector) => sector.label);
  const conditionLabels = vocabulary.conditions
    .filter((condition) => view.conditions.includes(condition.key))
    .map((condition) => condition.label);
  // "Sector not stated" is no sector: "Reports naming no sector", not "Sector not stated reports".
  const subject =
    chosenSectors.length === 1 && chosenSectors[0]?.neutral
      ? t('view.noSector')
      : sectorLabels.length === 1
        ? t('view.oneSector', { sector: sectorLabels[0] ?? '' })
        : sectorLabels.length > 1
          ? t('view.manySectors', { sectors: joinList(i18n, sectorLabels, 'comma') })
          : t('view.allSectors');
  const place = region ? regionName(region, locale) : t('view.bothProvinces');
  const parts = [t('view.where', { subject, place })];
  if (conditionLabels.length > 0) parts.push(joinList(i18n, conditionLabels, 'or'));
  const period = describePeriod(i18n, view.from, view.to);
  if (period) parts.push(period);
  return joinList(i18n, parts, 'clause');
}

/**
 * The sentence under the list's heading: "31 reports, 2001–2026, 24 from the outlets' own reporting". `own` counts
 * the reports shown whose sourcing label is primary (the outlet's own reporting, not passed on from others).
 */
export function describeViewSources(
  i18n: UiI18n,
  shown: { total: number; span: { first: number; last: number } | null; own: number },
): string {
  const { t } = i18n;
  const parts = [t('count.reports', { count: shown.total })];
  if (shown.span) parts.push(describePeriod(i18n, String(shown.span.first), String(shown.span.last)));
  parts.push(t('view.own', { count: shown.own }));
  return joinList(i18n, parts, 'clause');
}

/** A report's publication date at its precision, saying when it was inferred. */
export function formatReportDate({ t, locale }: UiI18n, report: Pick<Report, 'published' | 'published_inferred'>) {
  if (report.published === undefined) return t('date.undated');
  const date = formatPartialDate(locale, report.published);
  return report.published_inferred ? t('date.inferred', { date }) : date;
}

/**
 * The time a record describes, at its precision: a partial date, or a range the source fixes only by its bounds
 * ("between Jul 2016 and Jan 2018 (uncertain)").
 */
export function formatObservedDate({ t, locale }: UiI18n, observed: string): string {
  const [from, to] = observed.split('..');
  if (from === undefined || to === undefined) return formatPartialDate(locale, observed);
  return t('date.range', { from: formatPartialDate(locale, from), to: formatPartialDate(locale, to) });
}

/** How a place reads on a card: its name (or its region's) and how precisely the source locates it. */
export function placeLabel({ t }: UiI18n, place: Place, name: string): string {
  const precision = t(`precision.${place.precision}`);
  return place.inferred ? t('place.labelInferred', { name, precision }) : t('place.label', { name, precision });
}

/** The static map's words (lib/map/svg-map.ts), the same on the server (its pre-drawn image) and in the browser. */
export function previewText(
  i18n: UiI18n,
  regionsBySlug: ReadonlyMap<string, Pick<Region, 'name_en' | 'name_zh' | 'name_ko'>>,
): PreviewText {
  const { t, locale } = i18n;
  return {
    name: (slug, fallback) => {
      const region = regionsBySlug.get(slug);
      return region ? regionName(region, locale) : fallback;
    },
    label: (name, count) => t('map.previewRegion', { name, reports: t('count.reports', { count }) }),
    href: (slug) => localePath(locale, `/regions/${slug}`),
  };
}
