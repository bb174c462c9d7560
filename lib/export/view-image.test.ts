import { describe, expect, it } from 'vitest';
import { mapPreviewData } from '@/lib/map/preview';
import { CHOROPLETH_BINS, PREVIEW_COLOURS } from '@/lib/map/colours';
import { provincesBBox, regionsBySlug } from '@/lib/data/regions';
import { IMAGE_SIZES, viewImageSvg, wrapText, type ViewImageInput } from './view-image';

const base: ViewImageInput = {
  shape: 'landscape',
  preview: mapPreviewData(provincesBBox),
  previewBounds: provincesBBox,
  focus: null,
  counts: { dandong: 30, shenyang: 3 },
  selected: null,
  noneFound: new Set(['siping']),
  colours: PREVIEW_COLOURS,
  markers: [
    { lon: 124.39, lat: 40.13, colour: '#2e2585' },
    { lon: 124.39, lat: 40.13, colour: '#2e2585' },
    { lon: 123.43, lat: 41.8, colour: '#cc6677' },
  ],
  labelName: (slug, fallback) => (slug === 'dandong' ? '단둥' : fallback),
  title: 'North Korean workers in Liaoning and Jilin',
  subtitle: 'Textile & <more>: 2 reports',
  legend: {
    sectorTitle: 'Marker colour: sector',
    hatched: 'Hatched: searched, no report found',
    sectors: [{ label: 'Textile', colour: '#2e2585' }],
    bins: CHOROPLETH_BINS,
    shadingTitle: 'Shading: matching reports in the prefecture',
  },
  attribution: 'Boundaries: test',
  dateLine: 'Dataset version 2026.12.02 · drawn 2 December 2026',
  link: 'https://example.org/regions/dandong?sector=textile',
};

describe('the image of a view', () => {
  it('has the promised size in both shapes', () => {
    for (const shape of ['landscape', 'square'] as const) {
      const svg = viewImageSvg({ ...base, shape });
      const { width, height } = IMAGE_SIZES[shape];
      expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`)).toBe(true);
    }
    expect(IMAGE_SIZES.landscape.width).toBeGreaterThanOrEqual(1600);
    expect(IMAGE_SIZES.landscape.height).toBeGreaterThanOrEqual(900);
  });

  it('says what the view is, where it comes from and where to find it, escaped', () => {
    const svg = viewImageSvg(base);
    expect(svg).toContain('Textile &amp; &lt;more&gt;: 2 reports');
    expect(svg).toContain('Boundaries: test');
    expect(svg).toContain('Dataset version 2026.12.02');
    expect(svg).toContain('https://example.org/regions/dandong?sector=textile');
    expect(svg).not.toContain('<a ');
  });

  it('draws one dot per place and colour, with the count when several reports share it', () => {
    const svg = viewImageSvg(base);
    const markerCircles = svg.match(/<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+" fill="#(2e2585|cc6677)"/g) ?? [];
    // Two map dots plus the legend's one textile swatch.
    expect(markerCircles).toHaveLength(3);
    expect(svg).toMatch(/font-weight="600" fill="#ffffff">2<\/text>/);
  });

  it('rings a pale dot in its own outline and writes its count in a dark colour', () => {
    const pale = { lon: 124.39, lat: 40.13, colour: '#DDDDDD', outline: '#6b7280' };
    const svg = viewImageSvg({ ...base, markers: [pale, pale] });
    expect(svg).toMatch(/fill="#DDDDDD" stroke="#6b7280"/);
    expect(svg).toMatch(/font-weight="600" fill="#111827">2<\/text>/);
  });

  it("shades a comparison's change instead of the counts, with its own legend title", () => {
    const svg = viewImageSvg({
      ...base,
      fillBySlug: { dandong: '#018571' },
      legend: { ...base.legend, shadingTitle: 'Shading: change 2017–2022' },
    });
    expect(svg).toMatch(/<path d="[^"]+" fill="#018571"/);
    expect(svg).toContain('Shading: change 2017–2022');
  });

  it('crops the map to the region in focus', () => {
    const dandong = regionsBySlug.get('dandong');
    if (!dandong) throw new Error('no Dandong');
    const whole = /viewBox="0 0 (\d+) (\d+)" preserveAspectRatio/.exec(viewImageSvg(base));
    const cropped = /<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" viewBox="([\d. -]+)"/.exec(
      viewImageSvg({ ...base, focus: dandong.bbox, selected: 'dandong' }),
    );
    expect(whole).not.toBeNull();
    const width = Number(cropped?.[1]?.split(' ')[2]);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThan(Number(whole?.[1]) / 2);
  });

  it('wraps long text at spaces and counts CJK as wide', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('丹东 丹东 丹东', 9)).toEqual(['丹东 丹东', '丹东']);
    expect(wrapText('a b c d', 1, 2)).toEqual(['a', 'b…']);
    // Chinese has no spaces: it breaks between characters; Korean breaks between words.
    expect(wrapText('丹东的纺织服装报道，重新开业', 12)).toEqual(['丹东的纺织服', '装报道，重新', '开业']);
    expect(wrapText('단둥의 섬유·봉제 보도', 12)).toEqual(['단둥의', '섬유·봉제', '보도']);
    expect(wrapText('Dandong 丹东', 20)).toEqual(['Dandong 丹东']);
  });
});
