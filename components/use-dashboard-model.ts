'use client';

import { useMemo } from 'react';
import { changeKey, type ChangeKey } from '@/lib/view/change-bins';
import { compareView } from '@/lib/view/compare';
import { filterReports, NO_FILTERS } from '@/lib/view/filters';
import { reportPointsBySector, type ReportPoints } from '@/lib/map/features';
import type { PageData } from '@/lib/data/page-data';
import { markerProvenance, recordsByEvent, type Strength } from '@/lib/data/provenance';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import { hasFilters, selectView, type Selection } from '@/lib/view/selection';
import { DEFAULT_STATE, type ViewState } from '@/lib/view/view-state';

/** The page's first paint is the selection of its default view: usable until the reports arrive. */
export function showsDefaultView(view: ViewState, page: PageData): boolean {
  return view.region === page.region && !hasFilters(view);
}

/**
 * Everything the dashboard shows, derived in one place from the data and the view: one selection (lib/selection)
 * feeds the counts, the list, the shading and the badges; the map's points follow the same filters.
 * `selection` is null only while the reports load for a view other than the page's default.
 */
export function useDashboardModel(page: PageData, reports: readonly ReportIndexEntry[] | null, view: ViewState) {
  const { sectors, conditions, regions } = page;
  const { region, sectors: sectorFilter, conditions: conditionFilter, confidence, from, to, compare } = view;

  const selection: Selection | null = useMemo(() => {
    // Built from the fields that select, so a camera move or an opened card does not recompute it.
    const state = {
      ...DEFAULT_STATE,
      region,
      sectors: sectorFilter,
      conditions: conditionFilter,
      confidence,
      from,
      to,
    };
    if (reports) return selectView({ reports, sectors, conditions, regions }, state);
    return showsDefaultView(state, page) ? page.initial : null;
  }, [reports, sectors, conditions, regions, page, region, sectorFilter, conditionFilter, confidence, from, to]);

  // The sector facet is applied on the map by switching overlays, so the points ignore it: toggling a sector
  // never rebuilds a source.
  // Records per event, once: the markers' style and the cards' "Also reported by" both read it.
  const byEvent = useMemo(() => recordsByEvent(reports ?? []), [reports]);
  const reportsById = useMemo(() => new Map((reports ?? []).map((report) => [report.id, report])), [reports]);
  const provenanceOf = useMemo(() => {
    const strength = new Map<string, Strength>(page.confidence.map((label) => [label.key, label.strength]));
    const strengthOf = (key: string): Strength => strength.get(key) ?? 'primary';
    // The outer ring counts independent accounts, following derived_from across the whole dataset.
    return (report: ReportIndexEntry) => markerProvenance(report, strengthOf, byEvent, reportsById);
  }, [page.confidence, byEvent, reportsById]);
  const reportPoints: Record<string, ReportPoints> = useMemo(
    () =>
      reportPointsBySector(
        reports ? filterReports(reports, { ...NO_FILTERS, conditions: conditionFilter, confidence, from, to }) : [],
        sectors.map((sector) => sector.key),
        conditions,
        provenanceOf,
      ),
    [reports, conditionFilter, confidence, from, to, sectors, conditions, provenanceOf],
  );

  const countsByCode = useMemo(() => {
    const counts = selection?.regionCounts.prefectures ?? {};
    return new Map(
      regions
        .filter((candidate) => candidate.level === 'prefecture')
        .map((candidate) => [candidate.code, counts[candidate.slug] ?? 0]),
    );
  }, [regions, selection]);

  // Two periods: the baseline against the focus window, with the same other filters.
  const comparison = useMemo(() => {
    if (!reports || !selection || compare === null) return null;
    const years = selection.years.map((year) => year.year);
    return compareView(
      { reports, regions, sectors, conditions },
      { ...DEFAULT_STATE, region, from, to, compare },
      selection.filters,
      years,
    );
  }, [reports, selection, regions, sectors, conditions, region, from, to, compare]);
  const changeByCode: ReadonlyMap<number, ChangeKey> | null = useMemo(() => {
    if (!comparison) return null;
    return new Map(
      regions
        .filter((candidate) => candidate.level === 'prefecture')
        .map((candidate) => [
          candidate.code,
          changeKey(comparison.scale, comparison.prefectures[candidate.slug] ?? { baseline: 0, focus: 0 }),
        ]),
    );
  }, [regions, comparison]);

  // Each prefecture's change class; its colour depends on the theme, so the drawings look it up (changeFills).
  const changeKeys = useMemo(
    () =>
      comparison
        ? Object.fromEntries(
            Object.entries(comparison.prefectures).map(([slug, counts]) => [slug, changeKey(comparison.scale, counts)]),
          )
        : null,
    [comparison],
  );

  return { selection, reportPoints, countsByCode, byEvent, reportsById, comparison, changeByCode, changeKeys };
}
