import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison } from '@/lib/view/compare';
import type { Descriptions, PageData } from '@/lib/data/page-data';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import type { CoverageEntry, Place, TimelineEvent } from '@/lib/data/schema';
import { hasFilters, type Selection } from '@/lib/view/selection';
import type { ViewState } from '@/lib/view/view-state';
import { newestFirst, reportDate, sharedPlace } from '@/lib/view/filters';
import { describeView, describeViewSources } from '@/lib/i18n/text';
import type { CiteRequest } from './cite-dialog';
import { Downloads } from './downloads';
import { useI18n } from './i18n';
import { RegionSummary } from './region-summary';
import { ReportCard } from './report-card';
import { ReportList } from './report-list';
import { useReportCardContext } from './use-report-card-context';
import type { ReportTextsState } from './use-report-texts';
import { ViewTools } from './view-tools';
import { regionIndex } from '@/lib/data/region-index';
import type { WithdrawnEntry } from '@/lib/data/client-data';
import { WithdrawnNotice } from './withdrawn-notice';

// Loaded when first needed: most readers never cite, and a comparison needs a compare= link or a choice.
const CiteDialog = lazy(() => import('./cite-dialog').then((module) => ({ default: module.CiteDialog })));
const ComparePanel = lazy(() => import('./compare-panel').then((module) => ({ default: module.ComparePanel })));

/** Reports listed apart from the view's list: a marker's (at a place, or here), or the undated ones. */
type ReportPanelProps = {
  page: PageData;
  /** The vocabularies' descriptions, as far as the page has them (sourcing labels on the cards). */
  descriptions: Descriptions;
  view: ViewState;
  selection: Selection | null;
  /** Two periods side by side, when the view has a baseline. */
  comparison: Comparison | null;
  /** The comparison's fill per prefecture, as the map draws it (for the image of the view). */
  changeFill: Readonly<Record<string, string>> | null;
  /** Every report's index entry once the report index has arrived; null before. */
  reports: readonly ReportIndexEntry[] | null;
  /** The reports' prose as far as it is here (the first cards', then all). */
  texts: ReportTextsState;
  /** The loaded reports grouped by event key (lib/data/provenance.ts recordsByEvent). */
  byEvent: ReadonlyMap<string, readonly ReportIndexEntry[]>;
  /** The prefectures searched with nothing found, once the report index has arrived; null before. */
  coverage: readonly CoverageEntry[] | null;
  /** The withdrawn records, once the report index has arrived; null before. */
  withdrawn: readonly WithdrawnEntry[] | null;
  events: readonly TimelineEvent[];
  loadError: string | null;
  /** A marker's list (or the undated reports'), from the view's `list`: ids, possibly not all known yet. */
  pinList: readonly string[];
  onClearPinList: () => void;
  onOpenReport: (id: string) => void;
  onCloseReport: () => void;
  onCloseRegion: () => void;
  onPlace: (place: Place) => void;
  onResetFilters: () => void;
  /** Asks for the report index and texts (the page shows only its first cards until then). */
  onWantData: () => void;
};

/** The open report, the reports under a clicked marker, the region summary and the list of matching reports. */
export function ReportPanel({
  page,
  descriptions,
  view,
  selection,
  comparison,
  changeFill,
  reports,
  texts,
  byEvent,
  coverage,
  withdrawn,
  events,
  loadError,
  pinList,
  onClearPinList,
  onOpenReport,
  onCloseReport,
  onCloseRegion,
  onPlace,
  onResetFilters,
  onWantData,
}: ReportPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const regionsBySlug = regionIndex(page.regions);
  const [citeRequest, setCiteRequest] = useState<CiteRequest | null>(null);
  // The dialog's code loads with the first citation asked for, and stays for the next.
  const [citeWanted, setCiteWanted] = useState(false);
  if (citeRequest !== null && !citeWanted) setCiteWanted(true);
  const reportsById = useMemo(
    () => new Map((reports ?? page.initial.listed).map((report) => [report.id, report])),
    [reports, page.initial.listed],
  );
  const open = view.report === null ? undefined : reportsById.get(view.report);
  const openId = open?.id ?? null;
  const { openHeadingRef, openFrom, closeAndReturn } = useReportFocus(openId, onOpenReport, onCloseReport);
  const context = useReportCardContext({
    page,
    descriptions,
    texts,
    byEvent,
    reportsById,
    regionsBySlug,
    from: view.from,
    to: view.to,
    onPlace,
    onOpenReport: openFrom,
    onCite: setCiteRequest,
  });
  const openWithdrawn = open ? undefined : withdrawn?.find((entry) => entry.id === view.report);
  const underPin = newestFirst(pinList.map((id) => reportsById.get(id)).filter((report) => report !== undefined));
  // What the list's heading says: the undated reports, the place all of them name, or "here" for a cluster.
  const pinUndated = underPin.length > 0 && underPin.every((report) => reportDate(report) === null);
  const pinPlace = sharedPlace(underPin);
  const region = view.region === null ? null : (regionsBySlug.get(view.region) ?? null);
  const noneFoundEntry = coverage?.find((entry) => entry.region === region?.slug && entry.status === 'none-found');
  const loadErrorMessage = loadError
    ? t('panel.loadError', { error: loadError })
    : texts.error
      ? t('panel.textsError', { error: texts.error })
      : null;
  const searches = noneFoundEntry?.searches ?? (region?.slug === page.region ? page.searches : null);
  const heading = describeView(i18n, view, page, region);
  const primary = new Set<string>(
    page.confidence.filter((label) => label.strength === 'primary').map((label) => label.key),
  );
  const sentence =
    selection === null
      ? ''
      : describeViewSources(i18n, {
          total: selection.total,
          span: selection.listedSpan,
          own: Object.entries(selection.listedByConfidence)
            .filter(([level]) => primary.has(level))
            .reduce((sum, [, count]) => sum + count, 0),
        });

  return (
    <div className="space-y-3">
      {loadErrorMessage && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          {loadErrorMessage}
        </p>
      )}
      {open && (
        <section aria-labelledby="open-report-heading" data-testid="open-report">
          <div className="mb-1 flex items-center justify-between">
            <h2
              id="open-report-heading"
              ref={openHeadingRef}
              tabIndex={-1}
              className="scroll-mt-3 text-sm font-semibold text-gray-900"
            >
              {t('panel.openReport')}
            </h2>
            <button type="button" onClick={closeAndReturn} className="text-sm text-blue-900 underline">
              {t('panel.closeReport')}
            </button>
          </div>
          <ReportCard record={context.recordOf(open)} context={context} selected headingLevel="h3" />
        </section>
      )}

      {openWithdrawn && <WithdrawnNotice entry={openWithdrawn} onOpenReport={onOpenReport} onClose={onCloseReport} />}

      {underPin.length > 0 && (
        <section aria-labelledby="pin-selection-heading" data-testid="pin-selection">
          <div className="mb-1 flex items-center justify-between">
            <h2 id="pin-selection-heading" className="text-sm font-semibold text-gray-900">
              {pinUndated
                ? t('time.undated', { count: underPin.length })
                : pinPlace
                  ? t('panel.pinAt', {
                      reports: t('count.reports', { count: underPin.length }),
                      place: pinPlace,
                    })
                  : t('panel.pinHere', { reports: t('count.reports', { count: underPin.length }) })}
            </h2>
            <button type="button" onClick={onClearPinList} className="text-sm text-blue-900 underline">
              {t('panel.backToList')}
            </button>
          </div>
          <ol className="space-y-2">
            {underPin.map((report) => (
              <li key={report.id}>
                <ReportCard
                  record={context.recordOf(report)}
                  context={context}
                  selected={report.id === view.report}
                  onOpen={openFrom}
                />
              </li>
            ))}
          </ol>
        </section>
      )}

      {region && (
        <RegionSummary
          region={region}
          province={region.level === 'prefecture' ? (regionsBySlug.get(region.province) ?? null) : null}
          sectors={page.sectors}
          conditionsByKey={context.conditionsByKey}
          selection={selection}
          searches={searches}
          events={events}
          onClose={onCloseRegion}
        />
      )}

      {comparison && (
        <Suspense fallback={null}>
          <ComparePanel
            comparison={comparison}
            region={region}
            regions={page.regions}
            sectors={page.sectors}
            conditionsByKey={context.conditionsByKey}
          />
        </Suspense>
      )}
      {selection !== null && (
        <ViewTools
          page={page}
          view={view}
          selection={selection}
          comparison={comparison}
          changeFill={changeFill}
          reports={reports}
          loadTexts={texts.load}
          onCite={setCiteRequest}
        />
      )}
      {selection === null ? (
        <p
          role="status"
          className="rounded-lg border border-gray-200 p-4 text-sm text-gray-800"
          data-testid="list-loading"
        >
          {t('panel.loading')}
        </p>
      ) : selection.total === 0 && searches && !hasFilters(view) ? null : selection.total === 0 ? (
        <div
          role="status"
          className="rounded-lg border border-dashed border-gray-400 p-4 text-sm text-gray-800"
          data-testid="empty-state"
        >
          <p>{t('panel.noMatch', { heading })}</p>
          <button
            type="button"
            onClick={onResetFilters}
            className="mt-2 rounded bg-gray-900 px-3 py-1.5 font-medium text-white"
          >
            {t('panel.reset')}
          </button>
        </div>
      ) : (
        <ReportList
          key={heading}
          reports={selection.listed}
          total={selection.total}
          complete={reports !== null}
          onLoadAll={onWantData}
          context={context}
          selectedId={view.report}
          onOpen={openFrom}
          title={heading}
          sentence={sentence}
        />
      )}
      {/* The list remounts when the view changes, so its own text cannot be a live region: this one stays and says
          the new view in words when a filter, the region or the time changes it. */}
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="view-announcement">
        {selection === null ? '' : `${heading}${t('punct.colon')}${sentence}`}
      </p>
      {citeWanted && (
        <Suspense fallback={null}>
          <CiteDialog request={citeRequest} onClose={() => setCiteRequest(null)} />
        </Suspense>
      )}
      <Downloads version={page.datasetVersion} />
    </div>
  );
}

/**
 * The open report in focus: when a report opens (a card, a marker, search, a `?report=` link, Back), its card is
 * scrolled into view and focus moves to its heading, so keyboard and screen-reader users land on it; "Close report"
 * gives focus back to where the reader opened it from (or, when that control is gone, the report's own card in the
 * list), never to the page's body.
 */
function useReportFocus(openId: string | null, onOpenReport: (id: string) => void, onCloseReport: () => void) {
  const openHeadingRef = useRef<HTMLHeadingElement>(null);
  /** The control a report was opened from, caught before the opening re-renders it away. */
  const opener = useRef<HTMLElement | null>(null);
  /** Where "Close report" sends focus once the panel has re-rendered without the open report. */
  const returnTo = useRef<{ id: string; element: HTMLElement | null } | null>(null);

  /** Where the panel and the page were scrolled before a report opened: closing it (or Back) goes back there. */
  const scrolledBefore = useRef<{ panel: number; page: number } | null>(null);

  const openFrom = useCallback(
    (id: string) => {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      scrolledBefore.current = { panel: scrollPanel()?.scrollTop ?? 0, page: window.scrollY };
      onOpenReport(id);
    },
    [onOpenReport],
  );

  useEffect(() => {
    const heading = openHeadingRef.current;
    if (openId === null || !heading) return;
    heading.focus({ preventScroll: true });
    heading.closest('section')?.scrollIntoView({ block: 'start' });
  }, [openId]);

  const closeAndReturn = useCallback(() => {
    if (openId !== null) returnTo.current = { id: openId, element: opener.current };
    opener.current = null;
    onCloseReport();
  }, [openId, onCloseReport]);

  useEffect(() => {
    const scrolled = scrolledBefore.current;
    if (openId !== null || scrolled === null) return;
    scrolledBefore.current = null;
    const panel = scrollPanel();
    if (panel) panel.scrollTop = scrolled.panel;
    window.scrollTo({ top: scrolled.page });
  }, [openId]);

  useEffect(() => {
    const target = returnTo.current;
    if (openId !== null || target === null) return;
    returnTo.current = null;
    const card = document.querySelector<HTMLElement>(
      `[data-testid="report-list"] article[data-report-id="${CSS.escape(target.id)}"]`,
    );
    const fallback = card?.querySelector<HTMLElement>('[data-open-report]') ?? null;
    const element = target.element?.isConnected ? target.element : fallback;
    // The scroll position from before the opening is back already; focusing must not move it again.
    element?.focus({ preventScroll: true });
  }, [openId]);

  return { openHeadingRef, openFrom, closeAndReturn };
}

/** The panel scrolls by itself on wide screens and in the phone's sheet; the page scrolls when it does not. */
function scrollPanel(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="panel"]');
}
