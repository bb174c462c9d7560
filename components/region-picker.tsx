import type { Region } from '@/lib/data/schema';
import { regionName } from '@/lib/i18n/text';
import type { Selection } from '@/lib/view/selection';
import { useI18n } from './i18n';

type RegionPickerProps = {
  regions: readonly Region[];
  selected: string | null;
  selection: Selection | null;
  onChange: (slug: string | null) => void;
};

/** Choose a province or prefecture from a list (the keyboard and screen-reader way to the region panel). */
export function RegionPicker({ regions, selected, selection, onChange }: RegionPickerProps) {
  const { t, locale, number } = useI18n();
  const provinces = regions.filter((region) => region.level === 'province');
  const counts: Record<string, number> = selection
    ? { ...selection.regionCounts.prefectures, ...selection.regionCounts.provinces }
    : {};
  const count = (slug: string) => (selection ? ` — ${number(counts[slug] ?? 0)}` : '');
  return (
    <div className="js-only flex items-center gap-2 print:hidden">
      <label htmlFor="region-picker" className="text-sm font-semibold text-gray-900">
        {t('picker.label')}
      </label>
      <select
        id="region-picker"
        value={selected ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        className="min-w-0 flex-1 rounded border border-gray-400 bg-white px-1.5 py-1 text-sm"
      >
        <option value="">{t('picker.both')}</option>
        {provinces.map((province) => (
          <optgroup key={province.slug} label={regionName(province, locale)}>
            <option value={province.slug}>
              {t('picker.wholeProvince', { name: regionName(province, locale) })}
              {count(province.slug)}
            </option>
            {regions
              .filter((region) => region.level === 'prefecture' && region.province === province.slug)
              .map((region) => (
                <option key={region.slug} value={region.slug}>
                  {regionName(region, locale)}
                  {count(region.slug)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
