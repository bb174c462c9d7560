'use client';

import { useCallback, useMemo, useState } from 'react';
import { preload } from 'react-dom';
import { parseReportTexts } from '@/lib/data/client-data';
import type { PageData } from '@/lib/data/page-data';
import type { ReportTexts } from '@/lib/data/report-index';
import { fetchJson, useFetchedJson } from './use-fetched-json';

export type ReportTextsState = {
  /** Every text known: the page's first cards' (in its HTML), then every report's once the file has arrived. */
  readonly byId: ReadonlyMap<string, ReportTexts>;
  /** `partial` until the texts file has arrived (or failed). */
  readonly status: 'partial' | 'ready' | 'error';
  readonly error: string | null;
  /** Asks for the texts file: a card shown without its summary. */
  readonly request: () => void;
  /** The texts file, awaited (downloads and citations wait for it); rejects when it cannot be loaded or read. */
  readonly load: () => Promise<ReadonlyMap<string, ReportTexts>>;
};

/**
 * The reports' prose (lib/data/report-index.ts): the page's HTML holds its first cards' texts; the texts file (one for
 * every page) is fetched when `wanted` (the reader reached for the page) or when something asks for it: a card
 * without its texts, a download, a citation. A reader who only looks at the first page never fetches it.
 */
export function useReportTexts(page: PageData, wanted: boolean): ReportTextsState {
  const url = page.assets.reportTexts;
  const [requested, setRequested] = useState(false);
  const request = useCallback(() => setRequested(true), []);
  const needed = wanted || requested;
  if (needed) preload(url, { as: 'fetch', crossOrigin: 'anonymous' });
  const file = useFetchedJson(needed ? url : null, parseReportTexts);
  const initial = useMemo(() => new Map(Object.entries(page.initialTexts)), [page.initialTexts]);
  const load = useCallback(async () => {
    setRequested(true);
    const parsed = parseReportTexts(await fetchJson(url));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  }, [url]);
  const byId = file.status === 'ready' ? file.value : initial;
  const error = file.status === 'error' ? file.error : null;
  const status = file.status === 'ready' ? 'ready' : file.status === 'error' ? 'error' : 'partial';
  return useMemo(() => ({ byId, status, error, request, load }), [byId, status, error, request, load]);
}
