'use client';

import { createContext, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import { DARK_QUERY, resolveTheme, type Theme } from '@/lib/view/theme';

function subscribeToScheme(onChange: () => void) {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const prefersDark = () => window.matchMedia(DARK_QUERY).matches;

/**
 * The theme shown: the view's `theme=` override, else the reader's setting (followed live). It also keeps
 * `<html data-theme>` in step with the view after the first paint (Back or Forward across a `theme=` change); the
 * head script set it from the same URL before the first paint, so the mount leaves it alone (the server's snapshot
 * of the view, which hydration renders first, has no override and would otherwise clear it for a frame).
 */
export function useShownTheme(override: Theme | null): Theme {
  const dark = useSyncExternalStore(subscribeToScheme, prefersDark, () => false);
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const root = document.documentElement;
    if (override) root.dataset.theme = override;
    else delete root.dataset.theme;
  }, [override]);
  return resolveTheme(override, dark);
}

const ThemeContext = createContext<Theme>('light');

/** The shown theme, for what draws colours outside CSS: the map, the static map, the legend's swatches, the image. */
export const ThemeProvider = ThemeContext;

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
