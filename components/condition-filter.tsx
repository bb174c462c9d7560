import type { ConditionTerm } from '@/lib/data/page-data';
import type { FacetCount } from '@/lib/view/selection';
import { FacetNumber } from './facet-number';
import { useI18n } from './i18n';
import { ToneDot } from './tone-dot';

type ConditionFilterProps = {
  conditions: readonly ConditionTerm[];
  /** Descriptions by key, shown as tooltips once they have arrived. */
  descriptions: Readonly<Record<string, string>>;
  selected: readonly string[];
  counts: Readonly<Record<string, FacetCount>>;
  onChange: (selected: string[]) => void;
  defaultOpen: boolean;
};

/** Reported conditions as native checkboxes, inside a disclosure so the sector toggles stay first. */
export function ConditionFilter({
  conditions,
  descriptions,
  selected,
  counts,
  onChange,
  defaultOpen,
}: ConditionFilterProps) {
  const { t } = useI18n();
  const toggle = (key: string, checked: boolean) => {
    const next = checked ? [...selected, key] : selected.filter((candidate) => candidate !== key);
    const ordered = conditions.map((condition) => condition.key).filter((candidate) => next.includes(candidate));
    onChange(ordered.length === conditions.length ? [] : ordered);
  };
  return (
    <details className="group" open={defaultOpen || selected.length > 0}>
      <summary className="cursor-pointer text-sm font-semibold text-gray-900">
        {t('conditions.heading')}
        {selected.length > 0 ? ` ${t('filters.selected', { count: selected.length })}` : ''}
      </summary>
      <div className="mt-1.5 grid grid-cols-1 gap-x-3 gap-y-0.5 sm:grid-cols-2">
        {conditions.map((condition) => {
          const facet = counts[condition.key] ?? { chosen: selected.includes(condition.key), count: 0 };
          return (
            <label
              key={condition.key}
              className="flex items-center gap-1.5 text-sm text-gray-800"
              title={descriptions[condition.key]}
            >
              <input
                type="checkbox"
                className="h-4 w-4 accent-gray-900"
                checked={selected.includes(condition.key)}
                onChange={(event) => toggle(condition.key, event.target.checked)}
                data-condition-toggle={condition.key}
              />
              <ToneDot tone={condition.tone} />
              <span>{condition.label}</span>
              <FacetNumber facet={facet} />
            </label>
          );
        })}
      </div>
      {selected.length > 0 && (
        <button type="button" onClick={() => onChange([])} className="mt-1 text-sm text-blue-800 underline">
          {t('conditions.any')}
        </button>
      )}
    </details>
  );
}
