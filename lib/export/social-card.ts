/**
 * Server-only: the words on a page's social card (scripts/build-social-cards.ts draws them), in the page's
 * language. Also every character the cards can print, so the committed card fonts can be checked against them
 * (lib/map/name-fonts.test.ts) and subset to them (npm run data:fonts).
 */
import { countBySector, reportsInRegion } from '@/lib/view/filters';
import { getDataset } from '@/lib/data/dataset';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { formatReportDate, regionName } from '@/lib/i18n/text';
import { localizedVocabularies } from '@/lib/i18n/vocabulary';
import { regions, regionsBySlug } from '@/lib/data/regions';
import { sourceDomain } from '@/lib/data/provenance';
import type { Region, Report } from '@/lib/data/schema';
import { namedRegions } from '@/lib/map/record-map';
import { placeName } from './report-page';

export type CardWords = {
  kicker: string;
  title: string;
  /** The names in the other two scripts. */
  subtitle: string;
  kind: string;
  count: string;
  /** Sectors with reports, largest first, at most six. */
  sectors: { label: string; colour: string; count: number }[];
  footer: string;
};

/** The home page's card shows both provinces; the names under the title are in the other two scripts. */
const HOME_SUBTITLES: Readonly<Record<Locale, string>> = {
  en: '辽宁 吉林  랴오닝 지린',
  ko: 'Liaoning and Jilin  辽宁 吉林',
  zh: 'Liaoning and Jilin  랴오닝 지린',
};

function subtitle(region: Region, locale: Locale): string {
  return (['en', 'zh', 'ko'] as const)
    .filter((other) => other !== locale)
    .map((other) => regionName(region, other))
    .join('  ');
}

export function cardWords(region: Region | null, locale: Locale, host: string): CardWords {
  const { reports } = getDataset();
  const { sectors } = localizedVocabularies(locale);
  const { site } = serverTranslators(locale);
  const inRegion = region ? reportsInRegion(reports, region, regions) : reports;
  const counts = countBySector(
    inRegion,
    sectors.map((sector) => sector.key),
  );
  const province = region ? regions.find((candidate) => candidate.slug === region.province) : undefined;
  const kind = region
    ? region.level === 'province'
      ? site('og.province')
      : site('og.prefecture', { province: province ? regionName(province, locale) : region.province })
    : site('og.overview');
  return {
    kicker: site('og.kicker'),
    title: region ? regionName(region, locale) : site('og.bothProvinces'),
    subtitle: region ? subtitle(region, locale) : HOME_SUBTITLES[locale],
    kind,
    count: site('og.count', { count: inRegion.length }),
    // "Reports by sector": the neutral key ("Sector not stated") is no sector, and would take a sector's place.
    sectors: sectors
      .filter((sector) => !sector.neutral && (counts[sector.key] ?? 0) > 0)
      .sort((a, b) => (counts[b.key] ?? 0) - (counts[a.key] ?? 0))
      .slice(0, 6)
      .map((sector) => ({ label: sector.label, colour: sector.colour, count: counts[sector.key] ?? 0 })),
    footer: site('og.footer', { host }),
  };
}

/** Every text any card can print in any language, besides the host name (Latin). */
export function allCardText(): string {
  const { sectors: english } = getDataset();
  const parts: string[] = [];
  for (const locale of LOCALES) {
    // Any count may appear: the digits are in the Latin subset, the words around them are what matters here.
    for (const region of [null, ...regions]) {
      const words = cardWords(region, locale, 'localhost');
      parts.push(words.kicker, words.title, words.subtitle, words.kind, words.count, words.footer);
    }
    parts.push(...localizedVocabularies(locale).sectors.map((sector) => sector.label));
    const { site } = serverTranslators(locale);
    parts.push(site('og.count', { count: 1 }), site('og.count', { count: english.length + 2 }));
  }
  return parts.join('');
}

/** What the Latin card font prints (data/fonts/noto-sans-latin-*.ttf, npm run data:fonts). */
const CARD_LATIN = /^[\x20-\x7e—–·’“”…→]+$/;

/**
 * An outlet's name in Latin letters for a record's card, whose font has no Japanese and only the region names'
 * Chinese and Korean: the name itself ("El País" without its accent), else the Latin name beside it ("Hankook Ilbo
 * (한국일보)" → "Hankook Ilbo", "NEWSポストセブン (News Post Seven, Shogakukan)" → "News Post Seven"), else the domain.
 */
export function latinOutletName(outlet: string, url: string): string {
  const plain = outlet.normalize('NFD').replace(/\p{M}/gu, '');
  const candidates = [
    plain,
    plain.replace(/\([^)]*\)/g, ' '),
    ...[...plain.matchAll(/\(([^)]*)\)/g)].flatMap((match) => (match[1] ?? '').split(/[,;]/)),
  ].map((candidate) => candidate.replace(/\s+/g, ' ').trim());
  return candidates.find((candidate) => candidate !== '' && CARD_LATIN.test(candidate)) ?? sourceDomain(url);
}

export type ReportCardWords = {
  kicker: string;
  /** The places the record names, in English (the region's name, or the town the record gives). */
  title: string;
  /** Their regions' names in Chinese and Korean. */
  subtitle: string;
  date: string;
  outlet: string;
  sectors: { label: string; colour: string }[];
  footer: string;
};

/**
 * A record's card, one for all three languages (the record's words are English; its regions' names come in all
 * three scripts): place, date, sectors, outlet. Drawn by scripts/build-social-cards.ts beside the record's map.
 */
export function reportCardWords(report: Report, host: string): ReportCardWords {
  const { sectors } = getDataset();
  const { ui, site } = serverTranslators('en');
  const names = [...new Set(report.places.map((place) => placeName(place, regionsBySlug, 'en')))];
  return {
    kicker: site('og.reportKicker'),
    title: names.length > 3 ? `${names.slice(0, 3).join(', ')}…` : names.join(', '),
    subtitle: namedRegions(report.places, regionsBySlug)
      .slice(0, 3)
      .map((region) => `${region.name_zh} ${region.name_ko}`)
      .join('  '),
    date: formatReportDate({ locale: 'en', t: ui }, report),
    outlet: latinOutletName(report.source.outlet, report.source.url),
    sectors: report.sectors.flatMap((key) => {
      const sector = sectors.find((candidate) => candidate.key === key);
      return sector ? [{ label: sector.label, colour: sector.colour }] : [];
    }),
    footer: site('og.footer', { host }),
  };
}
