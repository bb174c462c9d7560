import { useMemo } from 'react';
import type { Place } from '@/lib/schema';
import type { ViewState } from '@/lib/url-state';
import { newestFirst } from '@/lib/filters';
import { plural } from '@/lib/format';
import { RegionSummary } from './region-summary';
import { ReportCard, type ReportCardContext } from './report-card';
import { ReportList } from './report-list';
import type { DashboardData, useDashboardModel } from './use-dashboard-model';

type ReportPanelProps = {
  data: DashboardData;
  state: ViewState;
  model: ReturnType<typeof useDashboardModel>;
  pinSelection: { ids: string[]; place: string | null } | null;
  onClearPinSelection: () => void;
  onOpenReport: (id: string) => void;
  onCloseReport: () => void;
  onCloseRegion: () => void;
  onPlace: (place: Place) => void;
  onResetFilters: () => void;
};

/** The open report, the reports under a clicked marker, the region summary and the list of matching reports. */
export function ReportPanel({
  data,
  state,
  model,
  pinSelection,
  onClearPinSelection,
  onOpenReport,
  onCloseReport,
  onCloseRegion,
  onPlace,
  onResetFilters,
}: ReportPanelProps) {
  const context: ReportCardContext = useMemo(
    () => ({
      sectorsByKey: new Map(data.sectors.map((sector) => [sector.key, sector])),
      conditionsByKey: new Map(data.conditions.map((condition) => [condition.key, condition])),
      regionsBySlug: model.regionsBySlug,
      onPlace,
    }),
    [data.sectors, data.conditions, model.regionsBySlug, onPlace],
  );
  const reportsById = useMemo(() => new Map(data.reports.map((report) => [report.id, report])), [data.reports]);
  const open = state.report === null ? undefined : reportsById.get(state.report);
  const underPin = pinSelection
    ? newestFirst(pinSelection.ids.map((id) => reportsById.get(id)).filter((report) => report !== undefined))
    : [];
  const regionName = model.region?.name_en;

  return (
    <div className="space-y-3">
      {open && (
        <section aria-label="Open report" data-testid="open-report">
          <div className="mb-1 flex items-center justify-between">
            <h2 className="text-sm font-semibold text-gray-900">Open report</h2>
            <button type="button" onClick={onCloseReport} className="text-sm text-blue-900 underline">
              Close report
            </button>
          </div>
          <ReportCard report={open} context={context} selected headingLevel="h3" />
        </section>
      )}

      {pinSelection && underPin.length > 0 && (
        <section aria-label="Reports at the clicked marker" data-testid="pin-selection">
          <div className="mb-1 flex items-center justify-between">
            <h2 className="text-sm font-semibold text-gray-900">
              {plural(underPin.length, 'report')}
              {pinSelection.place ? ` at ${pinSelection.place}` : ' here'}
            </h2>
            <button type="button" onClick={onClearPinSelection} className="text-sm text-blue-900 underline">
              Back to the list
            </button>
          </div>
          <ol className="space-y-2">
            {underPin.map((report) => (
              <li key={report.id}>
                <ReportCard
                  report={report}
                  context={context}
                  selected={report.id === state.report}
                  onOpen={onOpenReport}
                />
              </li>
            ))}
          </ol>
        </section>
      )}

      {model.region && (
        <RegionSummary
          region={model.region}
          sectors={data.sectors}
          conditionsByKey={context.conditionsByKey}
          sectorCounts={model.regionSectorCounts}
          latest={model.latest}
          onClose={onCloseRegion}
        />
      )}

      {model.listed.length === 0 ? (
        <div
          role="status"
          className="rounded-lg border border-dashed border-gray-400 p-4 text-sm text-gray-800"
          data-testid="empty-state"
        >
          <p>No report matches these filters{regionName ? ` in ${regionName}` : ''}.</p>
          <button
            type="button"
            onClick={onResetFilters}
            className="mt-2 rounded bg-gray-900 px-3 py-1.5 font-medium text-white"
          >
            Reset filters
          </button>
        </div>
      ) : (
        <ReportList
          key={`${state.region ?? ''}|${model.filters.sectors.join()}|${model.filters.conditions.join()}|${model.filters.from}|${model.filters.to}`}
          reports={model.listed}
          context={context}
          selectedId={state.report}
          onOpen={onOpenReport}
          title={regionName ? `Reports in ${regionName}` : 'All reports'}
        />
      )}
    </div>
  );
}
