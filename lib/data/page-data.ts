/**
 * What a dashboard page hands to the browser: the small vocabularies, its first paint (the default view's
 * selection with its first cards, and those cards' texts) and the names of the shared data files. Never the dataset
 * itself: that is two content-hashed files fetched once (lib/data/assets.ts: the report index, and the texts when a card
 * needs them), so a page weighs the same at 150 reports or 10,000.
 * Server-only, shared by `/` and `/regions/<slug>` in every language.
 */
import { assetUrls, type AssetUrls } from './assets';
import { getDataset } from './dataset';
import { datasetVersion } from './dataset-version';
import { releaseLine, type ReleaseLine } from './releases';
import type { Locale } from '@/lib/i18n/locales';
import { localizedVocabularies, type Descriptions } from '@/lib/i18n/vocabulary';
import { geoAttribution, provincesBBox, regions } from './regions';
import { cardTexts, type ReportTexts } from './report-index';
import type { BBox, Condition, ConfidenceLabel, Region, Search, Sector, TimelineEvent } from './schema';
import { firstPaint, selectView, type Selection } from '@/lib/view/selection';
import { DEFAULT_STATE } from '@/lib/view/view-state';
import { siteUrl } from '@/lib/export/site';
import { padBBox } from '@/lib/map/bbox';

/** Cards a page carries as HTML; the rest arrive with the dataset. */
export const FIRST_PAINT_CARDS = 10;

/** Vocabulary terms as a page ships them: key, label and style; their descriptions travel apart (`Descriptions`). */
export type SectorTerm = Omit<Sector, 'description'>;
export type ConditionTerm = Omit<Condition, 'description'>;
export type ConfidenceTerm = Omit<ConfidenceLabel, 'description'>;

export type { Descriptions };

const withoutDescriptions = <T extends { description: string }>(terms: readonly T[]): Omit<T, 'description'>[] =>
  terms.map(({ description: _description, ...term }) => term);

export type PageData = {
  /** The page's language: its path prefix, its words (components/dashboard-<lang>.tsx) and the names it shows. */
  locale: Locale;
  region: string | null;
  /** The vocabularies with their labels in the page's language. */
  sectors: readonly SectorTerm[];
  conditions: readonly ConditionTerm[];
  confidence: readonly ConfidenceTerm[];
  /** The descriptions the first paint shows; all of them arrive with the dataset (assets.descriptions). */
  descriptions: Descriptions;
  /** Timeline events naming this page's region (the rest arrive with the dataset). */
  events: readonly TimelineEvent[];
  regions: readonly Region[];
  /** The page's default view, computed at build time: the HTML, and the first render before the data arrives. */
  initial: Selection;
  /**
   * The texts of `initial`'s cards without their notes (lib/data/report-index.ts `cardTexts`), by report id: the only
   * prose a page carries (the rest is in assets.reportTexts).
   */
  initialTexts: Readonly<Record<string, ReportTexts>>;
  assets: AssetUrls;
  /** Prefectures searched with no report found (data/coverage.json). */
  noneFound: readonly string[];
  /** This page's prefecture, when nothing was found there: the searches made, shown in the panel. */
  searches: readonly Search[] | null;
  /** Date-based version of the data (lib/data/dataset-version.ts), shown with the downloads and in citations. */
  datasetVersion: string;
  /** The release's day and what is new since the one before, for the header's "Updated" line. */
  release: ReleaseLine;
  /** The published site's origin (SITE_URL at build time): citations and image links point there. */
  siteUrl: string;
  homeBounds: BBox;
  maxBounds: BBox;
  attribution: string;
};

/**
 * The regions as a page needs them: without the traditional Chinese and older English names, which only search
 * uses, and search has them in its own file. Every page carries the regions twice (HTML and hydration data).
 */
const regionsForPage: readonly Region[] = regions.map(
  ({ name_zh_hant: _hant, name_alt_en: _alt, ...region }) => region,
);

export function dashboardPageData(region: Region | null, locale: Locale): PageData {
  const dataset = getDataset();
  const { reports, coverage, events } = dataset;
  const { sectors, conditions, confidence } = localizedVocabularies(locale);
  const noneFound = coverage.filter((entry) => entry.status === 'none-found');
  const selection = selectView(
    { reports, sectors, conditions, regions },
    { ...DEFAULT_STATE, locale, region: region?.slug ?? null },
  );
  const initial = firstPaint(selection, FIRST_PAINT_CARDS);
  const shownConfidence = new Set(initial.listed.map((report) => report.confidence));
  const firstIds = new Set(initial.listed.map((report) => report.id));
  return {
    locale,
    region: region?.slug ?? null,
    sectors: withoutDescriptions(sectors),
    conditions: withoutDescriptions(conditions),
    confidence: withoutDescriptions(confidence),
    descriptions: {
      sectors: {},
      conditions: {},
      confidence: Object.fromEntries(
        confidence.filter((label) => shownConfidence.has(label.key)).map((label) => [label.key, label.description]),
      ),
    },
    events: region ? events.filter((event) => event.places?.includes(region.slug)) : [],
    regions: regionsForPage,
    initial,
    initialTexts: Object.fromEntries(
      reports.filter((report) => firstIds.has(report.id)).map((report) => [report.id, cardTexts(report)]),
    ),
    assets: assetUrls(region?.slug ?? null, locale),
    noneFound: noneFound.map((entry) => entry.region),
    searches: noneFound.find((entry) => entry.region === region?.slug)?.searches ?? null,
    datasetVersion: datasetVersion(dataset),
    release: releaseLine(),
    siteUrl: siteUrl(),
    homeBounds: provincesBBox,
    maxBounds: padBBox(provincesBBox, 0.2),
    attribution: geoAttribution,
  };
}
