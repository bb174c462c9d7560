import { formatObservedDate, formatReportDate, localPlaceName, placeLabel, type UiI18n } from '@/lib/i18n/text';
import { isDateRange } from '@/lib/view/filters';
import type { ConditionTerm, SectorTerm } from '@/lib/data/page-data';
import { sourceDomain } from '@/lib/data/provenance';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import type { Place, Region, Report } from '@/lib/data/schema';
import { useI18n } from './i18n';
import { richText } from './rich-text';
import { ToneDot } from './tone-dot';

/**
 * When a report was published and, where the source dates it apart, the time it describes. Takes the words as a
 * prop, not from context, so the record's server-rendered page (components/report-page.tsx) says it the same way.
 */
export function ReportDates({
  i18n,
  report,
}: {
  i18n: UiI18n;
  report: Pick<ReportIndexEntry, 'published' | 'published_inferred' | 'observed'>;
}) {
  const { t } = i18n;
  return (
    <>
      {report.published === undefined
        ? t('date.undated')
        : richText(t, 'card.published', {
            date: <time dateTime={report.published}>{formatReportDate(i18n, report)}</time>,
          })}
      {report.observed &&
        richText(t, 'card.describes', {
          // A range has no machine-readable form in <time>: it is said in words.
          date: isDateRange(report.observed) ? (
            <span data-testid="date-range">{formatObservedDate(i18n, report.observed)}</span>
          ) : (
            <time dateTime={report.observed}>{formatObservedDate(i18n, report.observed)}</time>
          ),
        })}
    </>
  );
}

/**
 * The line above the title: when, who, in which language, and where the link leads (the address travels with the
 * texts, so a card waiting for them shows it when they come).
 */
export function ReportMeta({
  entry,
  url,
  uncertain = false,
}: {
  entry: ReportIndexEntry;
  url: string | undefined;
  uncertain?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { source } = entry;
  return (
    <p className="flex flex-wrap gap-x-2 text-xs text-gray-700">
      <span>
        <ReportDates i18n={i18n} report={entry} />
        {uncertain && (
          <span className="text-amber-900" data-testid="uncertain-in-window">
            {' '}
            {t('card.uncertainInWindow')}
          </span>
        )}
      </span>
      <span aria-hidden="true">·</span>
      <span className="font-medium text-gray-900">{source.outlet}</span>
      {source.language !== 'en' && <span>{t('card.language', { language: t(`language.${source.language}`) })}</span>}
      {url !== undefined && (
        <span className="text-gray-600" data-testid="source-domain">
          {sourceDomain(url)}
        </span>
      )}
    </p>
  );
}

/** The source's headline, or our description of it when it has none (the texts file carries both). */
export function ReportTitle({ report, english }: { report: Report; english: string | undefined }) {
  const { t } = useI18n();
  const { source } = report;
  return (
    source.title ?? (
      <span className="font-normal italic">
        {richText(t, 'card.untitled', { description: <span lang={english}>{source.description}</span> })}
      </span>
    )
  );
}

export function ReportTags({
  entry,
  sectorsByKey,
  conditionsByKey,
}: {
  entry: ReportIndexEntry;
  sectorsByKey: ReadonlyMap<string, SectorTerm>;
  conditionsByKey: ReadonlyMap<string, ConditionTerm>;
}) {
  const { t } = useI18n();
  return (
    <>
      <p className="sr-only">{t('card.tags')}</p>
      <ul className="mt-2 flex flex-wrap gap-1">
        {entry.sectors.map((key) => {
          const sector = sectorsByKey.get(key);
          return (
            <li
              key={`s-${key}`}
              className="inline-flex items-center gap-1 rounded-full bg-gray-100 px-2 py-0.5 text-xs text-gray-900"
            >
              <span
                aria-hidden="true"
                className="h-2.5 w-2.5 rounded-full dark:ring-1 dark:ring-gray-500"
                style={{ backgroundColor: sector?.colour }}
              />
              {sector?.label ?? key}
            </li>
          );
        })}
        {entry.conditions.map((key) => {
          const condition = conditionsByKey.get(key);
          return (
            <li
              key={`c-${key}`}
              className="inline-flex items-center gap-1 rounded-full border border-gray-300 px-2 py-0.5 text-xs text-gray-900"
            >
              {condition && <ToneDot tone={condition.tone} />}
              {condition?.label ?? key}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Our summary and the figures the source gives: a whole report's only. */
export function ReportProse({ report, english }: { report: Report; english: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {english && <p className="mt-2 text-xs font-medium text-gray-600">{t('card.englishSummary')}</p>}
      <p className={`${english ? '' : 'mt-2 '}leading-relaxed text-gray-900`} lang={english}>
        {report.summary}
      </p>
      {report.figures && report.figures.length > 0 && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs" lang={english}>
          {report.figures.map((figure, index) => (
            <div key={index} className="contents">
              <dt className="text-gray-700">{figure.label}</dt>
              <dd className="font-medium text-gray-900">
                {/* English pages give our rendering with the source's own words beneath; Korean and Chinese pages
                    give the source's words, which their readers read as written. */}
                {english !== undefined && figure.original !== undefined ? (
                  <span lang={report.source.language}>{figure.original}</span>
                ) : (
                  figure.value
                )}
                {english === undefined && figure.original !== undefined && (
                  <span className="block font-normal text-gray-700" lang={report.source.language}>
                    {figure.original}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/**
 * In place of the summary while the texts are on their way: a short line, never an empty paragraph. A printout
 * made meanwhile (or after the texts failed) says plainly that the summary is missing, and where to read it.
 */
export function PendingProse({ failed, reportPage }: { failed: boolean; reportPage: string }) {
  const { t } = useI18n();
  return (
    <>
      {failed ? (
        <p className="mt-2 text-gray-800" data-testid="summary-missing">
          {t('card.summaryNotLoaded')}
        </p>
      ) : (
        <>
          <p className="mt-2 text-gray-700 print:hidden" aria-busy="true" data-testid="summary-loading">
            {t('card.summaryLoading')}
          </p>
          <p className="mt-2 hidden print:block">{t('card.summaryNotLoaded')}</p>
        </>
      )}
      <p className="hidden break-all text-xs print:block">{t('card.reportPage', { url: reportPage })}</p>
    </>
  );
}

export function ReportPlaces({
  entry,
  regionsBySlug,
  onPlace,
}: {
  entry: ReportIndexEntry;
  regionsBySlug: ReadonlyMap<string, Region>;
  onPlace: (place: Place) => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-gray-700">
      <span>{t('card.places')}</span>
      {entry.places.map((place, index) => (
        <button
          key={index}
          type="button"
          onClick={() => onPlace(place)}
          className="inline-flex min-h-6 items-center text-blue-900 underline underline-offset-2"
          data-place={place.name ?? place.region}
        >
          {placeLabel(i18n, place, localPlaceName(place, regionsBySlug.get(place.region), locale))}
        </button>
      ))}
    </div>
  );
}
