import { describe, expect, it } from 'vitest';
import { escapeXml, fitProjection, polygonsPath } from './svg-map';

describe('svg map', () => {
  it('fits a box into the frame, north up, centred', () => {
    const project = fitProjection([120, 40, 122, 42], 200, 100);
    const [x0, y0] = project([120, 42]);
    const [x1, y1] = project([122, 40]);
    expect(y0).toBeCloseTo(0);
    expect(y1).toBeCloseTo(100);
    expect(x1 - x0).toBeLessThan(200);
    expect((x0 + x1) / 2).toBeCloseTo(100);
  });

  it('writes closed paths', () => {
    const path = polygonsPath(
      [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ],
      ([x, y]) => [x * 10, y * 10],
    );
    expect(path).toBe('M0 0L10 0L10 10L0 0Z');
  });

  it('escapes markup', () => {
    expect(escapeXml('<script>"&"</script>')).toBe('&lt;script&gt;&quot;&amp;&quot;&lt;/script&gt;');
  });
});
