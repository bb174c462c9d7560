import type { Region } from '@/lib/schema';
import type { Selection } from '@/lib/selection';

type RegionPickerProps = {
  regions: readonly Region[];
  selected: string | null;
  selection: Selection | null;
  onChange: (slug: string | null) => void;
};

/** Choose a province or prefecture from a list (the keyboard and screen-reader way to the region panel). */
export function RegionPicker({ regions, selected, selection, onChange }: RegionPickerProps) {
  const provinces = regions.filter((region) => region.level === 'province');
  const counts: Record<string, number> = selection
    ? { ...selection.regionCounts.prefectures, ...selection.regionCounts.provinces }
    : {};
  const count = (slug: string) => (selection ? ` — ${counts[slug] ?? 0}` : '');
  return (
    <div className="js-only flex items-center gap-2 print:hidden">
      <label htmlFor="region-picker" className="text-sm font-semibold text-gray-900">
        Region
      </label>
      <select
        id="region-picker"
        value={selected ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        className="min-w-0 flex-1 rounded border border-gray-400 bg-white px-1.5 py-1 text-sm"
      >
        <option value="">Both provinces</option>
        {provinces.map((province) => (
          <optgroup key={province.slug} label={province.name_en}>
            <option value={province.slug}>
              {province.name_en} (whole province){count(province.slug)}
            </option>
            {regions
              .filter((region) => region.level === 'prefecture' && region.province === province.slug)
              .map((region) => (
                <option key={region.slug} value={region.slug}>
                  {region.name_en}
                  {count(region.slug)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
