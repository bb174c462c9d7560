/** Polygon plumbing between topojson-client, polygon-clipping and the GeoJSON we write. */
import polygonClipping from 'polygon-clipping';
import type * as GeoJSON from 'geojson';
import {
  type Box,
  type MultiPolygonRings,
  type PolygonRings,
  ringAreaKm2,
  roundRing,
  roundTo,
  signedRingArea,
} from '../../lib/map/geometry';
import { fail } from './fail';
import { FRAME, REGION_DECIMALS } from './settings';

export type Polygons = [number, number][][][];

export function toPoint2(position: readonly number[]): [number, number] {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined) fail('position with fewer than two numbers');
  return [lon, lat];
}

export function geoJsonPolygons(geometry: GeoJSON.Geometry | null): Polygons {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates.map((ring) => ring.map(toPoint2))];
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(toPoint2)));
  return fail(`expected polygons, got ${geometry.type}`);
}

// polygon-clipping's typings want mutable arrays.
function mutablePolygons(polygons: MultiPolygonRings): Polygons {
  return polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]): [number, number] => [lon, lat])));
}

/** Winds a ring counter-clockwise (exterior) or clockwise (hole), as RFC 7946 asks. */
function wound(ring: [number, number][], counterClockwise: boolean): [number, number][] {
  return signedRingArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

/** Rounds every ring, dropping rings that collapse and polygons whose exterior collapses; RFC 7946 winding. */
export function roundPolygons(polygons: MultiPolygonRings, decimals: number): Polygons {
  const out: Polygons = [];
  for (const [exterior, ...holes] of polygons) {
    if (!exterior) continue;
    const roundedExterior = roundRing(exterior, decimals);
    if (!roundedExterior) continue;
    const roundedHoles = holes.flatMap((hole) => {
      const rounded = roundRing(hole, decimals);
      return rounded ? [wound(rounded, false)] : [];
    });
    out.push([wound(roundedExterior, true), ...roundedHoles]);
  }
  return out;
}

export function multiPolygonGeometry(polygons: Polygons): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

export function clipToFrame(polygons: MultiPolygonRings): Polygons {
  const [west, south, east, north] = FRAME;
  const frame: [number, number][][] = [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
  if (polygons.length === 0) return [];
  return polygonClipping.intersection(mutablePolygons(polygons), frame);
}

export function unionPolygons(polygons: Polygons): Polygons {
  return polygonClipping.union(polygons);
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function roundBox(box: Box): [number, number, number, number] {
  const [west, south, east, north] = box;
  return [
    roundTo(west, REGION_DECIMALS),
    roundTo(south, REGION_DECIMALS),
    roundTo(east, REGION_DECIMALS),
    roundTo(north, REGION_DECIMALS),
  ];
}

export function largestPolygon(polygons: MultiPolygonRings): PolygonRings {
  let best: PolygonRings | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = polygon[0] ? ringAreaKm2(polygon[0]) : 0;
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best ?? fail('no polygon');
}
