'use client';

import { useMemo } from 'react';
import {
  countByCondition,
  countByRegion,
  countBySector,
  countByYear,
  filterReports,
  latestBySector,
  newestFirst,
  reportsInRegion,
  NO_FILTERS,
  type Filters,
} from '@/lib/filters';
import { reportPointsBySector } from '@/lib/map-data';
import type { Condition, Region, Report, Sector } from '@/lib/schema';
import type { ViewState } from '@/lib/url-state';

export type DashboardData = {
  sectors: readonly Sector[];
  conditions: readonly Condition[];
  reports: readonly Report[];
  regions: readonly Region[];
};

/**
 * Everything the dashboard shows, derived from the data and the view state in one place, so the map, the
 * counts and the list always agree.
 */
export function useDashboardModel(data: DashboardData, state: ViewState) {
  const { sectors, conditions, reports, regions } = data;
  const sectorKeys = useMemo(() => sectors.map((sector) => sector.key), [sectors]);
  const conditionKeys = useMemo(() => conditions.map((condition) => condition.key), [conditions]);
  const regionsBySlug = useMemo(() => new Map(regions.map((region) => [region.slug, region])), [regions]);

  const filters: Filters = useMemo(
    () => ({ sectors: state.sectors, conditions: state.conditions, from: state.from, to: state.to }),
    [state.sectors, state.conditions, state.from, state.to],
  );
  const matching = useMemo(() => filterReports(reports, filters), [reports, filters]);

  // The sector facet is applied on the map by switching overlays, so the points ignore it: toggling a sector
  // never rebuilds a source.
  // Keyed on the facets it uses, so a sector toggle keeps the same points object.
  const { conditions: conditionFilter, from, to } = filters;
  const reportPoints = useMemo(
    () =>
      reportPointsBySector(
        filterReports(reports, { ...NO_FILTERS, conditions: conditionFilter, from, to }),
        sectorKeys,
        conditions,
      ),
    [reports, conditionFilter, from, to, sectorKeys, conditions],
  );

  const region = state.region === null ? null : (regionsBySlug.get(state.region) ?? null);
  // The panel's counts and list cover the selected region (or everything).
  const regionReports = useMemo(
    () => (region ? reportsInRegion(reports, region, regions) : reports),
    [reports, region, regions],
  );
  const inRegion = useMemo(() => filterReports(regionReports, filters), [regionReports, filters]);
  const listed = useMemo(() => newestFirst(inRegion), [inRegion]);

  // Facet counts ignore their own facet, so each toggle shows what it would add.
  const sectorCounts = useMemo(
    () => countBySector(filterReports(regionReports, filters, 'sectors'), sectorKeys),
    [regionReports, filters, sectorKeys],
  );
  const conditionCounts = useMemo(
    () => countByCondition(filterReports(regionReports, filters, 'conditions'), conditionKeys),
    [regionReports, filters, conditionKeys],
  );
  const yearCounts = useMemo(
    () => countByYear(filterReports(regionReports, filters, 'time')),
    [regionReports, filters],
  );
  const years = useMemo(() => {
    const all = [...countByYear(reports).keys()];
    const first = Math.min(...all);
    const last = Math.max(...all);
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  }, [reports]);

  const regionCounts = useMemo(() => countByRegion(matching, regions), [matching, regions]);
  const countsByCode = useMemo(
    () =>
      new Map(
        regions
          .filter((candidate) => candidate.level === 'prefecture')
          .map((candidate) => [candidate.code, regionCounts.prefectures[candidate.slug] ?? 0]),
      ),
    [regions, regionCounts],
  );
  const regionTotals = useMemo(() => ({ ...regionCounts.prefectures, ...regionCounts.provinces }), [regionCounts]);
  const regionSectorCounts = useMemo(() => countBySector(inRegion, sectorKeys), [inRegion, sectorKeys]);
  const latest = useMemo(() => latestBySector(inRegion, sectorKeys), [inRegion, sectorKeys]);

  return {
    filters,
    matching,
    region,
    regionsBySlug,
    listed,
    reportPoints,
    sectorCounts,
    conditionCounts,
    yearCounts,
    years,
    regionCounts,
    countsByCode,
    regionTotals,
    regionSectorCounts,
    latest,
  };
}
