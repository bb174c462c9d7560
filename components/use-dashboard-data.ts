'use client';

import { useCallback, useEffect, useState } from 'react';
import { preload } from 'react-dom';
import { parseDescriptions, parseReportIndex } from '@/lib/data/client-data';
import type { PageData } from '@/lib/data/page-data';
import type { TimelineEvent } from '@/lib/data/schema';
import type { ViewStore } from '@/lib/view/store';
import type { Vocabulary } from '@/lib/view/url-state';
import type { ViewState } from '@/lib/view/view-state';
import { showsDefaultView } from './use-dashboard-model';
import { useFetchedJson } from './use-fetched-json';
import { useReportTexts } from './use-report-texts';

const NO_EVENTS: readonly TimelineEvent[] = [];

/**
 * Decides what the dashboard fetches, and when. The page's HTML already shows its default view. The report index
 * (one shared file) is fetched when something needs it: the map, a view other than the default, an open report, or
 * the reader reaching for a control (`wantData`). A phone that only reads the page never downloads it. The
 * vocabulary's descriptions wait for a view beyond the page's own or a pointer over the page (`wantDescriptions`).
 * The reports' prose comes later still: when the reader reaches for the page, when the open report's texts are not
 * in the page's HTML, or when a card, a download or a citation asks for them (`texts.request`, `texts.load`).
 * Once the index is here, its report ids become part of the store's vocabulary (an unknown `report=` is dropped),
 * and so do the withdrawn records' ids: a `report=` link to one shows what happened to it instead of vanishing.
 */
export function useDashboardData({
  page,
  view,
  mapLoaded,
  store,
  baseVocabulary,
}: {
  page: PageData;
  view: ViewState;
  mapLoaded: boolean;
  store: ViewStore | null;
  baseVocabulary: Vocabulary;
}) {
  const [dataWanted, setDataWanted] = useState(false);
  const wantData = useCallback(() => setDataWanted(true), []);
  // Once wanted, the descriptions stay wanted (a pointer's passing, or a view, sets it; nothing clears it).
  const [descriptionsWanted, setDescriptionsWanted] = useState(false);
  const wantDescriptions = useCallback(() => setDescriptionsWanted(true), []);
  const viewNeedsData = !showsDefaultView(view, page) || view.report !== null || view.list.length > 0;
  const needIndexNow = dataWanted || mapLoaded || viewNeedsData;
  // Once fetched, the index stays: narrowing the window below the wide layout (the map unloads) must not drop it.
  const [indexLatched, setIndexLatched] = useState(false);
  if (needIndexNow && !indexLatched) setIndexLatched(true);
  const needIndex = needIndexNow || indexLatched;
  if (needIndex) preload(page.assets.reportIndex, { as: 'fetch', crossOrigin: 'anonymous' });
  const dataset = useFetchedJson(needIndex ? page.assets.reportIndex : null, parseReportIndex);
  const ready = dataset.status === 'ready' ? dataset.value : null;
  const withdrawn = ready?.withdrawn ?? null;
  // A withdrawn record has no texts to fetch.
  const openIsWithdrawn = withdrawn?.some((entry) => entry.id === view.report) ?? false;
  const openReportLacksTexts = view.report !== null && !(view.report in page.initialTexts) && !openIsWithdrawn;
  // A marker's list shows cards the page's HTML does not carry.
  const texts = useReportTexts(page, dataWanted || openReportLacksTexts || view.list.length > 0);
  // Every description (the filters' tooltips, the cards' sourcing labels) is in a small file per language; the page
  // carries those its first paint shows. The rest is fetched once the view shows more than the page's own, or the
  // reader reaches for the page: a pointer over it is enough (a tooltip shows on hover), and focus or a key or a
  // press wants the data anyway. A wide screen that loads the map and is left alone needs none of it.
  if ((dataWanted || viewNeedsData) && !descriptionsWanted) setDescriptionsWanted(true);
  const fetchedDescriptions = useFetchedJson(descriptionsWanted ? page.assets.descriptions : null, parseDescriptions);
  const reports = ready?.reports ?? null;
  useEffect(() => {
    if (store && reports && withdrawn) {
      const ids = [...reports, ...withdrawn].map((record) => record.id);
      store.setVocabulary({ ...baseVocabulary, reports: new Set(ids) });
    }
  }, [store, reports, withdrawn, baseVocabulary]);
  return {
    wantData,
    wantDescriptions,
    reports,
    coverage: ready?.coverage ?? null,
    withdrawn,
    events: ready?.events ?? page.events,
    // The chart's event marks wait for the dataset: the filters are hidden without JavaScript, so carrying the
    // region's events (with their descriptions) in the page's HTML a second time would only weigh it down.
    chartEvents: ready?.events ?? NO_EVENTS,
    descriptions: fetchedDescriptions.status === 'ready' ? fetchedDescriptions.value : page.descriptions,
    loadError: dataset.status === 'error' ? dataset.error : null,
    texts,
  };
}
