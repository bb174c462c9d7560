'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { Vocabulary } from '@/lib/view/url-state';
import { defaultSnapshot, ViewStore } from '@/lib/view/store';

const noSubscription = () => () => undefined;

/**
 * The page's one view store (lib/view/store.ts) and its current snapshot. On the server and during hydration the
 * snapshot is the page's default view, the one its HTML was rendered with; right after, the URL's view.
 */
export function useViewStore(initialVocabulary: Vocabulary, pageRegion: string | null, pageLocale: Locale) {
  const [store] = useState(() =>
    typeof window === 'undefined' ? null : new ViewStore(window, initialVocabulary, pageRegion),
  );
  const serverSnapshot = useMemo(() => defaultSnapshot(pageRegion, pageLocale), [pageRegion, pageLocale]);
  const snapshot = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getSnapshot ?? (() => serverSnapshot),
    () => serverSnapshot,
  );
  useEffect(() => store?.start(), [store]);
  return { store, snapshot };
}
