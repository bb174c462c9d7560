import { describe, expect, it } from 'vitest';
import { places } from './places';
import { getRegion } from './regions';

describe('data/geo/places.json', () => {
  it('holds one seat per prefecture and the towns, each inside its prefecture’s box', () => {
    expect(places.filter((place) => place.rank === 1)).toHaveLength(23);
    expect(places.filter((place) => place.rank === 2)).toHaveLength(18);
    for (const place of places) {
      const region = getRegion(place.region);
      expect(region?.level, place.name_en).toBe('prefecture');
      const [west, south, east, north] = region?.bbox ?? [0, 0, 0, 0];
      expect(place.lon >= west && place.lon <= east && place.lat >= south && place.lat <= north, place.name_en).toBe(
        true,
      );
    }
  });

  it('gives a seat with a name of its own its own names (Yanji, the seat of Yanbian)', () => {
    expect(places.find((place) => place.name_en === 'Yanji')).toMatchObject({
      region: 'yanbian',
      name_zh: '延吉',
      name_ko: '옌지',
      name_ko_alt: ['연길'],
    });
  });
});
