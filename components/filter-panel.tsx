import type { Descriptions, PageData } from '@/lib/data/page-data';
import type { TimelineEvent } from '@/lib/data/schema';
import type { Selection } from '@/lib/view/selection';
import type { ViewState } from '@/lib/view/view-state';
import { ConditionFilter } from './condition-filter';
import { useI18n } from './i18n';
import { ConfidenceFilter } from './confidence-filter';
import { SectorFilter } from './sector-filter';
import { TimeFilter, type PlaybackControls } from './time-filter';

type FilterPanelProps = {
  page: PageData;
  /** The vocabularies' descriptions, as far as the page has them (tooltips). */
  descriptions: Descriptions;
  view: ViewState;
  /** Null while the reports load for a filtered view: the controls work, their numbers wait. */
  selection: Selection | null;
  events: readonly TimelineEvent[];
  onChange: (change: Partial<ViewState>) => void;
  /** Lists the undated reports (the time chart's "5 undated reports"). */
  onShowUndated: (ids: readonly string[]) => void;
  playback: PlaybackControls;
};

const NO_COUNTS = {};
const NO_IDS: readonly string[] = [];

/** Sector first (the primary control), then condition and time; collapsed behind a disclosure in an embed. */
export function FilterPanel({
  page,
  descriptions,
  view,
  selection,
  events,
  onChange,
  onShowUndated,
  playback,
}: FilterPanelProps) {
  const { t } = useI18n();
  const filters = (
    <div className="space-y-3">
      <SectorFilter
        sectors={page.sectors}
        descriptions={descriptions.sectors}
        selected={view.sectors}
        counts={selection?.sectorCounts ?? NO_COUNTS}
        onChange={(sectors) => onChange({ sectors })}
      />
      <ConditionFilter
        conditions={page.conditions}
        descriptions={descriptions.conditions}
        selected={view.conditions}
        counts={selection?.conditionCounts ?? NO_COUNTS}
        onChange={(conditions) => onChange({ conditions })}
        defaultOpen={false}
      />
      <ConfidenceFilter
        labels={page.confidence}
        selected={view.confidence}
        counts={selection?.confidenceCounts ?? NO_COUNTS}
        onChange={(confidence) => onChange({ confidence })}
      />
      <TimeFilter
        years={selection?.years ?? page.initial.years.map((year) => ({ ...year, count: 0 }))}
        months={selection?.months ?? null}
        sectors={page.sectors}
        events={events}
        from={view.from}
        to={view.to}
        compare={view.compare}
        undated={selection?.undated ?? NO_IDS}
        looselyDated={selection?.looselyDated ?? null}
        onShowUndated={onShowUndated}
        onChange={onChange}
        playback={playback}
      />
    </div>
  );
  if (!view.embed)
    return (
      <section aria-labelledby="filters-heading" className="js-only print:hidden">
        <h2 id="filters-heading" className="sr-only">
          {t('filters.heading')}
        </h2>
        {filters}
      </section>
    );
  return (
    <details className="js-only rounded border border-gray-200 p-2 print:hidden">
      <summary className="cursor-pointer text-sm font-semibold">{t('filters.heading')}</summary>
      <div className="mt-2">{filters}</div>
    </details>
  );
}
