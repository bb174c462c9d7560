/**
 * Light and dark. The page follows the reader's `prefers-color-scheme`; `theme=light|dark` in the URL overrides it
 * (an embed matches the page around it). Print is always light (app/globals.css).
 *
 * The override is part of the view (`ViewState.theme`, like `embed`: a display preference the URL carries), so every
 * link the page writes keeps it and a bad value is rewritten like any other malformed key. Which theme is *shown*
 * also needs the reader's setting, so it is resolved here, not stored.
 */

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(raw: string): Theme | undefined {
  return (THEMES as readonly string[]).includes(raw) ? (raw as Theme) : undefined;
}

/** The theme shown: the URL's override, else the reader's setting. */
export function resolveTheme(override: Theme | null, prefersDark: boolean): Theme {
  return override ?? (prefersDark ? 'dark' : 'light');
}

export const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * The script in every page's <head> that sets `<html data-theme>` from the URL before the first paint, so an
 * embed with `theme=dark` never flashes light. Without it (no JavaScript) the CSS follows `prefers-color-scheme`.
 * It only ever writes one of THEMES: any other value leaves the attribute off, and the store rewrites the URL.
 */
export const THEME_SCRIPT = `try{var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
