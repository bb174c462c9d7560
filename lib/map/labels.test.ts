import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { labelText } from './labels';
import { baseLayers, buildMapStyle } from './style';
import { GEO_FILES, type GeoUrls } from './geo-files';
import { readFileSync } from 'node:fs';

const geoUrls = Object.fromEntries(GEO_FILES.map((file) => [file, `/assets/${file}.0123456789ab.geojson`])) as GeoUrls;

describe('map labels', () => {
  it('show the names of the page’s language', () => {
    expect(labelText({ locale: 'en' })).toEqual(['get', 'name_en']);
    expect(labelText({ locale: 'zh' })).toEqual(['coalesce', ['get', 'name_zh'], ['get', 'name_en']]);
    expect(labelText({ locale: 'ko' })).toEqual([
      'coalesce',
      ['get', 'name_ko'],
      ['get', 'name_zh'],
      ['get', 'name_en'],
    ]);
  });

  it('find a Korean name on every place pin', () => {
    const places: unknown = JSON.parse(readFileSync('data/geo/places.geojson', 'utf8'));
    const features = typeof places === 'object' && places !== null ? Reflect.get(places, 'features') : undefined;
    if (!Array.isArray(features) || features.length === 0) throw new Error('no place pins');
    for (const feature of features) expect(JSON.stringify(feature)).toMatch(/"name_ko":"[^"]+"/);
  });

  it('every label layer uses them, and the style stays valid in every language', () => {
    for (const locale of ['en', 'ko', 'zh'] as const) {
      const labels = { locale };
      const symbolLayers = baseLayers([], labels).filter((layer) => layer.type === 'symbol');
      expect(symbolLayers.length).toBeGreaterThan(0);
      for (const layer of symbolLayers)
        if (layer.type === 'symbol') expect(layer.layout?.['text-field']).toEqual(labelText(labels));
      const style = buildMapStyle({
        origin: 'http://localhost:3000',
        geoUrls,
        attribution: 'test',
        sectors: [{ key: 'textile', colour: '#332288' }],
        visibleSectors: [],
        labels,
      });
      expect(validateStyleMin(style)).toEqual([]);
    }
  });
});
