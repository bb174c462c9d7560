import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { reportPointsBySector } from './features';
import {
  allReportLayerIds,
  buildMapStyle,
  choroplethBinColour,
  GEO_FILES,
  labelColourOn,
  LAYER_IDS,
  petalOffset,
  REQUIRED_LAYERS,
  reportLayerFilter,
  reportLayerIds,
  type GeoUrls,
} from './style';

const { sectors, conditions, reports } = getDataset();
const geoUrls = Object.fromEntries(GEO_FILES.map((file) => [file, `/assets/${file}.0123456789ab.geojson`])) as GeoUrls;

function style(visibleSectors: readonly string[] = []) {
  return buildMapStyle({
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
    const bins = [0, 1, 3, 7, 15, 40].map(choroplethBinColour);
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
