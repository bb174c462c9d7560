/**
 * The named pins of the map with every name they have: the 23 prefecture seats (rank 1) and the county-level
 * towns (rank 2), from data/geo/places.json (written by scripts/build-geo.ts from data/geo/names.json). Search
 * and the name fonts read them; the map draws data/geo/places.geojson. Validated once when this module loads.
 */
import placesJson from '@/data/geo/places.json' with { type: 'json' };
import { type NamedPlace, NamedPlaceList } from '@/lib/data/schema';

export const places: readonly NamedPlace[] = Object.freeze(NamedPlaceList.parse(placesJson));
