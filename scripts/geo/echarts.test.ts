import { describe, expect, it } from 'vitest';
import { decodeEchartsRing, withoutSpikes } from './echarts';

describe('decodeEchartsRing', () => {
  it('zigzag-decodes two characters per point as deltas from the offset', () => {
    // 'B' = 66 → 2 → +1; 'A' = 65 → 1 → -1; '@' = 64 → 0.
    expect(decodeEchartsRing('BA@B', [10, 20], 2)).toEqual([
      [5.5, 9.5],
      [5.5, 10],
    ]);
  });
});

describe('withoutSpikes', () => {
  it('drops zero-width spikes and repeated points, keeping the ring closed', () => {
    expect(
      withoutSpikes([
        [0, 0],
        [2, 0],
        [2, 2],
        [3, 3],
        [2, 2],
        [0, 2],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]);
    expect(
      withoutSpikes([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });
});
