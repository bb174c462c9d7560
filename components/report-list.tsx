'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import { useI18n } from './i18n';
import { ReportCard, type ReportCardContext } from './report-card';

// Ten cards keep the first page light (phones parse and lay out every card before the page is usable).
const PAGE_SIZE = 10;

type ReportListProps = {
  /** The listed records; each card gets its texts through `context.recordOf`. */
  reports: readonly ReportIndexEntry[];
  context: ReportCardContext;
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** Says what is shown, e.g. "Textile reports in Dandong, 2020". */
  title: string;
  /** The view in a sentence: how many, which years, how many from the outlets' own reporting. */
  sentence: string;
  /** How many reports match (the list may hold only the first ones while the dataset loads). */
  total: number;
  /** False while only the page's first cards are here. */
  complete: boolean;
  /** Asks for the whole dataset (while only the first cards are here). */
  onLoadAll?: () => void;
};

/** The list view: the same filtered reports as the map, newest first, in pages. */
export function ReportList({
  reports,
  total,
  complete,
  onLoadAll,
  context,
  selectedId,
  onOpen,
  title,
  sentence,
}: ReportListProps) {
  const { t, number } = useI18n();
  const [shown, setShown] = useState(PAGE_SIZE);
  // A printout lists every report of the view, not the first page of cards; the browser lays out the print right
  // after this event, so the cards must be in the DOM before it returns.
  useEffect(() => {
    const showAll = () => flushSync(() => setShown(reports.length));
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, [reports.length]);
  const visible = reports.slice(0, shown);
  return (
    <section aria-labelledby="report-list-heading" data-testid="report-list" data-count={total}>
      {/* The panel's live region announces a new view; this heading is where the skip link lands. */}
      <h2 id="report-list-heading" tabIndex={-1} className="scroll-mt-3 text-sm font-semibold text-gray-900">
        {title}
        {t('punct.colon')}
        <span className="tabular-nums">{number(total)}</span>
      </h2>
      <p className="mt-0.5 text-xs text-gray-700" data-testid="view-sentence">
        {sentence}
      </p>
      <ol className="mt-2 space-y-2">
        {visible.map((report) => (
          <li key={report.id}>
            <ReportCard
              record={context.recordOf(report)}
              context={context}
              selected={report.id === selectedId}
              onOpen={onOpen}
            />
          </li>
        ))}
      </ol>
      {!complete && total > visible.length && (
        <p className="mt-2 text-sm text-gray-700">
          {t('list.partial', { shown: visible.length, reports: t('count.reports', { count: total }) })}{' '}
          {onLoadAll && (
            <button type="button" onClick={onLoadAll} className="js-only font-medium text-blue-900 underline">
              {t('list.showAll', { total })}
            </button>
          )}
        </p>
      )}
      {complete && reports.length > shown && (
        <button
          type="button"
          onClick={() => setShown((count) => count + PAGE_SIZE)}
          className="mt-2 w-full rounded border border-gray-400 bg-white px-3 py-1.5 text-sm print:hidden font-medium text-gray-900 hover:bg-gray-50"
        >
          {t('list.showMore', { count: Math.min(PAGE_SIZE, reports.length - shown), rest: reports.length - shown })}
        </button>
      )}
    </section>
  );
}
