/**
 * Server-only: the data files every page shares, named by a hash of their content so a host can cache them
 * forever (`/assets/<name>.<hash>.<ext>`, immutable). Pages carry only these names and their first paint; the
 * dataset travels once, however many pages a reader opens.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DATA_FORMAT, type ClientDataset } from './client-data';
import { getDataset } from './data';
import { countByRegion } from './filters';
import { mapPreviewData } from './map-preview';
import { GEO_FILES, PREVIEW_COLOURS, type GeoFile } from './map-style';
import { places } from './places';
import { provincesBBox, regions } from './regions';
import { buildSearchIndex, serializeSearchIndex } from './search';
import { previewSvg } from './svg-map';

export type Asset = { file: string; contentType: string; body: string };

function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

function hashed(name: string, extension: string, contentType: string, body: string): Asset {
  return { file: `${name}.${contentHash(body)}.${extension}`, contentType, body };
}

type AssetSet = {
  reports: Asset;
  preview: Asset;
  /** The search index (lib/search.ts), fetched when the search box is first focused. */
  search: Asset;
  geo: Record<GeoFile, Asset>;
  /** The static map image of each page (key: region slug, or "" for both provinces). */
  mapImages: Map<string, Asset>;
};

let built: AssetSet | null = null;

function buildAssets(): AssetSet {
  const { reports, coverage, events } = getDataset();
  const noneFound = new Set(coverage.filter((entry) => entry.status === 'none-found').map((entry) => entry.region));
  const dataset: ClientDataset = { format: CLIENT_DATA_FORMAT, reports, coverage, events };
  const preview = mapPreviewData(provincesBBox);
  const counts = countByRegion(reports, regions).prefectures;
  const geoEntries = GEO_FILES.map((file) => {
    const body = readFileSync(path.join(process.cwd(), 'data', 'geo', `${file}.geojson`), 'utf8');
    return [file, hashed(file, 'geojson', 'application/geo+json; charset=utf-8', body)] as const;
  });
  const mapImages = new Map(
    ['', ...regions.map((region) => region.slug)].map((slug) => [
      slug,
      hashed(
        `map-${slug || 'all'}`,
        'svg',
        'image/svg+xml; charset=utf-8',
        previewSvg(preview, counts, slug || null, PREVIEW_COLOURS, noneFound),
      ),
    ]),
  );
  return {
    reports: hashed('reports', 'json', 'application/json; charset=utf-8', JSON.stringify(dataset)),
    preview: hashed('preview', 'json', 'application/json; charset=utf-8', JSON.stringify(preview)),
    search: hashed(
      'search',
      'json',
      'application/json; charset=utf-8',
      serializeSearchIndex(buildSearchIndex({ regions, places, reports })),
    ),
    geo: Object.fromEntries(geoEntries) as Record<GeoFile, Asset>,
    mapImages,
  };
}

function assets(): AssetSet {
  built ??= buildAssets();
  return built;
}

export function allAssets(): Asset[] {
  const set = assets();
  return [set.reports, set.preview, set.search, ...Object.values(set.geo), ...set.mapImages.values()];
}

export const ASSET_PREFIX = '/assets/';

export type AssetUrls = {
  reports: string;
  preview: string;
  search: string;
  geo: Record<GeoFile, string>;
  mapImage: string;
};

/** The asset URLs a page needs (root-relative: the same build serves any host). */
export function assetUrls(region: string | null): AssetUrls {
  const set = assets();
  const url = (asset: Asset) => `${ASSET_PREFIX}${asset.file}`;
  const image = set.mapImages.get(region ?? '') ?? set.mapImages.get('');
  if (!image) throw new Error('the static map image of both provinces is missing');
  return {
    reports: url(set.reports),
    preview: url(set.preview),
    search: url(set.search),
    geo: Object.fromEntries(GEO_FILES.map((file) => [file, url(set.geo[file])])) as Record<GeoFile, string>,
    mapImage: url(image),
  };
}
