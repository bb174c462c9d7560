'use client';

import { useEffect } from 'react';

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
