import type { ViewState } from '@/lib/url-state';
import { ConditionFilter } from './condition-filter';
import { SectorFilter } from './sector-filter';
import { TimeFilter } from './time-filter';
import type { DashboardData } from './use-dashboard-model';
import type { useDashboardModel } from './use-dashboard-model';

type FilterPanelProps = {
  data: DashboardData;
  state: ViewState;
  model: ReturnType<typeof useDashboardModel>;
  embed: boolean;
  onChange: (change: Partial<ViewState>) => void;
};

/** Sector first (the primary control), then condition and time; collapsed behind a disclosure in an embed. */
export function FilterPanel({ data, state, model, embed, onChange }: FilterPanelProps) {
  const filters = (
    <div className="space-y-3">
      <SectorFilter
        sectors={data.sectors}
        selected={state.sectors}
        counts={model.sectorCounts}
        onChange={(sectors) => onChange({ sectors })}
      />
      <ConditionFilter
        conditions={data.conditions}
        selected={state.conditions}
        counts={model.conditionCounts}
        onChange={(conditions) => onChange({ conditions })}
        defaultOpen={false}
      />
      <TimeFilter
        years={model.years}
        counts={model.yearCounts}
        from={state.from}
        to={state.to}
        onChange={(from, to) => onChange({ from, to })}
      />
    </div>
  );
  if (!embed) return <section aria-label="Filters">{filters}</section>;
  return (
    <details aria-label="Filters" className="rounded border border-gray-200 p-2">
      <summary className="cursor-pointer text-sm font-semibold">Filters</summary>
      <div className="mt-2">{filters}</div>
    </details>
  );
}
