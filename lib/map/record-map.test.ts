import { describe, expect, it } from 'vitest';
import { regionsBySlug } from '@/lib/data/regions';
import { testReport } from '@/lib/data/test-report';
import { croppedPreviewData } from './preview';
import { namedRegions, recordMapBBox, recordMapSvg, RECORD_MAP_COLOURS } from './record-map';
import { clipRing } from './svg-map';

describe('clipRing', () => {
  it('keeps a ring inside the box and cuts one that crosses it at the border', () => {
    const box = [0, 0, 10, 10] as const;
    expect(
      clipRing(
        [
          [1, 1],
          [5, 1],
          [5, 5],
        ],
        box,
      ),
    ).toEqual([
      [1, 1],
      [5, 1],
      [5, 5],
    ]);
    // A square from (5,5) to (15,15): its inside part is the square (5,5)-(10,10).
    const clipped = clipRing(
      [
        [5, 5],
        [15, 5],
        [15, 15],
        [5, 15],
      ],
      box,
    );
    const keys = new Set(clipped.map(([x, y]) => `${x},${y}`));
    expect(keys).toEqual(new Set(['5,5', '10,5', '10,10', '5,10']));
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe('a record’s map', () => {
  const dandong = testReport();
  const provinceWide = testReport({ places: [{ region: 'jilin', precision: 'province' }] });

  it('frames the regions it names with a margin, and its pins', () => {
    const box = recordMapBBox(dandong.places, regionsBySlug);
    const region = regionsBySlug.get('dandong');
    if (!box || !region) throw new Error('no frame');
    expect(box[0]).toBeLessThan(region.bbox[0]);
    expect(box[2]).toBeGreaterThan(region.bbox[2]);
    expect(recordMapBBox([{ region: 'atlantis', precision: 'prefecture' }], regionsBySlug)).toBeNull();
    expect(namedRegions(provinceWide.places, regionsBySlug).map((named) => named.slug)).toEqual(['jilin']);
  });

  it('shades the named regions, pins the pinned places and leaves far regions out', () => {
    const box = recordMapBBox(dandong.places, regionsBySlug);
    if (!box) throw new Error('no frame');
    const data = croppedPreviewData(box, 360, [[124.3947, 40.1292]]);
    const slugs = data.shapes.map((shape) => shape.slug);
    expect(slugs).toContain('dandong');
    expect(slugs).not.toContain('baicheng'); // Jilin's far north-west
    const [pin] = data.pins;
    expect(pin?.[0]).toBeGreaterThan(0);
    expect(pin?.[0]).toBeLessThan(360);
    const svg = recordMapSvg(data, new Set(['dandong']));
    expect(svg.match(new RegExp(`fill="${RECORD_MAP_COLOURS.named}"`, 'g'))).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).not.toMatch(/<text/);
    // Small enough to be a picture on a page, not the map of both provinces.
    expect(svg.length).toBeLessThan(20_000);
  });
});
