import { changeColours, changeKey } from '@/lib/view/change-bins';
import { changeRows, type Comparison } from '@/lib/view/compare';
import { describeLargestChange, signedChange } from '@/lib/i18n/compare-text';
import { regionName } from '@/lib/i18n/text';
import type { Region } from '@/lib/data/schema';
import { useI18n } from './i18n';
import { useTheme } from './theme';

type ComparePlacesProps = {
  comparison: Comparison;
  regions: readonly Region[];
  /** The table's column headings (the two periods and the change), shared with the panel's other table. */
  header: React.ReactNode;
};

/**
 * Every prefecture's change, largest first, with the provinces' reports that name no prefecture as their own rows:
 * the map's diverging shading in words, and the answer in one line ("Largest change: Shenyang, 16 → 4").
 */
export function ComparePlaces({ comparison, regions, header }: ComparePlacesProps) {
  const i18n = useI18n();
  const changeColour = changeColours(useTheme());
  const { t, locale } = i18n;
  const bySlug = new Map(regions.map((region) => [region.slug, region]));
  const rows = changeRows(comparison, regions).map((row) => {
    const region = bySlug.get(row.slug);
    const name = region ? regionName(region, locale) : row.slug;
    return { ...row, name: row.kind === 'province' ? t('compare.provinceWide', { province: name }) : name };
  });
  if (rows.length === 0) return null;
  const largest = describeLargestChange(
    i18n,
    rows.filter((row) => row.kind === 'prefecture'),
  );
  return (
    <div className="mt-2">
      <p className="text-xs font-medium">{t('compare.byPrefecture')}</p>
      {largest && (
        <p className="mt-0.5 text-sm font-medium text-gray-900" data-testid="compare-largest">
          {largest}
        </p>
      )}
      <table className="mt-1 w-full text-xs" data-testid="compare-places">
        <caption className="sr-only">{t('compare.prefectureCaption')}</caption>
        {header}
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.kind}:${row.slug}`}
              className="border-b border-gray-100"
              data-kind={row.kind}
              data-slug={row.slug}
            >
              <th scope="row" className="py-0.5 text-left font-normal">
                <span
                  aria-hidden="true"
                  className="mr-1.5 inline-block h-2.5 w-3 border border-gray-400"
                  style={{
                    // Province-wide reports are not shaded on the map (its badges count them): no swatch.
                    backgroundColor:
                      row.kind === 'prefecture' ? changeColour[changeKey(comparison.scale, row)] : 'transparent',
                    borderStyle: row.kind === 'prefecture' ? 'solid' : 'dashed',
                  }}
                />
                {row.name}
              </th>
              <td className="py-0.5 pl-2 text-right tabular-nums">{row.baseline}</td>
              <td className="py-0.5 pl-2 text-right tabular-nums">{row.focus}</td>
              <td className="py-0.5 pl-2 text-right tabular-nums">{signedChange(row.focus - row.baseline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
