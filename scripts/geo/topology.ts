/** TopoJSON helpers: typing guards, arc bookkeeping, and the repair of doubled border tracings. */
import { feature } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Objects,
  Polygon,
  Topology,
} from 'topojson-specification';
import type * as GeoJSON from 'geojson';
import { type Point2, distanceToLinesKm, ringAreaKm2 } from '../../lib/map/geometry';
import { fail } from './fail';
import { geoJsonPolygons, type Polygons, toPoint2 } from './polygons';

/**
 * Our topologies carry ids, never properties: that is the shape the topojson-simplify typings accept
 * (`Objects` defaults to property-less geometry objects), while topojson-server's output type allows null ones.
 */
export type Topo = Topology<Objects>;

export function withoutProperties(object: GeometryObject<GeoJSON.GeoJsonProperties>): GeometryObject {
  const id = object.id === undefined ? {} : { id: object.id };
  switch (object.type) {
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: object.geometries.map(withoutProperties), ...id };
    case 'Polygon':
      return { type: 'Polygon', arcs: object.arcs, ...id };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', arcs: object.arcs, ...id };
    default:
      return fail(`unexpected ${object.type} in our topology`);
  }
}

const KM_PER_DEGREE = 111.195;

/** Triangle area in km² on a plane local to the triangle: degrees of longitude shrink with latitude. */
export function triangleAreaKm2(triangle: readonly (readonly number[])[]): number {
  const [a, b, c] = triangle;
  if (!a || !b || !c) return 0;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [cx = 0, cy = 0] = c;
  const xScale = Math.cos((((ay + by + cy) / 3) * Math.PI) / 180);
  return (Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) * xScale * KM_PER_DEGREE * KM_PER_DEGREE) / 2;
}

export function arcIndicesOf(object: GeometryObject, into = new Set<number>()): Set<number> {
  const add = (index: number) => into.add(index < 0 ? ~index : index);
  switch (object.type) {
    case 'GeometryCollection':
      object.geometries.forEach((g) => arcIndicesOf(g, into));
      break;
    case 'Polygon':
      object.arcs.forEach((ring) => ring.forEach(add));
      break;
    case 'MultiPolygon':
      object.arcs.forEach((polygon) => polygon.forEach((ring) => ring.forEach(add)));
      break;
    case 'LineString':
      object.arcs.forEach(add);
      break;
    case 'MultiLineString':
      object.arcs.forEach((line) => line.forEach(add));
      break;
    default:
      break;
  }
  return into;
}

/**
 * Where two province files (or two prefectures) trace the same border with slightly different points, the
 * topology gets two arcs between the same junctions and a sliver between them. Arcs that share both ends and stay
 * within `toleranceKm` of each other are made one: the preferred arc (a region edge) replaces the other in every
 * geometry, so both sides then use the very same line.
 */
export function snapSliverArcs(
  topo: Topo,
  preferred: ReadonlySet<number>,
  toleranceKm: number,
): { topology: Topo; snapped: number; loopsDropped: number } {
  const endsKey = (arc: number[][]) => {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return null;
    const [a, b] = [`${first[0]},${first[1]}`, `${last[0]},${last[1]}`].sort();
    return `${a}|${b}`;
  };
  const byEnds = new Map<string, number[]>();
  topo.arcs.forEach((arc, index) => {
    const key = endsKey(arc);
    if (key) byEnds.set(key, [...(byEnds.get(key) ?? []), index]);
  });
  const lineOf = (index: number) => (topo.arcs[index] ?? []).map(toPoint2);
  const within = (a: Point2[], b: Point2[]) => a.every((p) => distanceToLinesKm(p, [b]) <= toleranceKm);
  const replacement = new Map<number, number>();
  for (const group of byEnds.values()) {
    if (group.length < 2) continue;
    // Region arcs first: when a region edge and a neighbour's tracing of it merge, the region edge survives.
    const ordered = [...group].sort((x, y) => Number(preferred.has(y)) - Number(preferred.has(x)) || x - y);
    ordered.forEach((keeper, k) => {
      if (replacement.has(keeper)) return;
      const keeperLine = lineOf(keeper);
      for (const other of ordered.slice(k + 1)) {
        if (replacement.has(other)) continue;
        const otherLine = lineOf(other);
        if (!within(otherLine, keeperLine) || !within(keeperLine, otherLine)) continue;
        const sameDirection = otherLine[0]?.[0] === keeperLine[0]?.[0] && otherLine[0]?.[1] === keeperLine[0]?.[1];
        replacement.set(other, sameDirection ? keeper : ~keeper);
      }
    });
  }
  // A ring that pinches itself leaves a closed arc inside a longer ring: drop such lobes when they are tiny.
  const isTinyLoop = (index: number) => {
    const arc = topo.arcs[index < 0 ? ~index : index] ?? [];
    const first = arc[0];
    const last = arc[arc.length - 1];
    return (
      first !== undefined &&
      last !== undefined &&
      first[0] === last[0] &&
      first[1] === last[1] &&
      ringAreaKm2(arc.map(toPoint2)) < toleranceKm * toleranceKm
    );
  };
  let loopsDropped = 0;
  const cleanRing = (ring: number[]) => {
    if (ring.length < 2) return ring;
    const kept = ring.filter((index) => !isTinyLoop(index));
    loopsDropped += ring.length - kept.length;
    return kept.length > 0 ? kept : ring;
  };
  const mapIndex = (index: number) => {
    if (index >= 0) return replacement.get(index) ?? index;
    const replaced = replacement.get(~index);
    return replaced === undefined ? index : ~replaced;
  };
  const remap = (object: GeometryObject): GeometryObject => {
    switch (object.type) {
      case 'GeometryCollection':
        return { ...object, geometries: object.geometries.map(remap) };
      case 'Polygon':
        return { ...object, arcs: object.arcs.map((ring) => cleanRing(ring).map(mapIndex)) };
      case 'MultiPolygon':
        return { ...object, arcs: object.arcs.map((polygon) => polygon.map((ring) => cleanRing(ring).map(mapIndex))) };
      default:
        return object;
    }
  };
  const objects = Object.fromEntries(Object.entries(topo.objects).map(([key, object]) => [key, remap(object)]));
  return { topology: { ...topo, objects }, snapped: replacement.size, loopsDropped };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Shape check for a TopoJSON file; topojson-client does the rest and fails loudly on anything odd. */
export function isTopology(value: unknown): value is Topo {
  return isRecord(value) && value.type === 'Topology' && Array.isArray(value.arcs) && isRecord(value.objects);
}

export function isGeometryCollection(value: GeometryObject | undefined): value is GeometryCollection {
  return value?.type === 'GeometryCollection';
}

export function isPolygonal(value: GeometryObject): value is Polygon | MultiPolygon {
  return value.type === 'Polygon' || value.type === 'MultiPolygon';
}

export function objectPolygons(topo: Topo, object: GeometryObject): Polygons {
  const result = feature(topo, object);
  if (result.type !== 'Feature') return fail('expected a single feature');
  return geoJsonPolygons(result.geometry);
}
