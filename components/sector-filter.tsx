import type { Sector } from '@/lib/schema';

type SectorFilterProps = {
  sectors: readonly Sector[];
  /** Selected keys; empty = all shown. */
  selected: readonly string[];
  counts: Record<string, number>;
  onChange: (selected: string[]) => void;
};

/**
 * The primary control: one toggle per sector, its accessible name starting with the label and ending with
 * its count ("Textile 45 reports"), matching the visible text.
 */
export function SectorFilter({ sectors, selected, counts, onChange }: SectorFilterProps) {
  const showsAll = selected.length === 0;
  const isOn = (key: string) => showsAll || selected.includes(key);

  const toggle = (key: string) => {
    const current = showsAll ? sectors.map((sector) => sector.key) : [...selected];
    const next = current.includes(key) ? current.filter((candidate) => candidate !== key) : [...current, key];
    const ordered = sectors.map((sector) => sector.key).filter((candidate) => next.includes(candidate));
    // Every sector on is the same as no filter; none on would show nothing, so it also resets.
    onChange(ordered.length === sectors.length ? [] : ordered);
  };

  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-semibold text-gray-900">Sectors</legend>
      <div className="flex flex-wrap gap-1.5">
        {sectors.map((sector) => {
          const on = isOn(sector.key);
          const count = counts[sector.key] ?? 0;
          return (
            <button
              key={sector.key}
              type="button"
              aria-pressed={on}
              title={sector.description}
              onClick={() => toggle(sector.key)}
              data-sector-toggle={sector.key}
              className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-sm transition-colors ${
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
              <span className={`tabular-nums ${on ? 'text-gray-200' : 'text-gray-600'}`}>{count}</span>
              <span className="sr-only"> report{count === 1 ? '' : 's'}</span>
            </button>
          );
        })}
      </div>
      {!showsAll && (
        <button type="button" onClick={() => onChange([])} className="mt-1.5 text-sm text-blue-800 underline">
          Show all sectors
        </button>
      )}
    </fieldset>
  );
}
