import { formatReportDate, joinList, regionName } from '@/lib/i18n/text';
import type { ConditionTerm, SectorTerm } from '@/lib/data/page-data';
import type { Region, Search, TimelineEvent } from '@/lib/data/schema';
import type { Selection } from '@/lib/view/selection';
import { useI18n } from './i18n';
import { ToneDot } from './tone-dot';

type RegionSummaryProps = {
  region: Region;
  /** The prefecture's province (null for a province itself), for "Prefecture-level region of Liaoning". */
  province: Region | null;
  sectors: readonly SectorTerm[];
  conditionsByKey: ReadonlyMap<string, ConditionTerm>;
  /** Null while the reports load for a filtered view. */
  selection: Selection | null;
  /** The searches made where no report was found at all; null for a region with reports. */
  searches: readonly Search[] | null;
  /** Timeline events that name this region. */
  events: readonly TimelineEvent[];
  onClose: () => void;
};

/** A region's names: the page's language first, then the others (Chinese before Korean, as on the English page). */
function RegionNames({ region }: { region: Region }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const names = [
    { locale: 'en', lang: 'en', name: region.name_en },
    { locale: 'zh', lang: 'zh-Hans', name: region.name_zh },
    { locale: 'ko', lang: 'ko', name: region.name_ko },
  ];
  const primary = names.find((entry) => entry.locale === locale) ?? names[0];
  const others = names.filter((entry) => entry !== primary);
  const alternatives = region.name_ko_alt && (
    <span lang="ko" className="region-names ml-1 text-sm font-normal text-gray-700">
      {t('region.also', { names: joinList(i18n, region.name_ko_alt, 'comma') })}
    </span>
  );
  return (
    <>
      {primary?.name}
      {locale === 'ko' && alternatives}
      {others.map((entry) => (
        <span key={entry.locale}>
          {' '}
          <span lang={entry.lang} className="region-names font-normal">
            {entry.name}
          </span>
        </span>
      ))}
      {locale !== 'ko' && alternatives}
    </>
  );
}

/** A region's names in three languages, its counts by sector and the latest reported condition per sector. */
export function RegionSummary({
  region,
  province,
  sectors,
  conditionsByKey,
  selection,
  searches,
  events,
  onClose,
}: RegionSummaryProps) {
  const i18n = useI18n();
  const { t, locale, date, number } = i18n;
  const here = events.filter((event) => event.places?.includes(region.slug));
  const sectorCounts = selection?.listedBySector ?? {};
  const present = sectors.filter((sector) => (sectorCounts[sector.key] ?? 0) > 0);
  // With sectors chosen, the other sectors' rows count the chosen reports that also carry them: labelled apart,
  // so they are not read as what choosing that sector would show (its chip says that).
  const chosen = selection?.filters.sectors ?? [];
  const chosenRows = present.filter((sector) => chosen.length === 0 || chosen.includes(sector.key));
  const alsoTagged = present.filter((sector) => chosen.length > 0 && !chosen.includes(sector.key));
  const renderRow = (sector: (typeof sectors)[number]) => {
    const report = selection?.latest[sector.key];
    const conditions =
      report?.conditions.map((key) => conditionsByKey.get(key)).filter((condition) => condition !== undefined) ?? [];
    return (
      <tr key={sector.key} className="border-t border-gray-200 align-top">
        <th scope="row" className="py-1 pr-2 font-normal">
          <span className="inline-flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="h-2.5 w-2.5 rounded-full dark:ring-1 dark:ring-gray-500"
              style={{ backgroundColor: sector.colour }}
            />
            {sector.label}
          </span>
        </th>
        <td className="py-1 pr-2 tabular-nums">{number(sectorCounts[sector.key] ?? 0)}</td>
        <td className="py-1">
          {conditions.map((condition) => (
            <span key={condition.key} className="mr-1.5 inline-flex items-center gap-1">
              <ToneDot tone={condition.tone} />
              {condition.label}
            </span>
          ))}
          {report && <span className="text-xs text-gray-700">({formatReportDate(i18n, report)})</span>}
        </td>
      </tr>
    );
  };
  return (
    <section
      aria-labelledby="region-heading"
      data-testid="region-summary"
      className="rounded-lg border border-gray-200 bg-gray-50 p-3"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="region-heading" className="text-lg font-semibold leading-tight">
          <RegionNames region={region} />
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="shrink-0 rounded px-2 py-0.5 text-sm text-blue-900 underline"
        >
          {t('region.bothProvinces')}
        </button>
      </div>
      <p className="text-xs text-gray-700">
        {region.level === 'province'
          ? t('region.province')
          : t('region.prefectureOf', { province: province ? regionName(province, locale) : region.province })}{' '}
        ·{' '}
        <span lang="zh-Hans" className="region-names">
          {region.name_zh_full}
        </span>{' '}
        · GB/T 2260 {region.code}
      </p>
      {searches ? (
        <div
          className="mt-2 rounded border border-dashed border-gray-500 bg-white p-2 text-sm"
          data-testid="none-found"
        >
          <p className="font-medium">{t('region.noneFound', { count: searches.length })}</p>
          <p className="text-xs text-gray-700">{t('region.nothingThere')}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-gray-800">
            {searches.map((search, index) => (
              <li key={index}>
                <span lang={search.language}>{search.query}</span>{' '}
                {t('region.searchMeta', { language: t(`language.${search.language}`), date: search.date })}
              </li>
            ))}
          </ul>
        </div>
      ) : selection === null ? null : present.length === 0 ? (
        <p className="mt-2 text-sm text-gray-800">{t('region.noMatch')}</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{t('region.tableCaption')}</caption>
          <thead>
            <tr className="text-xs text-gray-700">
              <th scope="col" className="font-medium">
                {t('region.colSector')}
              </th>
              <th scope="col" className="whitespace-nowrap pr-2 font-medium">
                {t('region.colReports')}
              </th>
              <th scope="col" className="font-medium">
                {t('region.colLatest')}
              </th>
            </tr>
          </thead>
          <tbody>{chosenRows.map(renderRow)}</tbody>
          {alsoTagged.length > 0 && (
            <tbody data-testid="also-tagged">
              <tr className="border-t border-gray-300">
                <th scope="rowgroup" colSpan={3} className="pt-1.5 text-xs font-medium text-gray-700">
                  {t('region.alsoTagged')}
                </th>
              </tr>
              {alsoTagged.map(renderRow)}
            </tbody>
          )}
        </table>
      )}
      {here.length > 0 && (
        <div className="mt-2 text-xs" data-testid="region-events">
          <h3 className="font-semibold text-gray-900">{t('region.events')}</h3>
          <ol className="mt-0.5 space-y-0.5">
            {here.map((event) => (
              <li key={event.id}>
                <span className="tabular-nums text-gray-700">{date(event.date)}</span>{' '}
                <a
                  href={event.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="touch-link text-blue-900 underline"
                  lang={locale === 'en' ? undefined : 'en'}
                >
                  {event.label}
                </a>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
