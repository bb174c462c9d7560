'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { Vocabulary } from '@/lib/view/url-state';
import { defaultSnapshot, sameSnapshot, ViewStore, type ViewSnapshot } from '@/lib/view/store';

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
  // Right after hydration React compares the client's snapshot with the server's by identity, and where they differ
  // it re-renders the whole dashboard synchronously: one long task on every first load, for nothing when the URL
  // shows the page's default view (most first loads). So while the store says what the server's snapshot says, the
  // hook returns that very object.
  const getSnapshot = useMemo(
    () =>
      store === null
        ? () => serverSnapshot
        : (): ViewSnapshot => {
            const current = store.getSnapshot();
            return sameSnapshot(current, serverSnapshot) ? serverSnapshot : current;
          },
    [store, serverSnapshot],
  );
  const snapshot = useSyncExternalStore(store?.subscribe ?? noSubscription, getSnapshot, () => serverSnapshot);
  useEffect(() => store?.start(), [store]);
  return { store, snapshot };
}
