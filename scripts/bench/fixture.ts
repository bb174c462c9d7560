/**
 * Synthetic reports for the benchmark: `count` valid records spread over the prefectures where data/coverage.json
 * has reports (a report in a "none-found" prefecture would fail validation), deterministic for a seed. Written to
 * .bench/ only; never shipped.
 */
import type { Condition, CoverageEntry, Region, Report, Sector } from '../../lib/data/schema';
import { OTHER_SECTOR } from '../../lib/data/sector-rules';

/** mulberry32: a small seeded PRNG, so two runs of the benchmark measure the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticReports(
  count: number,
  regions: readonly Region[],
  sectors: readonly Sector[],
  conditions: readonly Condition[],
  coverage: readonly CoverageEntry[],
  seed = 42,
): Report[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const reported = new Set(coverage.filter((entry) => entry.status === 'reported').map((entry) => entry.region));
  const prefectures = regions.filter((region) => region.level === 'prefecture' && reported.has(region.slug));
  // The sector rules (lib/data/sector-rules.ts): the neutral key stands alone, and "other" wants named work, which
  // thousands of records would name often enough to call for a sector of its own; so they draw on the sectors.
  const kinds = sectors.filter((sector) => !sector.neutral && sector.key !== OTHER_SECTOR);
  const neutral = sectors.find((sector) => sector.neutral);
  const reports: Report[] = [];
  for (let index = 0; index < count; index += 1) {
    const region = pick(prefectures);
    const [west, south, east, north] = region.bbox;
    // Scatter points around the label point, staying inside the region's bounding box.
    const lon = Math.min(east, Math.max(west, region.label[0] + (next() - 0.5) * (east - west) * 0.6));
    const lat = Math.min(north, Math.max(south, region.label[1] + (next() - 0.5) * (north - south) * 0.6));
    const year = 2010 + Math.floor(next() * 16);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const sectorKeys =
      neutral && next() < 0.15
        ? [neutral.key]
        : [...new Set([pick(kinds).key, ...(next() < 0.3 ? [pick(kinds).key] : [])])];
    const conditionKeys = [...new Set([pick(conditions).key, ...(next() < 0.4 ? [pick(conditions).key] : [])])];
    reports.push({
      id: `synthetic-${index}`,
      refs: ['R01'],
      published: `${year}-${month}`,
      source: {
        outlet: 'Synthetic',
        title: `Synthetic report ${index}`,
        url: `https://example.invalid/${index}`,
        language: 'en',
        kind: 'news',
      },
      places: [
        {
          region: region.slug,
          name: `${region.name_en} ${index % 7}`,
          lon: Math.round(lon * 1e4) / 1e4,
          lat: Math.round(lat * 1e4) / 1e4,
          precision: 'city',
        },
      ],
      sectors: sectorKeys,
      conditions: conditionKeys,
      summary: `Synthetic benchmark record ${index}; not a real report.`,
      confidence: 'press-report',
      checked: { date: '2025-01-01', against: 'digest' },
    });
  }
  return reports;
}
