/**
 * Context layers around the two provinces: neighbouring provinces, then Natural Earth land, countries and
 * international boundaries, all cut to FRAME, and the country, sea and neighbour labels.
 */
import { merge, mesh, meshArcs, transform } from 'topojson-client';
import { presimplify } from 'topojson-simplify';
import type { GeometryObject } from 'topojson-specification';
import {
  type Box,
  type Point2,
  bboxOf,
  clipLineToBox,
  pointInPolygons,
  poleOfInaccessibility,
  roundLine,
  roundPoint,
} from '../../lib/map/geometry';
import { fail } from './fail';
import type { Names } from './names';
import {
  boxesOverlap,
  clipToFrame,
  geoJsonPolygons,
  largestPolygon,
  multiPolygonGeometry,
  type Polygons,
  roundPolygons,
  toPoint2,
} from './polygons';
import {
  CONTEXT_DECIMALS,
  FRAME,
  NATURAL_EARTH_BORDER_RULE,
  NATURAL_EARTH_RULE,
  NEIGHBOUR_RULE,
  REGION_DECIMALS,
} from './settings';
import { worldAtlasIdOf } from './sources';
import { thinArcs } from './thin';
import {
  arcIndicesOf,
  isGeometryCollection,
  isPolygonal,
  objectPolygons,
  type Topo,
  triangleAreaKm2,
} from './topology';

function labelFeature(
  kind: 'country' | 'sea' | 'neighbour',
  names: { name_en: string; name_zh: string; name_ko: string },
  at: Point2,
) {
  return {
    type: 'Feature',
    properties: { kind, name_en: names.name_en, name_zh: names.name_zh, name_ko: names.name_ko },
    geometry: { type: 'Point', coordinates: [at[0], at[1]] },
  };
}

function labelPoint(polygons: Polygons): [number, number] {
  return roundPoint(poleOfInaccessibility(largestPolygon(polygons), 1), REGION_DECIMALS);
}

/**
 * Neighbouring provinces, dissolved from their prefectures. They are background drawn under the regions, so even
 * their edge with Liaoning and Jilin is thinned harder: any sliver between the two edges is within
 * NEIGHBOUR_RULE.maxErrorKm.
 */
export function neighbourLayer(names: Names, presimplified: Topo): { features: object[]; labels: object[] } {
  const neighbourTopology = thinArcs(presimplified, () => NEIGHBOUR_RULE, new Set()).topology;
  const neighbourObject = neighbourTopology.objects.neighbours;
  if (!isGeometryCollection(neighbourObject)) fail('topology lost its collections');
  const features: object[] = [];
  const labels: object[] = [];
  for (const neighbour of names.neighbours) {
    const members = neighbourObject.geometries
      .filter(isPolygonal)
      .filter((g) => Math.floor(Number(g.id) / 10000) * 10000 === neighbour.code);
    const polygons = roundPolygons(clipToFrame(geoJsonPolygons(merge(neighbourTopology, members))), CONTEXT_DECIMALS);
    if (polygons.length === 0) continue;
    features.push({
      type: 'Feature',
      id: neighbour.code,
      properties: { name_en: neighbour.name_en, name_zh: neighbour.name_zh },
      geometry: multiPolygonGeometry(polygons),
    });
    if (neighbour.label) labels.push(labelFeature('neighbour', neighbour, labelPoint(polygons)));
  }
  return { features, labels };
}

export type NaturalEarthLayers = {
  land: Polygons;
  landFeatures: object[];
  countryFeatures: object[];
  countryLabels: object[];
  borderFeatures: object[];
  /** Boundary lines by country pair, e.g. `CHN-PRK`. */
  borderLines: Map<string, [number, number][][]>;
};

export function naturalEarthLayers(names: Names, world: Topo, regionsBox: Box): NaturalEarthLayers {
  const worldCountries = world.objects.countries;
  const worldLand = world.objects.land;
  if (!isGeometryCollection(worldCountries) || !isGeometryCollection(worldLand))
    fail('world-atlas objects changed shape');
  const toWorld = transform(world.transform ?? null);
  const worldBorderArcs = new Set(
    [...arcIndicesOf(meshArcs(world, worldCountries, (a, b) => a !== b))].filter((arc) => {
      // Arcs are delta-encoded; the transformer keeps a running position and resets it at index 0.
      const line = (world.arcs[arc] ?? []).map((delta, i) => toPoint2(toWorld(delta, i > 0)));
      return line.length > 0 && boxesOverlap(bboxOf([[line]]), regionsBox);
    }),
  );
  const thinned = thinArcs(
    presimplify(world, triangleAreaKm2),
    (arc) => (worldBorderArcs.has(arc) ? NATURAL_EARTH_BORDER_RULE : NATURAL_EARTH_RULE),
    new Set(),
  ).topology;
  const landPolygons = worldLand.geometries.flatMap((g) => (isPolygonal(g) ? objectPolygons(thinned, g) : []));
  const land = roundPolygons(clipToFrame(landPolygons), CONTEXT_DECIMALS);
  const landFeatures = [{ type: 'Feature', properties: {}, geometry: multiPolygonGeometry(land) }];

  const countryFeatures: object[] = [];
  const countryLabels: object[] = [];
  const countryObjects = new Map<string, GeometryObject>();
  for (const country of names.countries) {
    const id = worldAtlasIdOf(country.iso_a3);
    const object =
      worldCountries.geometries.find((g) => String(g.id) === id) ?? fail(`world-atlas has no country ${id}`);
    countryObjects.set(country.iso_a3, object);
    const polygons = roundPolygons(clipToFrame(objectPolygons(thinned, object)), CONTEXT_DECIMALS);
    if (polygons.length === 0) fail(`${country.name_en} is not inside FRAME`);
    countryFeatures.push({
      type: 'Feature',
      properties: { name_en: country.name_en, iso_a3: country.iso_a3 },
      geometry: multiPolygonGeometry(polygons),
    });
    if (country.label) countryLabels.push(labelFeature('country', country, labelPoint(polygons)));
  }

  const borderFeatures: object[] = [];
  const borderLines = new Map<string, [number, number][][]>();
  names.countries.forEach((a, i) => {
    for (const b of names.countries.slice(i + 1)) {
      const objectA = countryObjects.get(a.iso_a3);
      const objectB = countryObjects.get(b.iso_a3);
      const shared = mesh(
        thinned,
        worldCountries,
        (x, y) => (x === objectA && y === objectB) || (x === objectB && y === objectA),
      );
      const lines = shared.coordinates
        .flatMap((line) => clipLineToBox(line.map(toPoint2), FRAME))
        .map((line) => roundLine(line, CONTEXT_DECIMALS))
        .filter((line) => line.length >= 2);
      if (lines.length === 0) continue;
      borderLines.set(`${a.iso_a3}-${b.iso_a3}`, lines);
      borderFeatures.push({
        type: 'Feature',
        properties: { name_en: `${a.name_en} – ${b.name_en}`, iso_a3: [a.iso_a3, b.iso_a3] },
        geometry: { type: 'MultiLineString', coordinates: lines },
      });
    }
  });
  return { land, landFeatures, countryFeatures, countryLabels, borderFeatures, borderLines };
}

/** Sea labels are placed by hand in names.json: they must fall inside FRAME and on water. */
export function seaLabels(names: Names, land: Polygons): object[] {
  return names.seas.map((sea) => {
    const at = roundPoint(sea.label_at, REGION_DECIMALS);
    const [west, south, east, north] = FRAME;
    if (at[0] < west || at[0] > east || at[1] < south || at[1] > north) fail(`${sea.name_en} label outside FRAME`);
    if (pointInPolygons(at, land)) fail(`${sea.name_en} label is on land`);
    return labelFeature('sea', sea, at);
  });
}
