'use client';

import { useCallback, useMemo } from 'react';
import type { Descriptions, PageData } from '@/lib/data/page-data';
import { cardRecord, joinReport, type ReportIndexEntry } from '@/lib/data/report-index';
import type { Place, Region } from '@/lib/data/schema';
import { uncertainInWindow } from '@/lib/view/filters';
import { localePath } from '@/lib/i18n/locales';
import { reportPath } from '@/lib/export/site';
import type { CiteRequest } from './cite-dialog';
import { useI18n } from './i18n';
import type { ReportCardContext } from './report-card';
import type { ReportTextsState } from './use-report-texts';

type CardContextInput = {
  page: PageData;
  descriptions: Descriptions;
  texts: ReportTextsState;
  byEvent: ReadonlyMap<string, readonly ReportIndexEntry[]>;
  /** Every record known so far, to follow `derived_from` to the original's outlet. */
  reportsById: ReadonlyMap<string, ReportIndexEntry>;
  regionsBySlug: ReadonlyMap<string, Region>;
  /** The view's time window: a card whose time reaches outside it says so. */
  from: string | null;
  to: string | null;
  onPlace: (place: Place) => void;
  onOpenReport: (id: string) => void;
  /** Shows a citation (the dialog). */
  onCite: (request: CiteRequest) => void;
};

/** What every report card reads: the vocabularies, the texts as far as they are here, and what a card can do. */
export function useReportCardContext({
  page,
  descriptions,
  texts,
  byEvent,
  reportsById,
  regionsBySlug,
  from,
  to,
  onPlace,
  onOpenReport,
  onCite,
}: CardContextInput): ReportCardContext {
  const { t } = useI18n();
  const { byId: textsById, load: loadTexts, request: requestTexts, status: textsStatus } = texts;
  const citeReport = useCallback(
    async (entry: ReportIndexEntry) => {
      // A citation names the record's headline and check date: it waits for the texts when they are not here.
      let found = textsById.get(entry.id);
      try {
        found ??= (await loadTexts()).get(entry.id);
      } catch {
        return; // The panel already says that the texts could not be loaded.
      }
      if (!found) return;
      const report = joinReport(entry, found);
      // Citation formatting loads on the first Cite: most readers never ask for one.
      const citation = await import('@/lib/export/citation');
      onCite({
        heading: t('cite.reportHeading'),
        subject: t('cite.reportSubject', {
          outlet: report.source.outlet,
          title: report.source.title ?? report.source.description ?? report.id,
          id: report.id,
          version: page.datasetVersion,
        }),
        citation: citation.citeReport(report, citation.siteCitationContext(page.datasetVersion, page.siteUrl)),
        fileBase: `nk-workers_${report.id}`,
      });
    },
    [page.datasetVersion, page.siteUrl, t, textsById, loadTexts, onCite],
  );
  return useMemo(
    () => ({
      uncertainInView: (entry) => uncertainInWindow(entry, from, to),
      sectorsByKey: new Map(page.sectors.map((sector) => [sector.key, sector])),
      conditionsByKey: new Map(page.conditions.map((condition) => [condition.key, condition])),
      confidenceByKey: new Map(page.confidence.map((label) => [label.key, label])),
      confidenceDescriptions: descriptions.confidence,
      regionsBySlug,
      reportsById,
      recordOf: (entry) => cardRecord(entry, textsById),
      textsSettled: textsStatus !== 'partial',
      onNeedTexts: requestTexts,
      reportPage: (id) => `${page.siteUrl}${localePath(page.locale, reportPath(id))}`,
      siblingsOf: (entry) =>
        entry.event === undefined
          ? []
          : (byEvent.get(entry.event) ?? [])
              .filter((sibling) => sibling.id !== entry.id)
              .map((sibling) => ({ entry: sibling, via: textsById.get(sibling.id)?.source.via })),
      onPlace,
      onOpenReport,
      onCite: citeReport,
    }),
    [
      from,
      to,
      page.sectors,
      page.conditions,
      page.confidence,
      page.siteUrl,
      page.locale,
      descriptions,
      regionsBySlug,
      reportsById,
      textsById,
      textsStatus,
      requestTexts,
      byEvent,
      onPlace,
      onOpenReport,
      citeReport,
    ],
  );
}
