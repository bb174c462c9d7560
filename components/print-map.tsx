'use client';

import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { parsePreviewData } from '@/lib/data/client-data';
import type { PageData } from '@/lib/data/page-data';
import type { MapPreviewData } from '@/lib/map/svg-map';
import type { ChangeKey } from '@/lib/view/change-bins';
import type { Comparison } from '@/lib/view/compare';
import type { Selection } from '@/lib/view/selection';
import { serialize } from '@/lib/view/url-state';
import type { ViewState } from '@/lib/view/view-state';
import { useI18n } from './i18n';
import { fetchJson } from './use-fetched-json';
import { showsDefaultView } from './use-dashboard-model';

type Renderer = {
  preview: MapPreviewData;
  viewImageSvg: typeof import('@/lib/export/view-image').viewImageSvg;
  composeViewImage: typeof import('@/lib/export/compose-view-image').composeViewImage;
};

/**
 * The printed map: the view as the image export draws it (lib/export/view-image.ts: shading and markers for the
 * filters, the view in words, legend, attribution, date and address), always light. The browser lays out a print
 * straight after `beforeprint`, too soon to fetch anything, so the shapes and the renderer are fetched when the
 * page is idle once the reports are here and the view is no longer the page's own (the shapes are the static map's
 * own file, 7 KB compressed, which phones fetch anyway); until then `null`, and the summary prints the page's
 * pre-drawn map and says it is unfiltered, which for the page's own view it is.
 *
 * The image itself (about 150 KB of SVG markup, parsed into a few thousand nodes) is drawn only while a print is
 * under way: from `beforeprint` (synchronously, so the layout for print has it) or while the print medium applies
 * (emulated print media fires no `beforeprint`), and dropped after. Drawn on every view change instead, each filter
 * click paid for an image nobody looks at, and React kept two copies of the markup (current and previous render).
 */
/** What the printout draws: the view shown and what the dashboard derived from it. */
export type PrintedView = {
  page: PageData;
  view: ViewState;
  selection: Selection | null;
  comparison: Comparison | null;
  changeKeys: Readonly<Record<string, ChangeKey>> | null;
};

export function usePrintMap({ page, view, selection, comparison, changeKeys }: PrintedView): string | null {
  const i18n = useI18n();
  const [renderer, setRenderer] = useState<Renderer | null>(null);
  // The page's own view prints its pre-drawn map, which is that view: the renderer (7 KB of shapes and the image
  // export's script) is fetched only once the reader has changed the view, so a visit that never does fetches none.
  const needed = selection !== null && !showsDefaultView(view, page);
  useEffect(() => {
    if (!needed || renderer) return;
    let cancelled = false;
    const load = () =>
      Promise.all([
        fetchJson(page.assets.preview),
        import('@/lib/export/view-image'),
        import('@/lib/export/compose-view-image'),
      ])
        .then(([json, { viewImageSvg }, { composeViewImage }]) => {
          const preview = parsePreviewData(json);
          if (!cancelled && preview.ok) setRenderer({ preview: preview.value, viewImageSvg, composeViewImage });
        })
        // Without them the printout keeps the pre-drawn map and its caption says so.
        .catch(() => undefined);
    const idle = typeof window.requestIdleCallback === 'function';
    const handle = idle ? window.requestIdleCallback(load, { timeout: 5000 }) : window.setTimeout(load, 2000);
    return () => {
      cancelled = true;
      if (idle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [needed, renderer, page.assets.preview]);

  const printing = usePrinting();
  return useMemo(() => {
    if (!printing || !renderer || !selection) return null;
    const svg = renderer.viewImageSvg(
      renderer.composeViewImage({
        i18n,
        page,
        view,
        selection,
        comparison,
        changeKeys,
        preview: renderer.preview,
        shape: 'landscape',
        date: i18n.date(new Date().toISOString().slice(0, 10)),
        link: `${page.siteUrl}${serialize({ ...view, report: null, embed: false, theme: null })}`,
        theme: 'light',
      }),
    );
    // Its own ids: the static map on screen defines the same patterns, and url(#id) takes the first in the page.
    return svg.replace(/\bid="([^"]+)"/g, 'id="print-$1"').replace(/url\(#([^)]+)\)/g, 'url(#print-$1)');
  }, [printing, renderer, i18n, page, view, selection, comparison, changeKeys]);
}

/**
 * Whether the page is being printed: between `beforeprint` and `afterprint`, or while `print` media matches. The
 * update from `beforeprint` is flushed synchronously: the browser lays out the printout as soon as the event returns.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    let inPrintEvent = false;
    const update = () => setPrinting(inPrintEvent || media.matches);
    const onBeforePrint = () => {
      inPrintEvent = true;
      flushSync(update);
    };
    const onAfterPrint = () => {
      inPrintEvent = false;
      update();
    };
    update();
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    media.addEventListener('change', update);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      media.removeEventListener('change', update);
    };
  }, []);
  return printing;
}
