'use client';

import { useCallback, useState } from 'react';
import type { SearchHit } from '@/lib/search/search';

export type Finder = (query: string) => SearchHit[];

export type SearchIndexState =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; find: Finder } | { status: 'error' };

// One download per index file for the page's lifetime (the file is content-hashed: it never changes).
const finders = new Map<string, Promise<Finder>>();

/**
 * The search code (MiniSearch) and the index file arrive together, on the first request: neither weighs on a page
 * whose reader never searches.
 */
function loadFinder(url: string): Promise<Finder> {
  let finder = finders.get(url);
  if (!finder) {
    const text = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.text();
    });
    finder = Promise.all([import('@/lib/search/search'), text]).then(([module, json]) => {
      const index = module.loadSearchIndex(json);
      return (query: string) => module.search(index, query);
    });
    finders.set(url, finder);
    finder.catch(() => finders.delete(url));
  }
  return finder;
}

/** The search index behind `url`, loaded when `load` is first called (the box's first focus). */
export function useSearchIndex(url: string): { state: SearchIndexState; load: () => void } {
  const [state, setState] = useState<SearchIndexState>({ status: 'idle' });
  const load = useCallback(() => {
    if (state.status === 'loading' || state.status === 'ready') return;
    setState({ status: 'loading' });
    loadFinder(url).then(
      (find) => setState({ status: 'ready', find }),
      () => setState({ status: 'error' }),
    );
  }, [url, state.status]);
  return { state, load };
}
