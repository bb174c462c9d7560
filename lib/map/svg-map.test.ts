import { describe, expect, it } from 'vitest';
import { mapPreviewData } from './preview';
import { provincesBBox } from '@/lib/data/regions';
import { escapeXml, fitProjection, polygonsPath, uncrowdedLabels } from './svg-map';

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

  describe('labels that do not overlap', () => {
    const label = (slug: string, x: number, y: number) => ({ slug, x, y });
    const byName = (item: { slug: string }) => item.slug;

    it('keeps the higher-ranked of two overlapping labels, and every label clear of the others', () => {
      const labels = [label('Anshan', 100, 100), label('Shenyang', 110, 104), label('Dalian', 100, 200)];
      const rank = (item: { slug: string }) => (item.slug === 'Shenyang' ? 10 : 1);
      expect(uncrowdedLabels(labels, byName, 13, rank).map(byName)).toEqual(['Shenyang', 'Dalian']);
    });

    it('measures Chinese and Korean names wider than Latin ones of the same length', () => {
      // Centres 25 apart: two 2-letter Latin names fit side by side, two 2-glyph Chinese names do not.
      const latin = [label('ab', 0, 0), label('cd', 25, 0)];
      const chinese = [label('丹东', 0, 0), label('沈阳', 25, 0)];
      expect(uncrowdedLabels(latin, byName, 13, () => 0)).toHaveLength(2);
      expect(uncrowdedLabels(chinese, byName, 13, () => 0)).toHaveLength(1);
    });

    it('drops the names that would overlap on the pre-drawn map of both provinces, and keeps most', () => {
      const { labels } = mapPreviewData(provincesBBox);
      const kept = uncrowdedLabels(
        labels,
        (item) => item.name,
        13,
        () => 0,
      );
      expect(kept.length).toBeGreaterThan(labels.length / 2);
      expect(kept.length).toBeLessThan(labels.length);
    });
  });
});
