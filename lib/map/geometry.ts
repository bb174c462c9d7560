/**
 * Small planar/spherical helpers for the committed geography: used by scripts/build-geo.ts to place and check
 * features, and by the unit tests to check the files it wrote. Pure functions on plain [lon, lat] arrays.
 */
import { z } from 'zod';

export type Point2 = readonly [number, number];
export type Ring = readonly Point2[];
/** First ring is the exterior, the rest are holes (GeoJSON order). */
export type PolygonRings = readonly Ring[];
export type MultiPolygonRings = readonly PolygonRings[];
/** [west, south, east, north] */
export type Box = readonly [number, number, number, number];

// ---------------------------------------------------------------------------
// GeoJSON shapes we write (2D positions only), for parsing our own files back without casts.
// ---------------------------------------------------------------------------

export const PositionSchema = z.tuple([z.number(), z.number()]);
const RingSchema = z.array(PositionSchema);
export const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: PositionSchema }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(PositionSchema) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(PositionSchema)) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(RingSchema) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(RingSchema)) }),
]);
export type Geometry = z.infer<typeof GeometrySchema>;
export const FeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.number(), z.string()]).optional(),
  properties: z.record(z.string(), z.unknown()),
  geometry: GeometrySchema,
});
export const FeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(FeatureSchema),
});
export type Feature = z.infer<typeof FeatureSchema>;
export type FeatureCollection = z.infer<typeof FeatureCollectionSchema>;

/** The polygons of a Polygon or MultiPolygon geometry; none for other types. */
export function polygonsOf(geometry: Geometry): MultiPolygonRings {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

// ---------------------------------------------------------------------------
// Distances
// ---------------------------------------------------------------------------

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export function haversineKm(a: Point2, b: Point2): number {
  const dLat = toRadians(b[1] - a[1]);
  const dLon = toRadians(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a[1])) * Math.cos(toRadians(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance in km from a point to a segment, on a local equirectangular plane around the point: exact enough
 * (well under 1%) for the few-km spans we measure, and much cheaper than spherical geometry.
 */
export function pointSegmentDistanceKm(point: Point2, start: Point2, end: Point2): number {
  const kmPerDegreeLat = (Math.PI * EARTH_RADIUS_KM) / 180;
  const kmPerDegreeLon = kmPerDegreeLat * Math.cos(toRadians(point[1]));
  const ax = (start[0] - point[0]) * kmPerDegreeLon;
  const ay = (start[1] - point[1]) * kmPerDegreeLat;
  const bx = (end[0] - point[0]) * kmPerDegreeLon;
  const by = (end[1] - point[1]) * kmPerDegreeLat;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Shortest distance in km from a point to any segment of the given lines (or rings). */
export function distanceToLinesKm(point: Point2, lines: readonly (readonly Point2[])[]): number {
  let best = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const start = line[i - 1];
      const end = line[i];
      if (start && end) best = Math.min(best, pointSegmentDistanceKm(point, start, end));
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Containment, area, bounds
// ---------------------------------------------------------------------------

/** Even-odd ray casting; a point exactly on the boundary may fall either way. */
export function pointInRing(point: Point2, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(point: Point2, polygon: PolygonRings): boolean {
  const [exterior, ...holes] = polygon;
  if (!exterior || !pointInRing(point, exterior)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}

export function pointInPolygons(point: Point2, polygons: MultiPolygonRings): boolean {
  return polygons.some((polygon) => pointInPolygon(point, polygon));
}

/** Signed shoelace area in square degrees (positive = counter-clockwise). */
export function signedRingArea(ring: Ring): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    // Edge from the previous vertex b to a: (x_a - x_b)(y_a + y_b) sums to -2 x area for counter-clockwise rings.
    if (a && b) twiceArea += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return -twiceArea / 2;
}

/** Approximate ring area in km², scaling longitude by the cosine of the ring's mean latitude. */
export function ringAreaKm2(ring: Ring): number {
  if (ring.length === 0) return 0;
  const meanLat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  const kmPerDegree = (Math.PI * EARTH_RADIUS_KM) / 180;
  return Math.abs(signedRingArea(ring)) * kmPerDegree * kmPerDegree * Math.cos(toRadians(meanLat));
}

export function bboxOf(polygons: MultiPolygonRings): Box {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  if (!Number.isFinite(west)) throw new Error('bboxOf: no coordinates');
  return [west, south, east, north];
}

// ---------------------------------------------------------------------------
// Ring validity
// ---------------------------------------------------------------------------

/** What is wrong with a ring as GeoJSON wants it; empty when it is fine (self-intersection is checked apart). */
export function ringProblems(ring: Ring): string[] {
  const problems: string[] = [];
  if (ring.length < 4) problems.push(`only ${ring.length} positions`);
  if (ring.some(([lon, lat]) => !Number.isFinite(lon) || !Number.isFinite(lat))) problems.push('non-finite coordinate');
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push('not closed');
  for (let i = 1; i < ring.length; i++) {
    const previous = ring[i - 1];
    const current = ring[i];
    if (previous && current && previous[0] === current[0] && previous[1] === current[1]) {
      problems.push(`consecutive duplicate at ${i}`);
      break;
    }
  }
  return problems;
}

function orientation(a: Point2, b: Point2, c: Point2): number {
  const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return cross > 0 ? 1 : cross < 0 ? -1 : 0;
}

function onSegment(a: Point2, b: Point2, p: Point2): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** True when closed segments a-b and c-d share at least one point. */
export function segmentsIntersect(a: Point2, b: Point2, c: Point2, d: Point2): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

export type Crossing = { line: number; segment: number; otherLine: number; otherSegment: number };

const samePoint = (a: Point2, b: Point2) => a[0] === b[0] && a[1] === b[1];

/** True when two segments that meet at the shared vertex run back over each other. */
function foldsBack(shared: Point2, a: Point2, b: Point2): boolean {
  if (orientation(a, shared, b) !== 0) return false;
  return (a[0] - shared[0]) * (b[0] - shared[0]) + (a[1] - shared[1]) * (b[1] - shared[1]) > 0;
}

/**
 * Places where polylines (or closed rings, first == last) touch or cross; at most `limit` of them.
 * Allowed: consecutive segments of one line meeting at their shared vertex (closed lines wrap around), and
 * segments of different lines meeting end to end at a vertex (topology arcs meet so at junctions).
 * Anything else counts, including a ring touching itself at a vertex and segments folding back on each other.
 * Segments are swept by west edge, so long inputs stay fast.
 */
export function findCrossings(lines: readonly (readonly Point2[])[], limit = 1): Crossing[] {
  type Segment = { line: number; index: number; start: Point2; end: Point2; west: number; east: number };
  const segments: Segment[] = [];
  const segmentCounts = lines.map((line) => Math.max(0, line.length - 1));
  const closed = lines.map((line) => {
    const first = line[0];
    const last = line[line.length - 1];
    return line.length > 3 && first !== undefined && last !== undefined && samePoint(first, last);
  });
  lines.forEach((line, lineIndex) => {
    for (let index = 0; index + 1 < line.length; index++) {
      const start = line[index];
      const end = line[index + 1];
      if (!start || !end) continue;
      segments.push({
        line: lineIndex,
        index,
        start,
        end,
        west: Math.min(start[0], end[0]),
        east: Math.max(start[0], end[0]),
      });
    }
  });
  segments.sort((s, t) => s.west - t.west || s.line - t.line || s.index - t.index);
  const crossings: Crossing[] = [];
  for (let p = 0; p < segments.length && crossings.length < limit; p++) {
    const s = segments[p];
    if (!s) continue;
    for (let q = p + 1; q < segments.length && crossings.length < limit; q++) {
      const t = segments[q];
      if (!t) continue;
      if (t.west > s.east) break;
      if (!segmentsIntersect(s.start, s.end, t.start, t.end)) continue;
      const [first, second] = s.line < t.line || (s.line === t.line && s.index < t.index) ? [s, t] : [t, s];
      const record = () =>
        crossings.push({ line: first.line, segment: first.index, otherLine: second.line, otherSegment: second.index });
      if (first.line === second.line) {
        const count = segmentCounts[first.line] ?? 0;
        if (second.index === first.index + 1) {
          if (foldsBack(first.end, first.start, second.end)) record();
          continue;
        }
        if (closed[first.line] && first.index === 0 && second.index === count - 1) {
          if (foldsBack(first.start, first.end, second.start)) record();
          continue;
        }
        record();
        continue;
      }
      const sharedEnds: [Point2, Point2, Point2][] = [];
      for (const [a, aOther] of [
        [first.start, first.end],
        [first.end, first.start],
      ] as const) {
        for (const [b, bOther] of [
          [second.start, second.end],
          [second.end, second.start],
        ] as const) {
          if (samePoint(a, b)) sharedEnds.push([a, aOther, bOther]);
        }
      }
      const meetsEndToEnd = sharedEnds.length === 1 && sharedEnds.every(([shared, a, b]) => !foldsBack(shared, a, b));
      if (!meetsEndToEnd) record();
    }
  }
  return crossings;
}

/** First pair of segment indices [i, j] where a closed ring touches or crosses itself; null for a simple ring. */
export function ringSelfIntersection(ring: Ring): [number, number] | null {
  const [crossing] = findCrossings([ring]);
  return crossing ? [crossing.segment, crossing.otherSegment] : null;
}

// ---------------------------------------------------------------------------
// Rounding and clipping
// ---------------------------------------------------------------------------

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function roundPoint(point: Point2, decimals: number): [number, number] {
  return [roundTo(point[0], decimals), roundTo(point[1], decimals)];
}

/** Rounds a line, dropping positions that rounding made equal to the one before. */
export function roundLine(line: readonly Point2[], decimals: number): [number, number][] {
  const out: [number, number][] = [];
  for (const point of line) {
    const rounded = roundPoint(point, decimals);
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== rounded[0] || previous[1] !== rounded[1]) out.push(rounded);
  }
  return out;
}

/** Rounds a ring and keeps it closed; null when it collapses below a valid ring or to zero area. */
export function roundRing(ring: Ring, decimals: number): [number, number][] | null {
  const out = roundLine(ring, decimals);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4 || signedRingArea(out) === 0) return null;
  return out;
}

/** Clips a polyline to a box (Liang-Barsky per segment), returning the pieces that lie inside. */
export function clipLineToBox(line: readonly Point2[], box: Box): [number, number][][] {
  const [west, south, east, north] = box;
  const pieces: [number, number][][] = [];
  let current: [number, number][] = [];
  const flush = () => {
    if (current.length >= 2) pieces.push(current);
    current = [];
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (!a || !b) continue;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let t0 = 0;
    let t1 = 1;
    let visible = true;
    for (const [p, q] of [
      [-dx, a[0] - west],
      [dx, east - a[0]],
      [-dy, a[1] - south],
      [dy, north - a[1]],
    ] as const) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      flush();
      continue;
    }
    const start: [number, number] = t0 === 0 ? [a[0], a[1]] : [a[0] + t0 * dx, a[1] + t0 * dy];
    const end: [number, number] = t1 === 1 ? [b[0], b[1]] : [a[0] + t1 * dx, a[1] + t1 * dy];
    const previous = current[current.length - 1];
    if (!previous || previous[0] !== start[0] || previous[1] !== start[1]) {
      flush();
      current.push(start);
    }
    current.push(end);
    if (t1 < 1) flush();
  }
  flush();
  return pieces;
}

// ---------------------------------------------------------------------------
// Label placement
// ---------------------------------------------------------------------------

function distanceToPolygonEdge(x: number, y: number, polygon: PolygonRings): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (!a || !b) continue;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / lengthSquared));
      best = Math.min(best, Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy)));
    }
  }
  return best;
}

type Cell = { x: number; y: number; half: number; distance: number; potential: number };

/**
 * Interior point farthest from the polygon's edges (pole of inaccessibility, the "polylabel" method), computed
 * on a plane with longitude scaled by cos(latitude) so distances are not stretched east-west. Unlike a
 * centroid it is always inside, even for concave or hollow shapes. `precisionKm` bounds how far from optimal.
 */
export function poleOfInaccessibility(polygon: PolygonRings, precisionKm = 1): [number, number] {
  const exterior = polygon[0];
  if (!exterior || exterior.length === 0) throw new Error('poleOfInaccessibility: empty polygon');
  const [west, south, east, north] = bboxOf([polygon]);
  const xScale = Math.cos(toRadians((south + north) / 2));
  const planar: PolygonRings = polygon.map((ring) => ring.map(([lon, lat]): Point2 => [lon * xScale, lat]));
  const precision = precisionKm / ((Math.PI * EARTH_RADIUS_KM) / 180);
  const makeCell = (x: number, y: number, half: number): Cell => {
    const inside = pointInPolygon([x, y], planar);
    const distance = (inside ? 1 : -1) * distanceToPolygonEdge(x, y, planar);
    return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
  };
  const minX = west * xScale;
  const maxX = east * xScale;
  const cellSize = Math.min(maxX - minX, north - south);
  if (cellSize === 0) return [west, south];
  const queue: Cell[] = [];
  const half = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = south; y < north; y += cellSize) queue.push(makeCell(x + half, y + half, half));
  }
  // The vertex-weighted centre is a good first guess for compact shapes.
  const centre = exterior.reduce((sum, [lon, lat]) => [sum[0] + lon * xScale, sum[1] + lat], [0, 0]);
  let best = makeCell(centre[0] / exterior.length, centre[1] / exterior.length, 0);
  while (queue.length > 0) {
    // Highest potential first; the queue stays small (hundreds of cells), so a sort is fast enough.
    queue.sort((a, b) => a.potential - b.potential);
    const cell = queue.pop();
    if (!cell) break;
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const quarter = cell.half / 2;
    queue.push(
      makeCell(cell.x - quarter, cell.y - quarter, quarter),
      makeCell(cell.x + quarter, cell.y - quarter, quarter),
      makeCell(cell.x - quarter, cell.y + quarter, quarter),
      makeCell(cell.x + quarter, cell.y + quarter, quarter),
    );
  }
  return [best.x / xScale, best.y];
}
