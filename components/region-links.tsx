import type { Region } from '@/lib/data/schema';
import { localePath } from '@/lib/i18n/locales';
import { regionName } from '@/lib/i18n/text';
import type { Selection } from '@/lib/view/selection';
import { useI18n } from './i18n';

type RegionLinksProps = {
  regions: readonly Region[];
  selection: Selection | null;
  onSelect: (slug: string) => void;
};

/**
 * Every region as a plain link with its count: the way to the 25 region pages without JavaScript (and for
 * readers, crawlers and archives); with JavaScript a click selects the region in place.
 */
export function RegionLinks({ regions, selection, onSelect }: RegionLinksProps) {
  const { t, locale, number } = useI18n();
  const provinces = regions.filter((region) => region.level === 'province');
  const countOf = (region: Region) =>
    selection === null
      ? null
      : region.level === 'province'
        ? (selection.regionCounts.provinces[region.slug] ?? 0)
        : (selection.regionCounts.prefectures[region.slug] ?? 0);
  const link = (region: Region, label: string) => {
    const count = countOf(region);
    return (
      <a
        href={localePath(locale, `/regions/${region.slug}`)}
        onClick={(event) => {
          event.preventDefault();
          onSelect(region.slug);
        }}
        className="touch-link text-blue-900 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-900"
      >
        {label}
        {count !== null && <span className="text-gray-700 no-underline"> ({number(count)})</span>}
      </a>
    );
  };
  return (
    <details className="rounded border border-gray-200 px-2 py-1.5 text-sm print:hidden" data-testid="region-links">
      <summary className="cursor-pointer font-semibold text-gray-900">{t('regions.all')}</summary>
      <nav aria-label={t('regions.nav')} className="mt-1 grid gap-2 sm:grid-cols-2">
        {provinces.map((province) => (
          <div key={province.slug}>
            <h3 className="font-medium">{link(province, regionName(province, locale))}</h3>
            <ul className="mt-0.5 space-y-0.5 pl-2">
              {regions
                .filter((region) => region.level === 'prefecture' && region.province === province.slug)
                .map((region) => (
                  <li key={region.slug}>{link(region, regionName(region, locale))}</li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
    </details>
  );
}
