import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { ConditionTerm, ConfidenceTerm, SectorTerm } from '@/lib/page-data';
import type { Place, Region, Report } from '@/lib/schema';
import { formatReportDate, placeLabel, regionName } from '@/lib/i18n/text';
import { sourceDomain } from '@/lib/provenance';
import { useI18n } from './i18n';
import { ReportProvenance } from './report-provenance';
import { richText } from './rich-text';
import { ToneDot } from './tone-dot';

export type ReportCardContext = {
  sectorsByKey: ReadonlyMap<string, SectorTerm>;
  conditionsByKey: ReadonlyMap<string, ConditionTerm>;
  confidenceByKey: ReadonlyMap<string, ConfidenceTerm>;
  /** What each sourcing label means, by key, once known (the first paint carries those of its own cards). */
  confidenceDescriptions: Readonly<Record<string, string>>;
  regionsBySlug: ReadonlyMap<string, Region>;
  /** Other records of the report's event; empty until the dataset has loaded. */
  siblingsOf: (report: Report) => readonly Report[];
  onPlace: (place: Place) => void;
  onOpenReport: (id: string) => void;
  /** Opens the citation dialog for a report. */
  onCite: (report: Report) => void | Promise<void>;
};

type ReportCardProps = {
  report: Report;
  context: ReportCardContext;
  selected?: boolean;
  headingLevel?: 'h3' | 'h4';
  onOpen?: (id: string) => void;
};

/**
 * A place's name on a card: the region's name in the page's language when the place is the region (or its seat
 * under the same name), else the name the record gives (most are romanised town names).
 */
function placeName(place: Place, region: Region | undefined, locale: Locale): string {
  if (!region) return place.name ?? place.region;
  return place.name === undefined || place.name === region.name_en ? regionName(region, locale) : place.name;
}

/** One cited report: everything a reader needs to judge it, with a link to the source. */
export function ReportCard({
  report,
  context,
  selected = false,
  headingLevel: Heading = 'h3',
  onOpen,
}: ReportCardProps) {
  const i18n = useI18n();
  const { t, date, locale } = i18n;
  // Our summaries, notes and figures are in English: on a Korean or Chinese page they say so (lang="en").
  const english = locale === 'en' ? undefined : 'en';
  const { source } = report;
  // Cards can appear twice (the open report and the list): ids from useId stay unique.
  const titleId = useId();
  const translated = source.title !== undefined && source.title_en !== undefined && source.title_en !== source.title;
  return (
    <article
      id={`report-${report.id}`}
      data-report-id={report.id}
      aria-current={selected ? 'true' : undefined}
      className={`rounded-lg border bg-white p-3 text-sm ${selected ? 'border-blue-700 ring-2 ring-blue-700' : 'border-gray-200'}`}
    >
      <p className="flex flex-wrap gap-x-2 text-xs text-gray-700">
        <span>
          {richText(t, 'card.published', {
            date: <time dateTime={report.published}>{formatReportDate(i18n, report)}</time>,
          })}
          {report.observed &&
            richText(t, 'card.describes', {
              date: <time dateTime={report.observed}>{date(report.observed)}</time>,
            })}
        </span>
        <span aria-hidden="true">·</span>
        <span className="font-medium text-gray-900">{source.outlet}</span>
        {source.language !== 'en' && <span>{t('card.language', { language: t(`language.${source.language}`) })}</span>}
        <span className="text-gray-600" data-testid="source-domain">
          {sourceDomain(source.url)}
        </span>
      </p>
      <Heading id={titleId} className="mt-1 text-[0.95rem] font-semibold leading-snug">
        <a
          href={source.url}
          target="_blank"
          rel="noopener noreferrer"
          className="text-blue-900 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-900"
          lang={source.title !== undefined ? source.language : 'en'}
        >
          {source.title ?? (
            <span className="font-normal italic">
              {richText(t, 'card.untitled', { description: <span lang={english}>{source.description}</span> })}
            </span>
          )}
          <span className="sr-only"> {t('card.opensSource')}</span>
        </a>
      </Heading>
      {translated && (
        <p className="text-xs text-gray-700" lang={english}>
          {t('card.titleEn', { title: source.title_en ?? '' })}
        </p>
      )}
      {source.via && <p className="mt-0.5 text-xs text-amber-900">{t('card.via', { via: source.via })}</p>}

      <p className="sr-only">{t('card.tags')}</p>
      <ul className="mt-2 flex flex-wrap gap-1">
        {report.sectors.map((key) => {
          const sector = context.sectorsByKey.get(key);
          return (
            <li
              key={`s-${key}`}
              className="inline-flex items-center gap-1 rounded-full bg-gray-100 px-2 py-0.5 text-xs text-gray-900"
            >
              <span
                aria-hidden="true"
                className="h-2.5 w-2.5 rounded-full"
                style={{ backgroundColor: sector?.colour }}
              />
              {sector?.label ?? key}
            </li>
          );
        })}
        {report.conditions.map((key) => {
          const condition = context.conditionsByKey.get(key);
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

      {english && <p className="mt-2 text-xs font-medium text-gray-600">{t('card.englishSummary')}</p>}
      <p className={`${english ? '' : 'mt-2 '}leading-relaxed text-gray-900`} lang={english}>
        {report.summary}
      </p>

      {report.figures && report.figures.length > 0 && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs" lang={english}>
          {report.figures.map((figure, index) => (
            <div key={index} className="contents">
              <dt className="text-gray-700">{figure.label}</dt>
              <dd className="font-medium text-gray-900">{figure.value}</dd>
            </div>
          ))}
        </dl>
      )}

      <div className="mt-2 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-gray-700">
        <span>{t('card.places')}</span>
        {report.places.map((place, index) => {
          const region = context.regionsBySlug.get(place.region);
          return (
            <button
              key={index}
              type="button"
              onClick={() => context.onPlace(place)}
              className="inline-flex min-h-6 items-center text-blue-900 underline underline-offset-2"
              data-place={place.name ?? place.region}
            >
              {placeLabel(i18n, place, placeName(place, region, locale))}
            </button>
          );
        })}
      </div>
      <ReportProvenance
        report={report}
        confidence={context.confidenceByKey.get(report.confidence)}
        description={context.confidenceDescriptions[report.confidence]}
        siblings={context.siblingsOf(report)}
        onOpenReport={context.onOpenReport}
      />
      {report.notes && (
        <details className="mt-1 text-xs text-gray-700">
          <summary className="cursor-pointer">{t('card.sourcingNotes')}</summary>
          <p className="mt-1" lang={english}>
            {report.notes}
          </p>
        </details>
      )}
      <div className="mt-1 flex flex-wrap gap-x-4">
        {onOpen && !selected && (
          <button
            type="button"
            onClick={() => onOpen(report.id)}
            className="inline-flex min-h-6 items-center text-xs font-medium text-blue-900 underline"
          >
            {t('card.open')}
            <span className="sr-only">
              {t('card.openLabel', { title: source.title_en ?? source.title ?? source.description ?? '' })}
            </span>
          </button>
        )}
        <button
          type="button"
          onClick={() => void context.onCite(report)}
          className="js-only inline-flex min-h-6 items-center text-xs font-medium text-blue-900 underline print:hidden"
          data-testid="cite-report"
          aria-describedby={titleId}
        >
          {t('card.cite')}
        </button>
      </div>
    </article>
  );
}
