/**
 * Prefectures of Liaoning and Jilin and of the neighbouring provinces in ONE topology, so a border shared by two
 * units is one arc and is simplified once: shared edges stay shared, with no gaps or overlaps between regions.
 */
import { topology } from 'topojson-server';
import { filter as filterRings, filterWeight, presimplify } from 'topojson-simplify';
import type * as GeoJSON from 'geojson';
import { type Box, bboxOf, ringAreaKm2 } from '../../lib/map/geometry';
import type { EchartsUnit } from './echarts';
import { fail } from './fail';
import type { Names } from './names';
import type { Polygons } from './polygons';
import { MIN_ISLAND_KM2, SLIVER_TOLERANCE_KM } from './settings';
import { type ThinStats, thinWithoutCrossings } from './thin';
import {
  arcIndicesOf,
  isGeometryCollection,
  snapSliverArcs,
  type Topo,
  triangleAreaKm2,
  withoutProperties,
} from './topology';

export type NeighbourUnit = EchartsUnit & { province: number };

/**
 * The echarts units, full resolution, WGS84; prefectures keyed by code after checking them against names.json.
 * `readProvince` gives the units of one province's map file, by the province's code.
 */
export function regionUnits(
  names: Names,
  readProvince: (code: number) => EchartsUnit[],
): { units: Map<number, EchartsUnit>; neighbourUnits: NeighbourUnit[] } {
  const units = new Map<number, EchartsUnit>();
  for (const province of names.provinces) {
    const found = readProvince(province.code);
    const expected = names.prefectures.filter((p) => p.province === province.slug);
    if (found.length !== expected.length)
      fail(`${province.slug}: echarts has ${found.length} features, expected ${expected.length}`);
    for (const unit of found) {
      const spec =
        names.prefectures.find((p) => p.code === unit.code) ?? fail(`${province.slug}: unexpected code ${unit.code}`);
      if (spec.name_zh_full !== unit.name)
        fail(`${unit.code}: echarts calls it ${unit.name}, names.json says ${spec.name_zh_full}`);
      units.set(unit.code, unit);
    }
  }
  const neighbourUnits = names.neighbours.flatMap((n) =>
    readProvince(n.code).map((unit) => ({ ...unit, province: n.code })),
  );
  return { units, neighbourUnits };
}

export type RegionTopology = {
  /** After snapping doubled borders and dropping islets, with Visvalingam weights: input of every thinning. */
  presimplified: Topo;
  /** Thinned for the region layer. */
  simplified: Topo;
  stats: ThinStats;
  snappedArcs: number;
  loopsDropped: number;
  loosenedArcs: number;
  sourceCrossingPairs: number;
  /** Bounding box of the prefectures: context features far from it cannot touch a region edge. */
  regionsBox: Box;
};

function featureCollection(
  units: readonly { code: number; province: string | number; polygons: Polygons }[],
): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: units.map((unit) => ({
      type: 'Feature',
      id: unit.code,
      properties: { province: unit.province },
      geometry: { type: 'MultiPolygon', coordinates: unit.polygons },
    })),
  };
}

export function buildRegionTopology(
  names: Names,
  units: ReadonlyMap<number, EchartsUnit>,
  neighbourUnits: readonly NeighbourUnit[],
): RegionTopology {
  const prefectures = names.prefectures.map((spec) => {
    const unit = units.get(spec.code) ?? fail(`missing ${spec.code}`);
    return { code: spec.code, province: spec.province, polygons: unit.polygons };
  });
  const serverTopology = topology({
    regions: featureCollection(prefectures),
    neighbours: featureCollection(neighbourUnits),
  });
  const raw: Topo = {
    type: 'Topology',
    arcs: serverTopology.arcs,
    objects: Object.fromEntries(
      Object.entries(serverTopology.objects).map(([key, object]) => [key, withoutProperties(object)]),
    ),
  };
  const rawRegions = raw.objects.regions ?? fail('topology has no regions');
  const {
    topology: snapped,
    snapped: snappedArcs,
    loopsDropped,
  } = snapSliverArcs(raw, arcIndicesOf(rawRegions), SLIVER_TOLERANCE_KM);
  const withoutIslets = filterRings(snapped, filterWeight(snapped, MIN_ISLAND_KM2, ringAreaKm2));
  const presimplified = presimplify(withoutIslets, triangleAreaKm2);
  const regionsObject = presimplified.objects.regions;
  const neighboursObject = presimplified.objects.neighbours;
  if (!isGeometryCollection(regionsObject) || !isGeometryCollection(neighboursObject))
    fail('topology lost its collections');
  const regionsBox = bboxOf([...units.values()].flatMap((unit) => unit.polygons));
  const thinned = thinWithoutCrossings(presimplified, arcIndicesOf(regionsObject), regionsBox);
  return {
    presimplified,
    simplified: thinned.topology,
    stats: thinned.stats,
    snappedArcs,
    loopsDropped,
    loosenedArcs: thinned.loosened,
    sourceCrossingPairs: thinned.sourceCrossingPairs,
    regionsBox,
  };
}
