import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  clipLineToBox,
  distanceToLinesKm,
  findCrossings,
  haversineKm,
  type Point2,
  pointInPolygon,
  pointInPolygons,
  pointInRing,
  poleOfInaccessibility,
  ringAreaKm2,
  ringProblems,
  ringSelfIntersection,
  roundRing,
  signedRingArea,
} from './geometry';

const square: Point2[] = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
];
const hole: Point2[] = [
  [1, 1],
  [1, 3],
  [3, 3],
  [3, 1],
  [1, 1],
];

describe('haversineKm', () => {
  it('measures one degree of latitude as about 111 km', () => {
    expect(haversineKm([124, 40], [124, 41])).toBeCloseTo(111.19, 1);
  });

  it('shrinks a degree of longitude with latitude', () => {
    expect(haversineKm([124, 60], [125, 60])).toBeCloseTo(55.6, 0);
  });

  it('is zero for the same point', () => {
    expect(haversineKm([124.39, 40.13], [124.39, 40.13])).toBe(0);
  });
});

describe('distanceToLinesKm', () => {
  it('measures to the nearest segment, not the nearest vertex', () => {
    const line: Point2[] = [
      [124, 40],
      [126, 40],
    ];
    expect(distanceToLinesKm([125, 40.1], [line])).toBeCloseTo(11.1, 1);
  });
});

describe('point in polygon', () => {
  it('finds points inside and outside a ring', () => {
    expect(pointInRing([2, 2], square)).toBe(true);
    expect(pointInRing([5, 2], square)).toBe(false);
  });

  it('leaves points in a hole out', () => {
    expect(pointInPolygon([2, 2], [square, hole])).toBe(false);
    expect(pointInPolygon([0.5, 2], [square, hole])).toBe(true);
  });

  it('checks every polygon of a multipolygon', () => {
    const far: Point2[] = square.map(([x, y]): Point2 => [x + 10, y]);
    expect(pointInPolygons([12, 2], [[square], [far]])).toBe(true);
    expect(pointInPolygons([8, 2], [[square], [far]])).toBe(false);
  });
});

describe('areas and bounds', () => {
  it('gives counter-clockwise rings a positive signed area', () => {
    expect(signedRingArea(square)).toBe(16);
    expect(signedRingArea([...square].reverse())).toBe(-16);
  });

  it('measures a 0.1 x 0.1 degree cell at 40N as about 95 km2', () => {
    const cell: Point2[] = [
      [124, 40],
      [124.1, 40],
      [124.1, 40.1],
      [124, 40.1],
      [124, 40],
    ];
    expect(ringAreaKm2(cell)).toBeCloseTo(94.7, 0);
  });

  it('bounds every ring', () => {
    expect(
      bboxOf([
        [square],
        [
          [
            [-1, 2],
            [0, 5],
            [1, 2],
            [-1, 2],
          ],
        ],
      ]),
    ).toEqual([-1, 0, 4, 5]);
  });
});

describe('ringProblems', () => {
  it('accepts a closed ring', () => {
    expect(ringProblems(square)).toEqual([]);
  });

  it('reports an open ring, too few positions, duplicates and non-finite numbers', () => {
    expect(ringProblems(square.slice(0, 4))).toContain('not closed');
    expect(
      ringProblems([
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toContain('only 3 positions');
    expect(
      ringProblems([
        [0, 0],
        [4, 0],
        [4, 0],
        [4, 4],
        [0, 0],
      ]),
    ).toContain('consecutive duplicate at 2');
    expect(
      ringProblems([
        [0, 0],
        [Number.NaN, 0],
        [4, 4],
        [0, 0],
      ]),
    ).toContain('non-finite coordinate');
  });
});

describe('ringSelfIntersection', () => {
  it('accepts a simple ring', () => {
    expect(ringSelfIntersection(square)).toBeNull();
  });

  it('finds a bow tie', () => {
    expect(
      ringSelfIntersection([
        [0, 0],
        [4, 4],
        [4, 0],
        [0, 4],
        [0, 0],
      ]),
    ).not.toBeNull();
  });

  it('finds a ring that touches itself at a vertex', () => {
    const pinched: Point2[] = [
      [0, 0],
      [4, 0],
      [2, 2],
      [4, 4],
      [0, 4],
      [2, 2],
      [0, 0],
    ];
    expect(ringSelfIntersection(pinched)).not.toBeNull();
  });

  it('finds a spike that folds back on itself', () => {
    expect(
      ringSelfIntersection([
        [0, 0],
        [4, 0],
        [6, 0],
        [5, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ]),
    ).not.toBeNull();
  });
});

describe('findCrossings', () => {
  it('lets lines meet end to end at a junction', () => {
    const a: Point2[] = [
      [0, 0],
      [1, 1],
      [2, 0],
    ];
    const b: Point2[] = [
      [2, 0],
      [3, 1],
      [4, 0],
    ];
    const c: Point2[] = [
      [2, 0],
      [2, -2],
    ];
    expect(findCrossings([a, b, c])).toEqual([]);
  });

  it('reports lines that cross', () => {
    const a: Point2[] = [
      [0, 0],
      [2, 2],
    ];
    const b: Point2[] = [
      [0, 2],
      [2, 0],
    ];
    expect(findCrossings([a, b], 5)).toEqual([{ line: 0, segment: 0, otherLine: 1, otherSegment: 0 }]);
  });

  it('reports two lines that run over each other', () => {
    const a: Point2[] = [
      [0, 0],
      [2, 0],
    ];
    const b: Point2[] = [
      [0, 0],
      [2, 0],
    ];
    expect(findCrossings([a, b])).toHaveLength(1);
  });
});

describe('roundRing', () => {
  it('rounds, drops positions made equal, and keeps the ring closed', () => {
    const ring: Point2[] = [
      [0, 0],
      [1.00001, 0],
      [1.00002, 0],
      [1, 1],
      [0, 1],
      [0.000001, 0],
    ];
    expect(roundRing(ring, 4)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('gives up on a ring that rounding flattens', () => {
    expect(
      roundRing(
        [
          [0, 0],
          [1, 0.00001],
          [2, 0],
          [0, 0],
        ],
        4,
      ),
    ).toBeNull();
  });
});

describe('clipLineToBox', () => {
  const box = [0, 0, 10, 10] as const;

  it('cuts a line where it leaves the box', () => {
    expect(
      clipLineToBox(
        [
          [5, 5],
          [15, 5],
        ],
        box,
      ),
    ).toEqual([
      [
        [5, 5],
        [10, 5],
      ],
    ]);
  });

  it('splits a line that leaves and comes back', () => {
    const pieces = clipLineToBox(
      [
        [2, 5],
        [12, 5],
        [12, 8],
        [2, 8],
      ],
      box,
    );
    expect(pieces).toEqual([
      [
        [2, 5],
        [10, 5],
      ],
      [
        [10, 8],
        [2, 8],
      ],
    ]);
  });

  it('drops a line entirely outside', () => {
    expect(
      clipLineToBox(
        [
          [-5, -5],
          [-1, 20],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe('poleOfInaccessibility', () => {
  it('finds the centre of a square', () => {
    const [x, y] = poleOfInaccessibility([square.map(([a, b]): Point2 => [a / 100 + 124, b / 100 + 40])], 0.05);
    expect(x).toBeCloseTo(124.02, 2);
    expect(y).toBeCloseTo(40.02, 2);
  });

  it('stays inside a concave shape whose centroid is outside', () => {
    const horseshoe: Point2[] = [
      [0, 0],
      [6, 0],
      [6, 6],
      [4, 6],
      [4, 2],
      [2, 2],
      [2, 6],
      [0, 6],
      [0, 0],
    ];
    const polygon = [horseshoe.map(([a, b]): Point2 => [a / 10 + 124, b / 10 + 40])];
    expect(pointInPolygon(poleOfInaccessibility(polygon, 0.5), polygon)).toBe(true);
  });
});
