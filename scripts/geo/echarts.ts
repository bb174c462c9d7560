/**
 * The echarts 4.9.0 map files: encoded rings in GCJ-02, decoded as echarts' own parseGeoJson does and moved to
 * WGS84, the datum of everything else on the map (GCJ-02 is about 500 m off here).
 */
import gcoord from 'gcoord';
import { z } from 'zod';
import { type Point2, PositionSchema } from '../../lib/map/geometry';
import { fail } from './fail';

const Offset = z.tuple([z.number().int(), z.number().int()]);
const EchartsGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.string()), encodeOffsets: z.array(Offset) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.string())),
    encodeOffsets: z.array(z.array(Offset)),
  }),
]);
export const EchartsMap = z.object({
  UTF8Encoding: z.literal(true),
  UTF8Scale: z.number().positive().optional(),
  features: z.array(
    z.object({
      id: z.string().regex(/^\d{6}$/),
      properties: z.object({ name: z.string().min(1), cp: PositionSchema }),
      geometry: EchartsGeometry,
    }),
  ),
});
export type EchartsMap = z.infer<typeof EchartsMap>;

/** One feature of a map file in WGS84; `seat` is its `cp`, the seat of its government. */
export type EchartsUnit = { code: number; name: string; seat: [number, number]; polygons: [number, number][][][] };

export function gcj02ToWgs84(point: Point2): [number, number] {
  const [lon, lat] = gcoord.transform<[number, number]>([point[0], point[1]], gcoord.GCJ02, gcoord.WGS84);
  return [lon, lat];
}

/** echarts' UTF8Encoding: per ring, 2 chars per point, each char code - 64, zigzag, delta from encodeOffsets. */
export function decodeEchartsRing(
  encoded: string,
  offset: readonly [number, number],
  scale: number,
): [number, number][] {
  if (encoded.length % 2 !== 0) fail('encoded ring of odd length');
  const ring: [number, number][] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

export function closeRing(ring: [number, number][]): [number, number][] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) return [...ring, [first[0], first[1]]];
  return ring;
}

/**
 * Drops repeated points and zero-width spikes (A, B, A) that the source rings contain here and there: they
 * would survive simplification as degenerate slivers. Purely local, so an edge shared by two rings is cleaned
 * the same way in both and stays shared.
 */
export function withoutSpikes(ring: [number, number][]): [number, number][] {
  const open = ring.slice(0, -1);
  let changed = true;
  while (changed && open.length > 3) {
    changed = false;
    for (let i = 0; i < open.length && open.length > 3; i++) {
      const previous = open[(i - 1 + open.length) % open.length];
      const current = open[i];
      const next = open[(i + 1) % open.length];
      if (!previous || !current || !next) continue;
      const repeated = current[0] === next[0] && current[1] === next[1];
      const spike = previous[0] === next[0] && previous[1] === next[1];
      if (repeated || spike) {
        open.splice(i, spike && !repeated ? 2 : 1);
        changed = true;
        i = Math.max(-1, i - 2);
      }
    }
  }
  const first = open[0];
  return first ? [...open, [first[0], first[1]]] : [];
}

/** Every feature of a parsed map file, in WGS84, closed and cleaned. `file` only names it in errors. */
export function decodeEchartsMap(map: EchartsMap, file: string): EchartsUnit[] {
  const scale = map.UTF8Scale ?? 1024;
  return map.features.map((f) => {
    const geometry = f.geometry;
    const encodedPolygons =
      geometry.type === 'Polygon'
        ? [{ rings: geometry.coordinates, offsets: geometry.encodeOffsets }]
        : geometry.coordinates.map((rings, i) => ({ rings, offsets: geometry.encodeOffsets[i] ?? [] }));
    const polygons = encodedPolygons.map(({ rings, offsets }) =>
      rings.map((encoded, i) => {
        const offset = offsets[i] ?? fail(`${file} ${f.id}: ring without encodeOffsets`);
        return withoutSpikes(closeRing(decodeEchartsRing(encoded, offset, scale).map(gcj02ToWgs84)));
      }),
    );
    return { code: Number(f.id), name: f.properties.name, seat: gcj02ToWgs84(f.properties.cp), polygons };
  });
}
