import type { SectorTerm } from '@/lib/data/page-data';
import type { FacetCount } from '@/lib/view/selection';
import { FacetNumber } from './facet-number';
import { useI18n } from './i18n';

type SectorFilterProps = {
  sectors: readonly SectorTerm[];
  /** Descriptions by key, shown as tooltips once they have arrived. */
  descriptions: Readonly<Record<string, string>>;
  /** Chosen keys; none chosen means all sectors are shown. */
  selected: readonly string[];
  counts: Readonly<Record<string, FacetCount>>;
  onChange: (selected: string[]) => void;
};

const CHIP =
  'inline-flex items-center gap-1.5 rounded-full border py-1 pl-2.5 pr-2 text-sm transition-colors aria-pressed:border-gray-900 aria-pressed:bg-gray-900 aria-pressed:text-white';
const CHIP_OFF = 'border-gray-300 bg-white text-gray-800 hover:border-gray-500';

/**
 * The primary control, in the one model every facet follows: "All sectors" is pressed while none is chosen;
 * pressing a sector shows only it, pressing another adds it, pressing a chosen one takes it away.
 */
export function SectorFilter({ sectors, descriptions, selected, counts, onChange }: SectorFilterProps) {
  const { t } = useI18n();
  const keys = sectors.map((sector) => sector.key);

  const toggle = (key: string) => {
    const next = selected.includes(key) ? selected.filter((candidate) => candidate !== key) : [...selected, key];
    const ordered = keys.filter((candidate) => next.includes(candidate));
    // Every sector chosen shows what no choice shows: keep the address short and the "All" chip pressed.
    onChange(ordered.length === keys.length ? [] : ordered);
  };

  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-semibold text-gray-900">{t('sectors.heading')}</legend>
      <div className="flex flex-wrap gap-1.5">
        <button
          type="button"
          aria-pressed={selected.length === 0}
          onClick={() => onChange([])}
          data-sector-all=""
          className={`${CHIP} ${CHIP_OFF}`}
        >
          {t('sectors.all')}
        </button>
        {sectors.map((sector) => {
          const chosen = selected.includes(sector.key);
          return (
            <button
              key={sector.key}
              type="button"
              aria-pressed={chosen}
              title={descriptions[sector.key]}
              onClick={() => toggle(sector.key)}
              data-sector-toggle={sector.key}
              className={`${CHIP} ${CHIP_OFF}`}
            >
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 rounded-full border border-white/70 dark:ring-1 dark:ring-gray-500"
                style={{ backgroundColor: sector.colour }}
              />
              <span>{sector.label}</span>
              <FacetNumber facet={counts[sector.key] ?? { chosen, count: 0 }} inverted={chosen} />
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
