/**
 * Server-only: the data files every page shares, named by a hash of their content so a host can cache them
 * forever (`/assets/<name>.<hash>.<ext>`, immutable). Pages carry only these names and their first paint; the
 * dataset travels once, however many pages a reader opens (its index at once, its texts when a card needs them).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getReleases } from './releases';
import { CLIENT_DATA_FORMAT, type ClientIndex, type ClientTexts } from './client-data';
import { getDataset } from './dataset';
import { countByRegion, pinnedPlaces } from '@/lib/view/filters';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { previewText } from '@/lib/i18n/text';
import { allDescriptions } from '@/lib/i18n/vocabulary';
import { croppedPreviewData, mapPreviewData } from '@/lib/map/preview';
import { namedRegions, recordMapBBox, recordMapSvg } from '@/lib/map/record-map';
import { previewColours } from '@/lib/map/colours';
import { GEO_FILES, type GeoFile } from '@/lib/map/geo-files';
import { THEMES, type Theme } from '@/lib/view/theme';
import { places } from './places';
import { indexEntry, reportTexts } from './report-index';
import { provincesBBox, regions, regionsBySlug } from './regions';
import { buildSearchIndex, serializeSearchIndex } from '@/lib/search/search';
import { searchTerms } from '@/lib/search/search-terms';
import { previewSvg } from '@/lib/map/svg-map';
import { withBasePath } from '@/lib/view/base-path';

export type Asset = { file: string; contentType: string; body: string };

function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

function hashed(name: string, extension: string, contentType: string, body: string): Asset {
  return { file: `${name}.${contentHash(body)}.${extension}`, contentType, body };
}

type AssetSet = {
  /** Every report without its prose, the none-found coverage and the events: what a first load fetches. */
  reportIndex: Asset;
  /** Every report's prose by id: fetched when a card, a download or a citation needs it. */
  reportTexts: Asset;
  /** Each language's vocabulary descriptions (lib/data/page-data.ts Descriptions). */
  descriptions: Record<Locale, Asset>;
  preview: Asset;
  /** The search index (lib/search/search.ts), fetched when the search box is first focused. */
  search: Asset;
  geo: Record<GeoFile, Asset>;
  /** The static map image of each page, labelled in its language (key: `<locale>/<region slug or "">`). */
  mapImages: Map<string, Asset>;
  /** Each record's small map (lib/map/record-map.ts), by id; records naming the same places share one file. */
  reportMaps: Map<string, Asset>;
};

/** A record's map is a small picture beside its text. */
const RECORD_MAP_WIDTH = 360;

let built: AssetSet | null = null;

function buildAssets(): AssetSet {
  const { reports, coverage, events } = getDataset();
  const noneFound = new Set(coverage.filter((entry) => entry.status === 'none-found').map((entry) => entry.region));
  const index: ClientIndex = {
    format: CLIENT_DATA_FORMAT,
    reports: reports.map(indexEntry),
    // The dashboard shows a prefecture's searches only where they found nothing.
    coverage: coverage.filter((entry) => entry.status === 'none-found'),
    events,
    // Named so that a dashboard link to a withdrawn record says what happened (the note stays on its page).
    withdrawn: getReleases().tombstones.map(({ note: _note, ...entry }) => entry),
  };
  const texts: ClientTexts = {
    format: CLIENT_DATA_FORMAT,
    texts: Object.fromEntries(reports.map((report) => [report.id, reportTexts(report)])),
  };
  const preview = mapPreviewData(provincesBBox);
  const counts = countByRegion(reports, regions).prefectures;
  const geoEntries = GEO_FILES.map((file) => {
    const body = readFileSync(path.join(process.cwd(), 'data', 'geo', `${file}.geojson`), 'utf8');
    return [file, hashed(file, 'geojson', 'application/geo+json; charset=utf-8', body)] as const;
  });
  // Each page's static map in both themes: the page picks the dark one for a dark screen (a <picture> source, so
  // it works without JavaScript too).
  const mapImages = new Map(
    THEMES.flatMap((theme) =>
      LOCALES.flatMap((locale) => {
        const text = previewText({ locale, t: serverTranslators(locale).ui }, regionsBySlug);
        return ['', ...regions.map((region) => region.slug)].map((slug) => [
          `${theme}/${locale}/${slug}`,
          hashed(
            `map-${slug || 'all'}${locale === 'en' ? '' : `.${locale}`}${theme === 'light' ? '' : `.${theme}`}`,
            'svg',
            'image/svg+xml; charset=utf-8',
            previewSvg(preview, counts, slug || null, previewColours(theme), noneFound, text),
          ),
        ]);
      }),
    ),
  );
  const descriptions = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      hashed(
        `descriptions.${locale}`,
        'json',
        'application/json; charset=utf-8',
        JSON.stringify(allDescriptions(locale)),
      ),
    ]),
  ) as Record<Locale, Asset>;
  const reportMaps = new Map(
    reports.flatMap((report) => {
      const bbox = recordMapBBox(report.places, regionsBySlug);
      if (!bbox) return [];
      const pins = pinnedPlaces(report).map((place) => [place.lon, place.lat] as const);
      const named = new Set(namedRegions(report.places, regionsBySlug).map((region) => region.slug));
      const svg = recordMapSvg(croppedPreviewData(bbox, RECORD_MAP_WIDTH, pins), named);
      return [[report.id, hashed('report-map', 'svg', 'image/svg+xml; charset=utf-8', svg)] as const];
    }),
  );
  return {
    reportIndex: hashed('report-index', 'json', 'application/json; charset=utf-8', JSON.stringify(index)),
    reportTexts: hashed('report-texts', 'json', 'application/json; charset=utf-8', JSON.stringify(texts)),
    descriptions,
    preview: hashed('preview', 'json', 'application/json; charset=utf-8', JSON.stringify(preview)),
    search: hashed(
      'search',
      'json',
      'application/json; charset=utf-8',
      serializeSearchIndex(buildSearchIndex({ regions, places, reports, terms: searchTerms() })),
    ),
    geo: Object.fromEntries(geoEntries) as Record<GeoFile, Asset>,
    mapImages,
    reportMaps,
  };
}

function assets(): AssetSet {
  built ??= buildAssets();
  return built;
}

export function allAssets(): Asset[] {
  const set = assets();
  return [
    set.reportIndex,
    set.reportTexts,
    set.preview,
    set.search,
    ...Object.values(set.descriptions),
    ...Object.values(set.geo),
    ...set.mapImages.values(),
    // Records naming the same places share a map: each file once.
    ...new Map([...set.reportMaps.values()].map((asset) => [asset.file, asset])).values(),
  ];
}

/** A record's small map as SVG markup (its social card draws it too), or null when it names no known region. */
export function reportMapSvg(id: string): string | null {
  return assets().reportMaps.get(id)?.body ?? null;
}

/** The address of a record's small map, or null when it names no known region. */
export function reportMapUrl(id: string): string | null {
  const asset = assets().reportMaps.get(id);
  return asset ? `${ASSET_PREFIX}${asset.file}` : null;
}

/** Where the assets are served (under the base path when there is one). */
export const ASSET_PREFIX = withBasePath('/assets/');

export type AssetUrls = {
  /** The report index: fetched when the map or a view needs the reports. */
  reportIndex: string;
  /** The reports' prose: fetched when a card, a download or a citation needs it. */
  reportTexts: string;
  /** This page's language's descriptions of sectors, conditions and sourcing labels. */
  descriptions: string;
  preview: string;
  search: string;
  geo: Record<GeoFile, string>;
  mapImage: string;
  /** The same map drawn for a dark screen. */
  mapImageDark: string;
};

/** The asset URLs a page needs (root-relative: the same build serves any host); the map image is in its language. */
export function assetUrls(region: string | null, locale: Locale): AssetUrls {
  const set = assets();
  const url = (asset: Asset) => `${ASSET_PREFIX}${asset.file}`;
  const imageOf = (theme: Theme) =>
    set.mapImages.get(`${theme}/${locale}/${region ?? ''}`) ?? set.mapImages.get(`${theme}/${locale}/`);
  const image = imageOf('light');
  const imageDark = imageOf('dark');
  if (!image || !imageDark) throw new Error('the static map image of both provinces is missing');
  return {
    reportIndex: url(set.reportIndex),
    reportTexts: url(set.reportTexts),
    descriptions: url(set.descriptions[locale]),
    preview: url(set.preview),
    search: url(set.search),
    geo: Object.fromEntries(GEO_FILES.map((file) => [file, url(set.geo[file])])) as Record<GeoFile, string>,
    mapImage: url(image),
    mapImageDark: url(imageDark),
  };
}
