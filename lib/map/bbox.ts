import type { BBox } from '@/lib/data/schema';

/** The smallest box containing all the given boxes. */
export function unionBBox(boxes: readonly BBox[]): BBox {
  if (boxes.length === 0) throw new Error('unionBBox needs at least one box');
  return boxes.reduce<BBox>(
    (acc, box) => [
      Math.min(acc[0], box[0]),
      Math.min(acc[1], box[1]),
      Math.max(acc[2], box[2]),
      Math.max(acc[3], box[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** Grows a box by a fraction of its width and height on every side. */
export function padBBox(box: BBox, fraction: number): BBox {
  const dx = (box[2] - box[0]) * fraction;
  const dy = (box[3] - box[1]) * fraction;
  return [box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy];
}

/** Whether a point lies inside a box (edges included). */
export function containsPoint(box: BBox, [lon, lat]: readonly [number, number]): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/**
 * Where the map frames an open report: its places, or the page's own frame when that already shows them all (a
 * region page keeps its frame for a report inside it). A report with no pinned place keeps the frame. A single
 * place gives a box of no size; the map's own zoom limit decides how close it comes.
 */
export function reportFrame(
  frame: BBox,
  places: readonly (readonly [number, number])[],
  keepFrameWhenInside: boolean,
): BBox {
  if (places.length === 0) return frame;
  if (keepFrameWhenInside && places.every((place) => containsPoint(frame, place))) return frame;
  const lons = places.map(([lon]) => lon);
  const lats = places.map(([, lat]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
