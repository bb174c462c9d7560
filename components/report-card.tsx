import { relayName } from '@/lib/i18n/relay';
import { useEffect, useId } from 'react';
import type { ConditionTerm, ConfidenceTerm, SectorTerm } from '@/lib/data/page-data';
import type { CardRecord, ReportIndexEntry } from '@/lib/data/report-index';
import type { Place, Region } from '@/lib/data/schema';
import { localePath } from '@/lib/i18n/locales';
import { reportPath } from '@/lib/export/site';
import { useI18n } from './i18n';
import { PendingProse, ReportMeta, ReportPlaces, ReportProse, ReportTags, ReportTitle } from './report-card-parts';
import { ReportProvenance, type Sibling } from './report-provenance';

export type ReportCardContext = {
  /** Whether a report's time overlaps the view's window without lying wholly inside it (lib/view/filters.ts). */
  uncertainInView: (entry: ReportIndexEntry) => boolean;
  sectorsByKey: ReadonlyMap<string, SectorTerm>;
  conditionsByKey: ReadonlyMap<string, ConditionTerm>;
  confidenceByKey: ReadonlyMap<string, ConfidenceTerm>;
  /** What each sourcing label means, by key, once known (the first paint carries those of its own cards). */
  confidenceDescriptions: Readonly<Record<string, string>>;
  /** Every record known so far, to follow `derived_from` beyond the event. */
  reportsById: ReadonlyMap<string, ReportIndexEntry>;
  regionsBySlug: ReadonlyMap<string, Region>;
  /** A listed record with its texts when they are here, else its index entry alone (lib/data/report-index.ts). */
  recordOf: (entry: ReportIndexEntry) => CardRecord;
  /** True once the texts file has arrived or failed: a record still without texts will not get them. */
  textsSettled: boolean;
  /** Asks for the texts file: a card shown without its summary calls it. */
  onNeedTexts: () => void;
  /** The address of a report's own page (`/reports/<id>`, printed on cards without their summary). */
  reportPage: (id: string) => string;
  /** Other records of the report's event; empty until the dataset has loaded. */
  siblingsOf: (entry: ReportIndexEntry) => readonly Sibling[];
  onPlace: (place: Place) => void;
  onOpenReport: (id: string) => void;
  /** Opens the citation dialog for a report (waiting for its texts when they are not here yet). */
  onCite: (entry: ReportIndexEntry) => void | Promise<void>;
};

type ReportCardProps = {
  record: CardRecord;
  context: ReportCardContext;
  selected?: boolean;
  headingLevel?: 'h3' | 'h4';
  onOpen?: (id: string) => void;
};

/**
 * One cited report: everything a reader needs to judge it, with a link to the source. Drawn from a whole report;
 * while its texts are on their way, from its index entry: the same header, tags and places, and a line in place of
 * the summary (the card keeps its elements, so focus inside it survives the texts' arrival).
 */
export function ReportCard({
  record,
  context,
  selected = false,
  headingLevel: Heading = 'h3',
  onOpen,
}: ReportCardProps) {
  const { t, locale } = useI18n();
  // Our summaries, notes and figures are in English: on a Korean or Chinese page they say so (lang="en").
  const english = locale === 'en' ? undefined : 'en';
  const report = record.kind === 'whole' ? record.report : null;
  const entry = record.kind === 'whole' ? record.report : record.entry;
  const { source } = entry;
  // Cards can appear twice (the open report and the list): ids from useId stay unique.
  const titleId = useId();
  // Each card's Open and Cite controls carry the report's headline in their names, so a list of them is not five
  // "Cite" buttons; a translated page names the report by its own headline, not by our English rendering of it.
  const controlTitle =
    (english === undefined ? report?.source.title_en : report?.source.title) ??
    report?.source.title ??
    report?.source.description ??
    source.outlet;
  const { onNeedTexts } = context;
  const pending = report === null;
  useEffect(() => {
    if (pending) onNeedTexts();
  }, [pending, onNeedTexts]);
  const translated =
    report !== null &&
    report.source.title !== undefined &&
    report.source.title_en !== undefined &&
    report.source.title_en !== report.source.title;
  return (
    <article
      id={`report-${entry.id}`}
      data-report-id={entry.id}
      aria-current={selected ? 'true' : undefined}
      className={`rounded-lg border bg-white p-3 text-sm ${selected ? 'border-blue-700 ring-2 ring-blue-700' : 'border-gray-200'}`}
    >
      <ReportMeta entry={entry} url={report?.source.url} uncertain={context.uncertainInView(entry)} />
      <Heading id={titleId} className="mt-1 text-[0.95rem] font-semibold leading-snug">
        {/* The headline and the source's address travel with the texts; until they arrive the heading says so,
            never passing the outlet off as a title. */}
        {report ? (
          <a
            href={report.source.url}
            target="_blank"
            rel="noopener noreferrer"
            className="touch-link text-blue-900 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-900"
            lang={report.source.title !== undefined ? source.language : 'en'}
          >
            <ReportTitle report={report} english={english} />
            <span className="sr-only"> {t('card.opensSource')}</span>
          </a>
        ) : (
          <span className="font-normal italic text-gray-700">
            {t('card.headlinePending', { outlet: source.outlet })}
          </span>
        )}
      </Heading>
      {translated && (
        <p className="text-xs text-gray-700" lang={english}>
          {t('card.titleEn', { title: report.source.title_en ?? '' })}
        </p>
      )}
      {report?.source.via && (
        <p className="mt-0.5 text-xs text-amber-900">{t('card.via', { via: relayName(report.source.via, locale) })}</p>
      )}

      <ReportTags entry={entry} sectorsByKey={context.sectorsByKey} conditionsByKey={context.conditionsByKey} />
      {report ? (
        <ReportProse report={report} english={english} />
      ) : (
        <PendingProse failed={context.textsSettled} reportPage={context.reportPage(entry.id)} />
      )}
      <ReportPlaces entry={entry} regionsBySlug={context.regionsBySlug} onPlace={context.onPlace} />
      <ReportProvenance
        report={entry}
        sourceUrl={report?.source.url}
        confidence={context.confidenceByKey.get(entry.confidence)}
        description={context.confidenceDescriptions[entry.confidence]}
        siblings={context.siblingsOf(entry)}
        reportsById={context.reportsById}
        onOpenReport={context.onOpenReport}
      />
      {/* The sourcing notes are research logs of up to a few kilobytes: the record's page shows them ("Report page"). */}
      <div className="mt-1 flex flex-wrap gap-x-4">
        {onOpen && !selected && (
          <button
            type="button"
            onClick={() => onOpen(entry.id)}
            data-open-report=""
            className="inline-flex min-h-6 items-center text-xs font-medium text-blue-900 underline"
          >
            {t('card.open')}
            <span className="sr-only">{t('card.openLabel', { title: controlTitle })}</span>
          </button>
        )}
        <a
          href={localePath(locale, reportPath(entry.id))}
          className="inline-flex min-h-6 items-center text-xs font-medium text-blue-900 underline"
          data-testid="report-page-link"
          aria-describedby={titleId}
        >
          {t('card.page')}
        </a>
        <button
          type="button"
          onClick={() => void context.onCite(entry)}
          className="js-only inline-flex min-h-6 items-center text-xs font-medium text-blue-900 underline print:hidden"
          data-testid="cite-report"
          aria-describedby={titleId}
        >
          {t('card.cite')}
          <span className="sr-only">{t('card.openLabel', { title: controlTitle })}</span>
        </button>
      </div>
    </article>
  );
}
