import type { SectorTerm } from '@/lib/data/page-data';
import type { FacetCount } from '@/lib/view/selection';
import { FacetNumber } from './facet-number';
import { useI18n } from './i18n';

type SectorFilterProps = {
  sectors: readonly SectorTerm[];
  /** Descriptions by key, shown as tooltips once they have arrived. */
  descriptions: Readonly<Record<string, string>>;
  /** Selected keys; empty = all shown. */
  selected: readonly string[];
  counts: Readonly<Record<string, FacetCount>>;
  onChange: (selected: string[]) => void;
};

/**
 * The primary control: one toggle per sector (its accessible name starts with the visible label and number),
 * each with "only" beside it, so one sector takes one action; "All sectors" restores every one.
 */
export function SectorFilter({ sectors, descriptions, selected, counts, onChange }: SectorFilterProps) {
  const { t } = useI18n();
  const showsAll = selected.length === 0;
  const isOn = (key: string) => showsAll || selected.includes(key);
  const keys = sectors.map((sector) => sector.key);

  const toggle = (key: string) => {
    const current = showsAll ? keys : [...selected];
    const next = current.includes(key) ? current.filter((candidate) => candidate !== key) : [...current, key];
    const ordered = keys.filter((candidate) => next.includes(candidate));
    // Every sector on is the same as no filter; none on would show nothing, so it also resets.
    onChange(ordered.length === sectors.length ? [] : ordered);
  };

  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-semibold text-gray-900">{t('sectors.heading')}</legend>
      <div className="flex flex-wrap gap-1.5">
        {sectors.map((sector) => {
          const on = isOn(sector.key);
          const only = selected.length === 1 && selected[0] === sector.key;
          return (
            <span key={sector.key} className="inline-flex items-stretch">
              <button
                type="button"
                aria-pressed={on}
                title={descriptions[sector.key]}
                onClick={() => toggle(sector.key)}
                data-sector-toggle={sector.key}
                className={`inline-flex items-center gap-1.5 rounded-l-full border py-1 pl-2.5 pr-2 text-sm transition-colors ${
                  on
                    ? 'border-gray-800 bg-gray-900 text-white'
                    : 'border-gray-300 bg-white text-gray-700 hover:border-gray-500'
                }`}
              >
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-3 rounded-full border border-white/70"
                  style={{ backgroundColor: sector.colour }}
                />
                <span>{sector.label}</span>
                <FacetNumber facet={counts[sector.key] ?? { on, count: 0 }} inverted={on} />
              </button>
              <button
                type="button"
                onClick={() => onChange([sector.key])}
                disabled={only}
                aria-label={t('sectors.onlyLabel', { sector: sector.label })}
                data-sector-only={sector.key}
                className="rounded-r-full border border-l-0 border-gray-300 bg-white px-1.5 text-xs text-gray-700 hover:bg-gray-100 disabled:text-gray-400"
              >
                {t('sectors.only')}
              </button>
            </span>
          );
        })}
      </div>
      {!showsAll && (
        <button type="button" onClick={() => onChange([])} className="mt-1.5 text-sm text-blue-800 underline">
          {t('sectors.all')}
        </button>
      )}
    </fieldset>
  );
}
