import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { reportPointsBySector } from './features';
import {
  allReportLayerIds,
  buildMapStyle,
  LAYER_IDS,
  petalOffset,
  REQUIRED_LAYERS,
  reportLayerFilter,
  reportLayerIds,
  themePaint,
} from './style';
import { choroplethBinColour, choroplethBins, labelColourOn, luminance, MAP_COLOURS } from './colours';
import { GEO_FILES, type GeoUrls } from './geo-files';
import { CHANGE_COLOURS_DARK } from '@/lib/view/change-bins';

const { sectors, conditions, reports } = getDataset();
const geoUrls = Object.fromEntries(GEO_FILES.map((file) => [file, `/assets/${file}.0123456789ab.geojson`])) as GeoUrls;

function style(visibleSectors: readonly string[] = [], theme: 'light' | 'dark' = 'light') {
  return buildMapStyle({
    theme,
    origin: 'http://localhost:3000',
    geoUrls,
    attribution: 'test',
    sectors,
    visibleSectors,
    reportPoints: reportPointsBySector(
      reports,
      sectors.map((sector) => sector.key),
      conditions,
    ),
  });
}

describe('the map style', () => {
  it('passes the MapLibre style-spec validator, with every sector and with one', () => {
    expect(validateStyleMin(style())).toEqual([]);
    expect(validateStyleMin(style(['textile']))).toEqual([]);
    expect(validateStyleMin(style([], 'dark'))).toEqual([]);
  });

  it('loads every geo file from the URL it is given, on our origin', () => {
    const sources = Object.values(style().sources);
    for (const file of GEO_FILES)
      expect(sources).toContainEqual(
        expect.objectContaining({ data: `http://localhost:3000/assets/${file}.0123456789ab.geojson` }),
      );
    expect(style().glyphs).toBe('http://localhost:3000/glyphs/{fontstack}/{range}.pbf');
  });

  it('has the layers the map waits for, and marker layers for every sector', () => {
    const ids = style().layers.map((layer) => layer.id);
    for (const id of REQUIRED_LAYERS) expect(ids).toContain(id);
    for (const id of allReportLayerIds(sectors.map((sector) => sector.key))) expect(ids).toContain(id);
  });

  it('draws town names over the markers, and the markers over everything else', () => {
    const ids = style().layers.map((layer) => layer.id);
    const markerIds = allReportLayerIds(sectors.map((sector) => sector.key));
    const firstMarker = Math.min(...markerIds.map((id) => ids.indexOf(id)));
    const lastMarker = Math.max(...markerIds.map((id) => ids.indexOf(id)));
    expect(ids.indexOf(LAYER_IDS.placeLabels)).toBeGreaterThan(lastMarker);
    for (const id of ids.slice(0, firstMarker)) expect(id).not.toBe(LAYER_IDS.placeLabels);
    expect(ids.indexOf(LAYER_IDS.placeDots)).toBeLessThan(firstMarker);
  });

  it('outlines the clusters of "Sector not stated" in grey, and those of every sector in white', () => {
    const strokes = Object.fromEntries(
      sectors.map((sector) => {
        const layer = style().layers.find((candidate) => candidate.id === reportLayerIds(sector.key).clusters);
        return [sector.key, layer?.type === 'circle' ? layer.paint?.['circle-stroke-color'] : undefined];
      }),
    );
    expect(strokes.unstated).toBe('#6b7280');
    for (const key of ['restaurants', 'textile', 'hotels', 'other']) expect(strokes[key]).toBe('#ffffff');
  });

  it('hides a sector by its layer filter, not by leaving its layers out', () => {
    const layers = style(['textile']).layers;
    const restaurants = layers.find((layer) => layer.id === reportLayerIds('restaurants').points);
    const textile = layers.find((layer) => layer.id === reportLayerIds('textile').points);
    expect(restaurants && 'filter' in restaurants ? restaurants.filter : undefined).toEqual(
      reportLayerFilter('points', false),
    );
    expect(textile && 'filter' in textile ? textile.filter : undefined).toEqual(reportLayerFilter('points', true));
  });
});

describe('style helpers', () => {
  it('shades more reports darker, and zero distinctly', () => {
    const bins = [0, 1, 3, 7, 15, 40].map((count) => choroplethBinColour(count));
    expect(new Set(bins).size).toBe(bins.length);
  });

  it('puts petals around a place without overlapping', () => {
    const offsets = sectors.map((_, index) => petalOffset(index, sectors.length));
    for (const [index, [x, y]] of offsets.entries())
      for (const [other, [ox, oy]] of offsets.entries())
        if (other !== index) expect(Math.hypot(x - ox, y - oy)).toBeGreaterThan(4);
  });

  it('picks a readable label colour on dark and light fills', () => {
    expect(labelColourOn('#332288')).not.toBe(labelColourOn('#DDCC77'));
  });
});

describe('the dark map', () => {
  it('sets every colour the light map sets, each to its own value, through paint properties only', () => {
    const sectors = [{ key: 'textile', colour: '#1b9e77' }];
    const light = themePaint('light', sectors, false);
    const dark = themePaint('dark', sectors, false);
    expect(dark.map(({ layer, property }) => `${layer}/${property}`)).toEqual(
      light.map(({ layer, property }) => `${layer}/${property}`),
    );
    const background = (changes: typeof light) =>
      changes.find((change) => change.layer === LAYER_IDS.background)?.value;
    expect(background(light)).toBe(MAP_COLOURS.light.sea);
    expect(background(dark)).toBe(MAP_COLOURS.dark.sea);
    const fill = themePaint('dark', sectors, true).find((change) => change.layer === LAYER_IDS.prefectureFill);
    expect(JSON.stringify(fill?.value)).toContain(CHANGE_COLOURS_DARK.none);
  });

  it('keeps names at AA contrast on their halo, and the shading rising in light from the ground', () => {
    const contrast = (a: string, b: string) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
    };
    const dark = MAP_COLOURS.dark;
    for (const text of [dark.text, dark.mutedText]) expect(contrast(text, dark.ground)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dark.seaText, dark.sea)).toBeGreaterThanOrEqual(4.5);
    const ramp = choroplethBins('dark').map((bin) => luminance(bin.colour));
    for (let index = 1; index < ramp.length; index += 1) expect(ramp[index]).toBeGreaterThan(ramp[index - 1] ?? 0);
  });
});
