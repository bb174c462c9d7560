import { describe, expect, it } from 'vitest';
import { mapPreviewData } from './preview';
import { provincesBBox } from '@/lib/data/regions';
import { escapeXml, fitProjection, pathBox, polygonsPath, previewFrame, previewSvg, uncrowdedLabels } from './svg-map';
import type { MapPreviewData, PreviewColours, PreviewText } from './svg-map';

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

  describe("the frame of a region's page", () => {
    // A 600 x 400 drawing: a small square region, a large one, and one at the drawing's corner.
    const data: MapPreviewData = {
      width: 600,
      height: 400,
      shapes: [
        { slug: 'small', code: 1, level: 'prefecture', d: 'M300 200L310 200L310 210L300 210Z' },
        { slug: 'large', code: 2, level: 'prefecture', d: 'M100 100L400 100L400 300L100 300Z' },
        { slug: 'corner', code: 3, level: 'prefecture', d: 'M0 0L50 0L50 40L0 40Z' },
      ],
      labels: [
        { slug: 'small', name: 'Small', x: 305, y: 208 },
        { slug: 'large', name: 'Large', x: 150, y: 150 },
        { slug: 'corner', name: 'Corner', x: 30, y: 20 },
      ],
    };

    it('reads the box of a path', () => {
      expect(pathBox('M1 2L5 -3L4 9ZM0 0L2 2Z')).toEqual([0, -3, 5, 9]);
      expect(pathBox('')).toBeNull();
    });

    it('frames a region with a margin, at least a quarter of the drawing, never outside it', () => {
      // 300 x 200 grows by 40% to 420 x 280, centred on (250, 200).
      expect(previewFrame(data, 'large')).toEqual({ x: 40, y: 60, width: 420, height: 280 });
      // 10 x 10 would be a blur of one colour: a quarter of the drawing around it instead.
      expect(previewFrame(data, 'small')).toEqual({ x: 230, y: 155, width: 150, height: 100 });
      // At the corner the frame slides inside the drawing.
      expect(previewFrame(data, 'corner')).toEqual({ x: 0, y: 0, width: 150, height: 100 });
      expect(previewFrame(data, 'nowhere')).toBeNull();
    });

    const colours: PreviewColours = {
      fill: () => '#fff',
      prefectureLine: '#000',
      provinceLine: '#000',
      selectedLine: '#00f',
      text: '#000',
      noneFound: '#999',
    };
    const text: PreviewText = {
      name: (_slug, fallback) => fallback,
      label: (name) => name,
      href: (slug) => `/${slug}`,
    };

    it("draws a region's page inside its frame, with only the names wholly inside it, scaled with the frame", () => {
      const svg = previewSvg(data, {}, 'small', colours, new Set(), text);
      expect(svg).toContain('viewBox="230 155 150 100"');
      expect(svg).toContain('width="150" height="100"');
      const names = [...svg.matchAll(/<text[^>]*font-size="([\d.]+)"[^>]*>([^<]*)</g)];
      expect(names.map((match) => match[2])).toEqual(['Small']);
      // 13 units across 600 would be 3.25 across the frame's 150 for the same size on screen; names grow by half.
      expect(Number(names[0]?.[1])).toBeCloseTo((13 / 4) * 1.5);
      // The whole map, as before.
      const whole = previewSvg(data, {}, null, colours, new Set(), text);
      expect(whole).toContain('viewBox="0 0 600 400"');
      expect([...whole.matchAll(/<text/g)]).toHaveLength(3);
    });
  });
});
