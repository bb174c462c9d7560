/**
 * Record counts by sector, province, year, prefecture, language, confidence and check, as written into data/README.md by `npm run data:stats`.
 */
import { countBySector, countByYear, isDateRange, reportDate, reportYear } from '@/lib/view/filters';
import type { Dataset } from './dataset';
import { namedOtherWork, OTHER_SECTOR, OWN_SECTOR_AT } from './sector-rules';
import type { Region } from './schema';

export const STATS_START = '<!-- stats:start (written by npm run data:stats; do not edit by hand) -->';
export const STATS_END = '<!-- stats:end -->';

function table(header: [string, string], rows: [string, number][]): string {
  return [
    `| ${header[0]} | ${header[1]} |`,
    '| --- | ---: |',
    ...rows.map(([name, count]) => `| ${name} | ${count} |`),
  ].join('\n');
}

function countOf<T extends string>(values: readonly T[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  ko: 'Korean',
  zh: 'Chinese',
  ja: 'Japanese',
  es: 'Spanish',
};

export function renderStats({ reports, sectors, coverage }: Dataset, regions: readonly Region[]): string {
  const bySector = countBySector(
    reports,
    sectors.map((sector) => sector.key),
  );
  const otherLabel = sectors.find((sector) => sector.key === OTHER_SECTOR)?.label ?? OTHER_SECTOR;
  const otherWork = countOf(
    reports.filter((report) => report.sectors.includes(OTHER_SECTOR)).flatMap((report) => namedOtherWork(report.summary)),
  );
  const provinceOf = new Map(regions.map((region) => [region.slug, region.province]));
  const provinces = regions.filter((region) => region.level === 'province');
  const byProvince = provinces.map((province): [string, number] => [
    province.name_en,
    reports.filter((report) => report.places.some((place) => provinceOf.get(place.region) === province.slug)).length,
  ]);
  const both = reports.filter((report) =>
    provinces.every((province) => report.places.some((place) => provinceOf.get(place.region) === province.slug)),
  ).length;
  const years = [...countByYear(reports).entries()].sort((a, b) => a[0] - b[0]);
  const undated = reports.filter((report) => reportYear(report) === null).length;
  const ranged = reports.filter((report) => isDateRange(reportDate(report) ?? '')).length;
  const pinned = reports.filter((report) =>
    report.places.some((place) => place.precision === 'city' || place.precision === 'point'),
  ).length;
  return [
    STATS_START,
    '',
    `**${reports.length} reports** (${pinned} with at least one pinned place). A report in two sectors or both provinces counts under each.`,
    '',
    '**By sector**',
    '',
    table(
      ['Sector', 'Reports'],
      sectors.map((sector) => [sector.label, bySector[sector.key] ?? 0]),
    ),
    '',
    `"${otherLabel}" by the work its summary names (a report naming two counts under each; at ${OWN_SECTOR_AT} a kind becomes a sector of its own): ${otherWork.map(([kind, count]) => `${kind} ${count}`).join(', ')}.`,
    '',
    `**By province** (${both} reports name both)`,
    '',
    table(['Province', 'Reports'], byProvince),
    '',
    `**By year** (of the situation where the source dates it, otherwise of publication; the ${ranged} reports dated by a range count in the year their range starts)`,
    '',
    table(
      ['Year', 'Reports'],
      [...years.map(([year, count]): [string, number] => [String(year), count]), ['undated', undated]],
    ),
    '',
    '**By prefecture** (reports naming a place in it; "none found" means searched for and nothing found, see `coverage.json`)',
    '',
    table(
      ['Prefecture', 'Reports'],
      regions
        .filter((region) => region.level === 'prefecture')
        .map((region): [string, number] => {
          const count = reports.filter((report) => report.places.some((place) => place.region === region.slug)).length;
          const none = coverage.find((entry) => entry.region === region.slug)?.status === 'none-found';
          return [none ? `${region.name_en} (none found)` : region.name_en, count];
        }),
    ),
    '',
    '**By language of the source page**',
    '',
    table(
      ['Language', 'Reports'],
      countOf(reports.map((report) => report.source.language)).map(([code, count]) => [
        LANGUAGE_NAMES[code] ?? code,
        count,
      ]),
    ),
    '',
    '**By confidence** (how the information was sourced)',
    '',
    table(['Confidence', 'Reports'], countOf(reports.map((report) => report.confidence))),
    '',
    '**By check** (each record re-read against its source page, or against the research digest where the page could not be read)',
    '',
    table(
      ['Checked', 'Reports'],
      countOf(reports.map((report) => `${report.checked.date}, against the ${report.checked.against}`)),
    ),
    '',
    STATS_END,
  ].join('\n');
}

/** Replaces the stats block of a README, or fails when the markers are missing. */
export function withStats(readme: string, stats: string): string {
  const start = readme.indexOf(STATS_START);
  const end = readme.indexOf(STATS_END);
  if (start === -1 || end === -1 || end < start) throw new Error('data/README.md has no stats markers');
  return readme.slice(0, start) + stats + readme.slice(end + STATS_END.length);
}
