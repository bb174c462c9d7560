/**
 * The benchmark's groundwork: statistics, running a build step, and the server roots that hold the bare MapLibre
 * page beside an export (scripts/bench/bench.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assetUrls } from '../../lib/data/assets';
import { getDataset } from '../../lib/data/dataset';
import { filterReports, NO_FILTERS } from '../../lib/view/filters';
import { reportPointsBySector } from '../../lib/map/features';
import { buildMapStyle, REQUIRED_LAYERS } from '../../lib/map/style';
import { GEO_FILES } from '../../lib/map/geo-files';
import { geoAttribution, provincesBBox } from '../../lib/data/regions';
import type { Report } from '../../lib/data/schema';

export const BENCH_DIR = '.bench';

export type Stats = { median: number; min: number; max: number; p50: number; p95: number; runs: number };

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return {
    median: at(0.5),
    p50: at(0.5),
    p95: at(0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: values.length,
  };
}

export function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** A server root that is the export plus a __bench folder holding the bare page (the export is left untouched). */
export function prepareRoot(name: string, exportDir: string): string {
  const root = path.join(BENCH_DIR, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, '__bench'), { recursive: true });
  // Copied, not linked: the server never follows a link out of its root (scripts/serve.ts).
  for (const entry of readdirSync(exportDir))
    cpSync(path.resolve(exportDir, entry), path.join(root, entry), { recursive: true });
  const dist = path.join('node_modules', 'maplibre-gl', 'dist');
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    copyFileSync(path.join(dist, file), path.join(root, '__bench', file));
  copyFileSync(path.join('scripts', 'bench', 'bare.html'), path.join(root, '__bench', 'bare.html'));
  return root;
}

/**
 * The bare page's style and points: the same as the app's, with sources on the server's origin and the same
 * content-hashed geography files (`/assets/<file>.<hash>.geojson`, lib/data/assets.ts), so both pages load the same files.
 */
export function writeBareInputs(root: string, reports: readonly Report[], origin: string) {
  const { sectors, conditions } = getDataset();
  const geoUrls = assetUrls(null, 'en').geo;
  for (const file of GEO_FILES) {
    if (!existsSync(path.join(root, geoUrls[file])))
      throw new Error(`${root}${geoUrls[file]} is missing: the export is older than data/geo/ (rebuild it)`);
  }
  const style = buildMapStyle({ origin, geoUrls, attribution: geoAttribution, sectors, visibleSectors: [] });
  const points = reportPointsBySector(
    filterReports(reports, NO_FILTERS),
    sectors.map((sector) => sector.key),
    conditions,
  );
  writeFileSync(path.join(root, '__bench', 'style.json'), JSON.stringify(style));
  writeFileSync(
    path.join(root, '__bench', 'points.json'),
    JSON.stringify({ points, bounds: provincesBBox, requiredLayers: REQUIRED_LAYERS }),
  );
}
