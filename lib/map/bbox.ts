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
