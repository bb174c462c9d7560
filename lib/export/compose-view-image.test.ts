import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { provincesBBox, regions } from '@/lib/data/regions';
import { testReport } from '@/lib/data/test-report';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { mapPreviewData } from '@/lib/map/preview';
import { selectView } from '@/lib/view/selection';
import { DEFAULT_STATE, type ViewState } from '@/lib/view/view-state';
import { MAP_COLOURS } from '@/lib/map/colours';
import type { ChangeKey } from '@/lib/view/change-bins';
import { composeViewImage } from './compose-view-image';
import { viewImageSvg } from './view-image';

const { sectors, conditions } = getDataset();
const page = {
  sectors,
  conditions,
  regions,
  homeBounds: provincesBBox,
  noneFound: [],
  attribution: '© test',
  datasetVersion: '2026.12.04',
};
const i18n = { locale: 'en' as const, t: serverTranslators('en').ui };
const reports = [
  testReport({ id: 'a', sectors: ['seafood', 'textile'] }),
  testReport({ id: 'b', sectors: ['restaurants'], places: [{ region: 'liaoning', precision: 'province' }] }),
];

function input(view: ViewState, changeKeys: Record<string, ChangeKey> | null, listed: typeof reports) {
  return {
    i18n,
    page,
    view,
    selection: selectView({ reports: listed, sectors, conditions, regions }, view),
    comparison: null,
    changeKeys,
    preview: mapPreviewData(provincesBBox),
    shape: 'landscape' as const,
    date: '4 December 2026',
    link: 'https://example.org/?sector=textile',
  };
}

function compose(view: ViewState, changeKeys: Record<string, ChangeKey> | null = null, listed = reports) {
  return composeViewImage(input(view, changeKeys, listed));
}

describe('composeViewImage', () => {
  it('colours a marker by the first of its sectors the view shows, and pins only exact places', () => {
    const colourOf = (key: string) => sectors.find((sector) => sector.key === key)?.colour;
    expect(compose(DEFAULT_STATE).markers).toEqual([{ lon: 124.3947, lat: 40.1292, colour: colourOf('seafood') }]);
    expect(compose({ ...DEFAULT_STATE, sectors: ['textile'] }).markers).toEqual([
      { lon: 124.3947, lat: 40.1292, colour: colourOf('textile') },
    ]);
  });

  it('outlines the markers and the legend swatch of "Sector not stated" in grey', () => {
    const general = testReport({ id: 'c', sectors: ['unstated'] });
    const image = compose({ ...DEFAULT_STATE, sectors: ['unstated'] }, null, [general]);
    expect(image.markers).toEqual([{ lon: 124.3947, lat: 40.1292, colour: '#DDDDDD', outline: '#6b7280' }]);
    expect(image.legend.sectors).toEqual([{ label: 'Sector not stated', colour: '#DDDDDD', outline: '#6b7280' }]);
  });

  it('lists in the legend only the sectors the view shows, and says the view in words', () => {
    const image = compose({ ...DEFAULT_STATE, sectors: ['textile'] });
    expect(image.legend.sectors.map((sector) => sector.label)).toEqual(['Textile']);
    expect(image.subtitle).toBe('Textile reports in Liaoning and Jilin: 1 report');
    expect(image.dateLine).toContain('2026.12.04');
    expect(image.link).toBe('https://example.org/?sector=textile');
  });

  it('draws in the page’s theme: the dark image has a dark page, light words and the dark shading', () => {
    const dark = composeViewImage({ ...input(DEFAULT_STATE, null, reports), theme: 'dark' });
    expect(dark.theme).toBe('dark');
    expect(dark.colours.fill(0)).toBe(MAP_COLOURS.dark.regionFill);
    expect(dark.legend.bins[0]?.colour).toBe(MAP_COLOURS.dark.regionFill);
    const light = compose(DEFAULT_STATE);
    expect(light.theme).toBe('light');
    expect(light.colours.fill(0)).toBe(MAP_COLOURS.light.regionFill);
    const svg = viewImageSvg(dark);
    expect(svg).toContain(`<rect width="1600" height="900" fill="#111827"/>`);
    expect(svg).not.toContain('fill="#111827">');
  });

  it('uses the comparison fill only with a comparison', () => {
    expect(compose(DEFAULT_STATE, { dandong: 'more-5' }).fillBySlug).toBeNull();
  });
});
