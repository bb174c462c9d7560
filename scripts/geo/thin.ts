/**
 * Thinning: Visvalingam weights (from topojson-simplify's presimplify) decide what goes, a Douglas-Peucker pass
 * bounds the error, and arcs that would cross once thinned are thinned less.
 */
import { type Box, bboxOf, findCrossings, pointSegmentDistanceKm, roundLine } from '../../lib/map/geometry';
import { fail } from './fail';
import { boxesOverlap, toPoint2 } from './polygons';
import { NEIGHBOUR_RULE, REGION_DECIMALS, REGION_RULE, type ThinRule } from './settings';
import type { Topo } from './topology';

export type ThinStats = {
  keptPoints: number;
  inputPoints: number;
  measuredPoints: number;
  maxErrorM: number;
  p99ErrorM: number;
  p90ErrorM: number;
  medianErrorM: number;
};

/**
 * Keeps the points of each presimplified arc whose Visvalingam weight reaches the arc's threshold, then puts back,
 * Douglas-Peucker style, the farthest dropped point of any stretch that strays more than maxErrorKm from its
 * chord: Visvalingam removes stair-step noise well but alone does not bound the error on narrow features.
 * Closed arcs (islands, whole outlines) keep at least two interior points so they still make a ring.
 */
export function thinArcs(
  presimplified: Topo,
  ruleFor: (arc: number) => ThinRule,
  measured: ReadonlySet<number>,
): { topology: Topo; stats: ThinStats } {
  const errorsM: number[] = [];
  let keptPoints = 0;
  let inputPoints = 0;
  let measuredPoints = 0;
  const arcs = presimplified.arcs.map((arc, arcIndex) => {
    const { weightKm2, maxErrorKm } = ruleFor(arcIndex);
    const points = arc.map(toPoint2);
    const weightOf = (i: number) => arc[i]?.[2] ?? Infinity;
    const keep = arc.map((_, i) => weightOf(i) >= weightKm2);
    const first = points[0];
    const last = points[points.length - 1];
    const isClosed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    if (isClosed && keep.filter(Boolean).length < 4) {
      const interiorByWeight = points
        .map((_, i) => i)
        .slice(1, -1)
        .sort((i, j) => weightOf(j) - weightOf(i) || i - j);
      interiorByWeight.slice(0, 2).forEach((i) => (keep[i] = true));
    }
    const keptIndices = () => keep.flatMap((kept, i) => (kept ? [i] : []));
    const stretches: [number, number][] = [];
    const indices = keptIndices();
    for (let k = 1; k < indices.length; k++) stretches.push([indices[k - 1] ?? 0, indices[k] ?? 0]);
    for (let stretch = stretches.pop(); stretch; stretch = stretches.pop()) {
      const [from, to] = stretch;
      const start = points[from];
      const end = points[to];
      if (!start || !end) continue;
      let farthest = -1;
      let farthestKm = maxErrorKm;
      for (let k = from + 1; k < to; k++) {
        const point = points[k];
        const distance = point ? pointSegmentDistanceKm(point, start, end) : 0;
        if (distance > farthestKm) {
          farthest = k;
          farthestKm = distance;
        }
      }
      if (farthest < 0) continue;
      keep[farthest] = true;
      stretches.push([from, farthest], [farthest, to]);
    }
    const finalIndices = keptIndices();
    if (measured.has(arcIndex)) {
      measuredPoints += finalIndices.length;
      for (let k = 1; k < finalIndices.length; k++) {
        const from = finalIndices[k - 1] ?? 0;
        const to = finalIndices[k] ?? 0;
        const start = points[from];
        const end = points[to];
        if (!start || !end) continue;
        for (let d = from; d < to; d++) {
          const source = points[d];
          if (source) errorsM.push(pointSegmentDistanceKm(source, start, end) * 1000);
        }
      }
    }
    inputPoints += arc.length;
    keptPoints += finalIndices.length;
    return finalIndices.map((i) => points[i] ?? fail('lost a point'));
  });
  errorsM.sort((a, b) => a - b);
  const stats: ThinStats = {
    keptPoints,
    inputPoints,
    measuredPoints,
    maxErrorM: errorsM[errorsM.length - 1] ?? 0,
    p99ErrorM: errorsM[Math.floor(errorsM.length * 0.99)] ?? 0,
    p90ErrorM: errorsM[Math.floor(errorsM.length * 0.9)] ?? 0,
    medianErrorM: errorsM[Math.floor(errorsM.length * 0.5)] ?? 0,
  };
  const thinned: Topo = { type: 'Topology', objects: presimplified.objects, arcs };
  return { topology: thinned, stats };
}

/**
 * Visvalingam does not stop two arcs from crossing once thinned: where they do, those arcs are thinned less,
 * until none do. Statistics cover the region arcs only: their error is the one that shows on the map.
 */
export function thinWithoutCrossings(
  presimplified: Topo,
  regionArcs: ReadonlySet<number>,
  regionsBox: Box,
): { topology: Topo; stats: ThinStats; loosened: number; sourceCrossingPairs: number } {
  // Crossings already in the full-resolution source (a few dozen: tracings of one border that disagree by a
  // hundred metres or so with different junctions) are not ours to fix here; the province union repairs them.
  const crossingsAt = (ruleFor: (arc: number) => ThinRule) => {
    const { topology: candidate } = thinArcs(presimplified, ruleFor, new Set());
    // Far-away neighbour arcs cannot touch a region arc: only region arcs and those near them are compared.
    const arcLines = candidate.arcs.map((arc, index) => ({
      index,
      line: roundLine(arc.map(toPoint2), REGION_DECIMALS),
    }));
    const nearbyArcs = arcLines.filter(
      ({ index, line }) => regionArcs.has(index) || boxesOverlap(bboxOf([[line]]), regionsBox),
    );
    return findCrossings(
      nearbyArcs.map(({ line }) => line),
      Infinity,
    )
      .map((c) => ({ ...c, line: nearbyArcs[c.line]?.index ?? -1, otherLine: nearbyArcs[c.otherLine]?.index ?? -1 }))
      .filter((c) => regionArcs.has(c.line) || regionArcs.has(c.otherLine));
  };
  const pairKey = (c: { line: number; otherLine: number }) =>
    `${Math.min(c.line, c.otherLine)}-${Math.max(c.line, c.otherLine)}`;
  const sourceCrossings = crossingsAt(() => ({ weightKm2: 0, maxErrorKm: 0 }));
  const sourcePairs = new Set(sourceCrossings.map(pairKey));
  const loosen = new Map<number, number>();
  const ruleFor = (arc: number): ThinRule => {
    const rule = regionArcs.has(arc) ? REGION_RULE : NEIGHBOUR_RULE;
    const factor = loosen.get(arc) ?? 1;
    return { weightKm2: rule.weightKm2 / factor, maxErrorKm: rule.maxErrorKm / factor };
  };
  for (let attempt = 1; ; attempt++) {
    const crossings = crossingsAt(ruleFor).filter((c) => !sourcePairs.has(pairKey(c)));
    if (crossings.length === 0) break;
    if (attempt > 12) fail(`arcs still cross after ${attempt} attempts: ${JSON.stringify(crossings.slice(0, 3))}`);
    for (const crossing of crossings) {
      for (const arc of [crossing.line, crossing.otherLine]) loosen.set(arc, (loosen.get(arc) ?? 1) * 4);
    }
  }
  const { topology, stats } = thinArcs(presimplified, ruleFor, regionArcs);
  return { topology, stats, loosened: loosen.size, sourceCrossingPairs: sourcePairs.size };
}
