import type { Comparison } from '@/lib/view/compare';
import { describeComparison, describeStraddling, periodLabel, signedChange } from '@/lib/i18n/compare-text';
import { joinList, regionName } from '@/lib/i18n/text';
import { periodMonths } from '@/lib/view/months';
import type { ConditionTerm, SectorTerm } from '@/lib/data/page-data';
import type { Region, Tone } from '@/lib/data/schema';
import { tones } from '@/lib/data/vocabulary';
import { useI18n } from './i18n';
import { ToneDot } from './tone-dot';
import { ComparePlaces } from './compare-places';

type ComparePanelProps = {
  comparison: Comparison;
  region: Region | null;
  regions: readonly Region[];
  sectors: readonly SectorTerm[];
  conditionsByKey: ReadonlyMap<string, ConditionTerm>;
};

function Change({ value }: { value: number }) {
  return <td className="py-0.5 pl-2 text-right tabular-nums">{signedChange(value)}</td>;
}

/**
 * The two periods side by side for the region in view (or both provinces): counts by sector and by condition tone,
 * the change, the conditions that appear or disappear, and every prefecture's change as a table (the map's
 * diverging shading, in words, components/compare-places.tsx).
 */
export function ComparePanel({ comparison, region, regions, sectors, conditionsByKey }: ComparePanelProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { baseline, focus } = comparison;
  const place = region ? regionName(region, locale) : t('view.bothProvinces');
  const baselineLabel = periodLabel(i18n, baseline.period);
  const focusLabel = periodLabel(i18n, focus.period);
  const sectorRows = sectors.filter(
    (sector) => (baseline.bySector[sector.key] ?? 0) > 0 || (focus.bySector[sector.key] ?? 0) > 0,
  );
  const toneRows = tones.filter((tone: Tone) => baseline.byTone[tone] > 0 || focus.byTone[tone] > 0);
  const straddling = describeStraddling(i18n, comparison);
  const unequal = periodMonths(baseline.period) !== periodMonths(focus.period);
  const conditionName = (key: string) => conditionsByKey.get(key)?.label ?? key;
  const header = (
    <thead>
      <tr className="border-b border-gray-300 text-left text-xs text-gray-700">
        <th scope="col" className="py-0.5 font-medium" />
        <th scope="col" className="py-0.5 text-right font-medium">
          {baselineLabel}
        </th>
        <th scope="col" className="py-0.5 text-right font-medium">
          {focusLabel}
        </th>
        <th scope="col" className="py-0.5 text-right font-medium">
          {t('compare.change')}
        </th>
      </tr>
    </thead>
  );

  return (
    <section
      aria-labelledby="compare-heading"
      className="rounded-lg border border-gray-200 bg-white p-3 text-sm"
      data-testid="compare-panel"
    >
      <h2 id="compare-heading" className="font-semibold text-gray-900">
        {describeComparison(i18n, place, comparison)}
      </h2>
      {unequal && (
        <p className="mt-0.5 text-xs text-gray-700">
          {t('compare.unequal', { baseline: periodMonths(baseline.period), focus: periodMonths(focus.period) })}
        </p>
      )}
      {straddling && (
        <p className="mt-0.5 text-xs text-gray-700" data-testid="compare-straddling">
          {straddling}
        </p>
      )}
      <table className="mt-2 w-full text-sm" data-testid="compare-table">
        <caption className="sr-only">
          {t('compare.caption', { place, baseline: baselineLabel, focus: focusLabel })}
        </caption>
        {header}
        <tbody>
          <tr className="border-b border-gray-200 font-semibold">
            <th scope="row" className="py-0.5 text-left">
              {t('compare.all')}
            </th>
            <td className="py-0.5 pl-2 text-right tabular-nums">{baseline.total}</td>
            <td className="py-0.5 pl-2 text-right tabular-nums">{focus.total}</td>
            <Change value={focus.total - baseline.total} />
          </tr>
          <tr>
            <th scope="rowgroup" colSpan={4} className="pt-1.5 text-left text-xs font-medium text-gray-700">
              {t('compare.bySector')}
            </th>
          </tr>
          {sectorRows.map((sector) => (
            <tr key={sector.key} className="border-b border-gray-100">
              <th scope="row" className="py-0.5 text-left font-normal">
                <span
                  aria-hidden="true"
                  className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full dark:ring-1 dark:ring-gray-500"
                  style={{ backgroundColor: sector.colour }}
                />
                {sector.label}
              </th>
              <td className="py-0.5 pl-2 text-right tabular-nums">{baseline.bySector[sector.key] ?? 0}</td>
              <td className="py-0.5 pl-2 text-right tabular-nums">{focus.bySector[sector.key] ?? 0}</td>
              <Change value={(focus.bySector[sector.key] ?? 0) - (baseline.bySector[sector.key] ?? 0)} />
            </tr>
          ))}
          <tr>
            <th scope="rowgroup" colSpan={4} className="pt-1.5 text-left text-xs font-medium text-gray-700">
              {t('compare.byTone')}
            </th>
          </tr>
          {toneRows.map((tone) => (
            <tr key={tone} className="border-b border-gray-100">
              <th scope="row" className="py-0.5 text-left font-normal">
                <span className="inline-flex items-center gap-1.5">
                  <ToneDot tone={tone} />
                  {t(`tone.${tone}`)}
                </span>
              </th>
              <td className="py-0.5 pl-2 text-right tabular-nums">{baseline.byTone[tone]}</td>
              <td className="py-0.5 pl-2 text-right tabular-nums">{focus.byTone[tone]}</td>
              <Change value={focus.byTone[tone] - baseline.byTone[tone]} />
            </tr>
          ))}
        </tbody>
      </table>
      {(comparison.appeared.length > 0 || comparison.disappeared.length > 0) && (
        <dl className="mt-2 space-y-1 text-xs">
          {comparison.appeared.length > 0 && (
            <div>
              <dt className="inline font-medium">{t('compare.onlyIn', { period: focusLabel })} </dt>
              <dd className="inline" data-testid="appeared">
                {joinList(i18n, comparison.appeared.map(conditionName), 'comma')}
              </dd>
            </div>
          )}
          {comparison.disappeared.length > 0 && (
            <div>
              <dt className="inline font-medium">{t('compare.onlyIn', { period: baselineLabel })} </dt>
              <dd className="inline" data-testid="disappeared">
                {joinList(i18n, comparison.disappeared.map(conditionName), 'comma')}
              </dd>
            </div>
          )}
        </dl>
      )}
      {region === null && <ComparePlaces comparison={comparison} regions={regions} header={header} />}
    </section>
  );
}
