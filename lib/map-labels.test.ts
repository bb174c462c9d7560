import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { labelText } from './map-labels';
import { baseLayers, buildMapStyle, GEO_FILES, type GeoUrls } from './map-style';
import { regions } from './regions';

const koreanByChinese = Object.fromEntries(regions.map((region) => [region.name_zh, region.name_ko]));
const geoUrls = Object.fromEntries(GEO_FILES.map((file) => [file, `/assets/${file}.0123456789ab.geojson`])) as GeoUrls;

describe('map labels', () => {
  it('show the names of the page’s language', () => {
    expect(labelText({ locale: 'en' })).toEqual(['get', 'name_en']);
    expect(labelText({ locale: 'zh' })).toEqual(['coalesce', ['get', 'name_zh'], ['get', 'name_en']]);
    const korean = labelText({ locale: 'ko', koreanByChinese });
    expect(korean[0]).toBe('coalesce');
    expect(korean[1]).toEqual(['get', 'name_ko']);
    // A pin named like its prefecture (丹东) takes the prefecture's Korean name; others keep their Chinese name.
    expect(JSON.stringify(korean)).toContain('"丹东","단둥"');
  });

  it('every label layer uses them, and the style stays valid in every language', () => {
    for (const locale of ['en', 'ko', 'zh'] as const) {
      const labels = { locale, koreanByChinese };
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
