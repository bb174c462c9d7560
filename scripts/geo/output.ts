/** Writing data/geo/ and the figures the build prints: boundary agreement, simplification, file sizes. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Point2, distanceToLinesKm } from '../../lib/map/geometry';
import { fail } from './fail';
import type { RegionTopology } from './regions-topology';
import { BORDER_COMPARE_WITHIN_KM, BUILD_INPUTS, MAX_BORDER_P95_KM, MAX_TOTAL_BYTES, REGION_RULE } from './settings';

/** One feature per line: compact, yet a diff shows which feature changed. */
export function featureCollectionText(features: readonly object[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function jsonLinesArrayText(items: readonly object[]): string {
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

/** How well Natural Earth's China-North Korea boundary (Yalu and Tumen) agrees with our region edges. */
export function reportBorderAgreement(
  borderLines: ReadonlyMap<string, [number, number][][]>,
  regionRings: readonly (readonly Point2[])[],
): void {
  for (const iso of ['CHN-PRK']) {
    const border = borderLines.get(iso) ?? [];
    const measured = border
      .flatMap((line) => line.map((point) => ({ point, km: distanceToLinesKm(point, regionRings) })))
      .filter(({ km }) => km < BORDER_COMPARE_WITHIN_KM)
      .sort((a, b) => a.km - b.km);
    const pick = (q: number) => measured[Math.min(measured.length - 1, Math.floor(measured.length * q))];
    const worst = pick(1);
    console.log(
      `Natural Earth ${iso} boundary vs our region edges (${measured.length} vertices): median ${pick(0.5)?.km.toFixed(2)} km, ` +
        `p95 ${pick(0.95)?.km.toFixed(2)} km, max ${worst?.km.toFixed(2)} km at ${worst?.point.join(',')}`,
    );
    if ((pick(0.95)?.km ?? Infinity) > MAX_BORDER_P95_KM)
      fail(`${iso}: Natural Earth boundary and our region edges disagree by more than ${MAX_BORDER_P95_KM} km (p95)`);
  }
}

export function reportSimplification(topo: RegionTopology): void {
  const s = topo.stats;
  console.log(
    `Simplification: region weight ${REGION_RULE.weightKm2} km², max error ${REGION_RULE.maxErrorKm * 1000} m; ${s.measuredPoints} region arc points, ${s.keptPoints}/${s.inputPoints} arc points kept (all arcs); ` +
      `region edges off the source by max ${s.maxErrorM.toFixed(0)} m, p99 ${s.p99ErrorM.toFixed(0)} m, p90 ${s.p90ErrorM.toFixed(0)} m, median ${s.medianErrorM.toFixed(0)} m; ${topo.loosenedArcs} arcs loosened to avoid crossings`,
  );
  console.log(
    `Source repairs: ${topo.snappedArcs} duplicate border arcs snapped to one, ${topo.loopsDropped} pinched-off lobes dropped, ` +
      `${topo.sourceCrossingPairs} pairs of arcs that already cross in the source left as they are`,
  );
}

/** Prints the size of every data file and exits with 1 if together they exceed MAX_TOTAL_BYTES. */
export function reportSizes(dir: string): void {
  let totalRaw = 0;
  let totalGzip = 0;
  const rows: string[] = [];
  // The budget is for what the site serves; README.md and the build's own inputs do not count.
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile() || !/\.(geo)?json$/.test(name) || BUILD_INPUTS.includes(name)) continue;
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    totalRaw += bytes.length;
    totalGzip += gzip;
    rows.push(`${name.padEnd(22)} ${String(bytes.length).padStart(9)} ${String(gzip).padStart(9)}`);
  }
  console.log(`${'file'.padEnd(22)} ${'bytes'.padStart(9)} ${'gzip'.padStart(9)}\n${rows.join('\n')}`);
  console.log(`${'total'.padEnd(22)} ${String(totalRaw).padStart(9)} ${String(totalGzip).padStart(9)}`);
  if (totalRaw > MAX_TOTAL_BYTES) {
    console.error(`build-geo: data/geo is ${totalRaw} bytes, over the ${MAX_TOTAL_BYTES} byte budget`);
    process.exit(1);
  }
}
