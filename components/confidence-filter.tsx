import type { ConfidenceTerm } from '@/lib/data/page-data';
import type { FacetCount } from '@/lib/view/selection';
import { FacetNumber } from './facet-number';
import { useI18n } from './i18n';

/** One click to the strongest sourcing: presets over the eight labels. */
export const CONFIDENCE_PRESETS = [
  { label: 'confidence.presetOfficial', keys: ['official-document', 'investigation'] },
  { label: 'confidence.presetOnSite', keys: ['on-site-reporting', 'named-sources'] },
  { label: 'confidence.presetAll', keys: [] },
] as const satisfies readonly { label: string; keys: readonly string[] }[];

type ConfidenceFilterProps = {
  labels: readonly ConfidenceTerm[];
  selected: readonly string[];
  counts: Readonly<Record<string, FacetCount>>;
  onChange: (selected: string[]) => void;
};

/** How the information was sourced, as a filter: presets, then each label with its plain-language meaning. */
export function ConfidenceFilter({ labels, selected, counts, onChange }: ConfidenceFilterProps) {
  const { t } = useI18n();
  const keys = labels.map((label) => label.key);
  const ordered = (next: readonly string[]) => {
    const kept = keys.filter((key) => next.includes(key));
    return kept.length === keys.length ? [] : kept;
  };
  const isPreset = (preset: readonly string[]) =>
    ordered(preset).join() === selected.join() && (preset.length > 0 || selected.length === 0);
  return (
    <details className="group" open={selected.length > 0}>
      <summary className="cursor-pointer text-sm font-semibold text-gray-900">
        {t('confidence.heading')}
        {selected.length > 0 ? ` ${t('filters.selected', { count: selected.length })}` : ''}
      </summary>
      <div className="mt-1.5 flex flex-wrap gap-1.5">
        {CONFIDENCE_PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            aria-pressed={isPreset(preset.keys)}
            onClick={() => onChange(ordered(preset.keys))}
            className="rounded-full border border-gray-400 px-2 py-0.5 text-xs text-gray-900 aria-pressed:border-gray-900 aria-pressed:bg-gray-900 aria-pressed:text-white"
          >
            {t(preset.label)}
          </button>
        ))}
      </div>
      <div className="mt-1.5 grid grid-cols-1 gap-y-0.5">
        {labels.map((label) => (
          <label key={label.key} className="flex items-center gap-1.5 text-sm text-gray-800">
            <input
              type="checkbox"
              className="h-4 w-4 accent-gray-900"
              checked={selected.includes(label.key)}
              onChange={(event) =>
                onChange(
                  ordered(
                    event.target.checked
                      ? [...selected, label.key]
                      : selected.filter((candidate) => candidate !== label.key),
                  ),
                )
              }
              data-confidence-toggle={label.key}
            />
            <span>{label.label}</span>
            {label.strength === 'secondary' && (
              <span className="text-xs text-gray-600">{t('confidence.secondary')}</span>
            )}
            <FacetNumber facet={counts[label.key] ?? { chosen: selected.includes(label.key), count: 0 }} />
          </label>
        ))}
      </div>
    </details>
  );
}
