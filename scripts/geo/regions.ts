/** The region layer: prefectures from the thinned topology, provinces dissolved from them, then records. */
import { merge } from 'topojson-client';
import {
  bboxOf,
  pointInPolygons,
  poleOfInaccessibility,
  ringAreaKm2,
  ringProblems,
  ringSelfIntersection,
  roundPoint,
} from '../../lib/map/geometry';
import { type ProvinceSlug, type Region, RegionList } from '../../lib/data/schema';
import type { EchartsUnit } from './echarts';
import { fail } from './fail';
import { type Names, optionalNames } from './names';
import {
  geoJsonPolygons,
  largestPolygon,
  multiPolygonGeometry,
  type Polygons,
  roundBox,
  roundPolygons,
  unionPolygons,
} from './polygons';
import { MIN_ISLAND_KM2, REGION_DECIMALS } from './settings';
import { isGeometryCollection, isPolygonal, objectPolygons, type Topo } from './topology';

export type RegionGeometry = {
  prefectures: Map<number, Polygons>;
  provinces: Map<ProvinceSlug, Polygons>;
};

export function regionGeometry(names: Names, simplified: Topo): RegionGeometry {
  const simplifiedRegions = simplified.objects.regions;
  if (!isGeometryCollection(simplifiedRegions)) fail('topology lost its collections');
  const prefectures = new Map<number, Polygons>();
  for (const geometry of simplifiedRegions.geometries) {
    const code = Number(geometry.id);
    prefectures.set(code, roundPolygons(objectPolygons(simplified, geometry), REGION_DECIMALS));
  }
  const provinces = new Map<ProvinceSlug, Polygons>();
  for (const province of names.provinces) {
    const members = simplifiedRegions.geometries
      .filter(isPolygonal)
      .filter((g) => names.prefectures.find((p) => p.code === Number(g.id))?.province === province.slug);
    // Where two prefectures of the source disagree about their common border (a few hundred metres at most,
    // at some 20 places), merge leaves their two edges as a sliver ring, sometimes a figure-eight. A union of
    // the merged shape with itself resolves those crossings without moving any other vertex; the gaps it
    // leaves become tiny holes, which go.
    const merged = roundPolygons(geoJsonPolygons(merge(simplified, members)), REGION_DECIMALS);
    const repaired = unionPolygons(merged).map((polygon) =>
      polygon.filter((ring, index) => index === 0 || ringAreaKm2(ring) >= MIN_ISLAND_KM2),
    );
    provinces.set(province.slug, roundPolygons(repaired, REGION_DECIMALS));
  }
  for (const [name, polygons] of [
    ...provinces.entries(),
    ...[...prefectures.entries()].map(([code, p]) => [String(code), p] as const),
  ]) {
    for (const ring of polygons.flat()) {
      const problems = ringProblems(ring);
      const crossing = ringSelfIntersection(ring);
      if (problems.length > 0 || crossing)
        fail(
          `${name}: invalid ring (${[...problems, crossing ? `crosses itself at ${ring[crossing[0]]}` : ''].join(' ')})`,
        );
    }
  }
  return { prefectures, provinces };
}

/**
 * regions.json records and regions.geojson features: provinces first, then prefectures in names.json order.
 * Province labels sit at the pole of inaccessibility; a prefecture's label is its echarts seat point.
 */
export function regionOutputs(
  names: Names,
  units: ReadonlyMap<number, EchartsUnit>,
  geometry: RegionGeometry,
): { records: Region[]; features: object[] } {
  const records: Region[] = [];
  const features: object[] = [];
  for (const province of names.provinces) {
    const polygons = geometry.provinces.get(province.slug) ?? fail(`no geometry for ${province.slug}`);
    const label = roundPoint(poleOfInaccessibility(largestPolygon(polygons), 0.5), REGION_DECIMALS);
    records.push({
      slug: province.slug,
      code: province.code,
      level: 'province',
      province: province.slug,
      name_en: province.name_en,
      name_zh: province.name_zh,
      name_zh_full: province.name_zh_full,
      name_ko: province.name_ko,
      ...optionalNames(province),
      bbox: roundBox(bboxOf(polygons)),
      label,
    });
    features.push({
      type: 'Feature',
      id: province.code,
      properties: {
        slug: province.slug,
        code: province.code,
        level: 'province',
        province: province.slug,
        name_en: province.name_en,
        name_zh: province.name_zh,
        name_ko: province.name_ko,
      },
      geometry: multiPolygonGeometry(polygons),
    });
  }
  for (const spec of names.prefectures) {
    const polygons = geometry.prefectures.get(spec.code) ?? fail(`no geometry for ${spec.slug}`);
    const unit = units.get(spec.code) ?? fail(`missing ${spec.code}`);
    const label = roundPoint(unit.seat, REGION_DECIMALS);
    if (!pointInPolygons(label, polygons)) fail(`${spec.slug}: echarts label point ${label} is outside the prefecture`);
    records.push({
      slug: spec.slug,
      code: spec.code,
      level: 'prefecture',
      province: spec.province,
      name_en: spec.name_en,
      name_zh: spec.name_zh,
      name_zh_full: spec.name_zh_full,
      name_ko: spec.name_ko,
      ...optionalNames(spec),
      bbox: roundBox(bboxOf(polygons)),
      label,
    });
    features.push({
      type: 'Feature',
      id: spec.code,
      properties: {
        slug: spec.slug,
        code: spec.code,
        level: 'prefecture',
        province: spec.province,
        name_en: spec.name_en,
        name_zh: spec.name_zh,
        name_ko: spec.name_ko,
      },
      geometry: multiPolygonGeometry(polygons),
    });
  }
  RegionList.parse(records);
  return { records, features };
}
