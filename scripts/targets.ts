/**
 * The project's performance and quality targets, in one place: `npm run lighthouse` and `npm run bench` check
 * them, `npm run report:figures` writes them into the README. Where a target names a floor, the floor is
 * measured in the same run (the minimal Next.js page of scripts/minimal-next.ts, the bare MapLibre page of
 * scripts/bench/bare.html).
 */

export const LIGHTHOUSE_TARGETS = {
  performance: 90,
  /** …or at most this many points under the floor, where the floor itself scores below `floorBelow`. */
  performanceUnderFloor: 5,
  floorBelow: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 95,
  /** Total blocking time at most this many ms over the floor's. */
  tbtOverFloorMs: 200,
} as const;

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  tbtMs: number;
};

/** The Lighthouse targets a page misses against the floor measured in the same run (empty: all met). */
export function lighthouseMisses(page: LighthouseScores, floor: LighthouseScores): string[] {
  const t = LIGHTHOUSE_TARGETS;
  const performanceMet =
    page.performance >= t.performance ||
    (floor.performance < t.floorBelow && page.performance >= floor.performance - t.performanceUnderFloor);
  return [
    ...(performanceMet ? [] : ['performance']),
    ...(page.tbtMs <= floor.tbtMs + t.tbtOverFloorMs ? [] : ['TBT']),
    ...(page.accessibility >= t.accessibility ? [] : ['accessibility']),
    ...(page['best-practices'] >= t['best-practices'] ? [] : ['best practices']),
    ...(page.seo >= t.seo ? [] : ['SEO']),
  ];
}

export function describeLighthouseTargets(floor: LighthouseScores): string {
  const t = LIGHTHOUSE_TARGETS;
  return (
    `performance ≥ ${t.performance}, or within ${t.performanceUnderFloor} points of the floor where the floor ` +
    `itself is below ${t.floorBelow} (floor: ${floor.performance}); TBT within ${t.tbtOverFloorMs} ms of the floor ` +
    `(≤ ${Math.round(floor.tbtMs + t.tbtOverFloorMs)} ms); accessibility ${t.accessibility}, ` +
    `best practices ≥ ${t['best-practices']}, SEO ≥ ${t.seo}`
  );
}

export const BENCH_TARGETS = {
  /** Navigation → map idle, ours / bare page. */
  idleRatio: 1.3,
  /** First load without MapLibre ≤ bare MapLibre page + the minimal Next.js page's script + this, KB gzip. */
  firstLoadOverFloorsKb: 50,
  /** Geography + the report index (what a first load fetches of the reports), KB gzip. */
  dataKb: 250,
  /** Sector toggle → idle at 10,000 reports: p95 in ms, and ours / bare page at p95. */
  filterP95Ms: 100,
  filterRatio: 1.5,
  /** JS heap growth over 50 toggles, from the first toggle on (that one loads the report texts, by design). */
  heapGrowth: 0.1,
} as const;
