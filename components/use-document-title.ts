'use client';

import { useEffect } from 'react';
import type { PageData } from '@/lib/data/page-data';
import type { Region } from '@/lib/data/schema';
import { describeComparison } from '@/lib/i18n/compare-text';
import { describeView, regionName } from '@/lib/i18n/text';
import type { UiI18n } from '@/lib/i18n/text';
import type { Comparison } from '@/lib/view/compare';
import type { ViewState } from '@/lib/view/view-state';
import { showsDefaultView } from './use-dashboard-model';

/**
 * Shows `title` in the tab while it is not null, and the page's own title again after. The framework renders the
 * page's metadata title and puts it back whenever it re-renders that metadata (after any router update), so the
 * title is re-applied when the head changes under it.
 */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title === null) return;
    const pageTitle = document.title;
    const apply = () => {
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = pageTitle;
    };
  }, [title]);
}

/**
 * The tab's title for what is on screen, or null for the page's own view (its pre-rendered title says it). A
 * comparison says both periods ("Dandong: 12 reports in 2017–2019, 4 in 2020–2022"); any other view says what the
 * list shows ("Textile reports in Yanbian, 2020"), so a client-side change of region or filter retitles the tab,
 * and bookmarks and history entries read right.
 */
export function viewTitle({
  i18n,
  page,
  view,
  comparison,
  region,
}: {
  i18n: UiI18n;
  page: PageData;
  view: ViewState;
  comparison: Comparison | null;
  region: Region | null;
}): string | null {
  const { t } = i18n;
  const place = region ? regionName(region, page.locale) : t('view.bothProvinces');
  if (comparison) return `${describeComparison(i18n, place, comparison)} · ${t('site.title')}`;
  if (showsDefaultView(view, page)) return null;
  return `${describeView(i18n, view, page, region)} · ${t('site.title')}`;
}
