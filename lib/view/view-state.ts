/**
 * The view's vocabulary: what a reader is looking at (region, filters, time, comparison, open report, camera).
 * Selection, months, comparison, i18n and the URL codec (./url-state.ts) all speak it; it depends on nothing but
 * the locales.
 */
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';

export type Camera = { lat: number; lng: number; zoom: number };

/** An inclusive span of time, each end `YYYY` or `YYYY-MM`, `from` <= `to`. */
export type Period = { from: string; to: string };

export type ViewState = {
  /** Language from the path prefix (`/ko/…`, `/zh/…`; none = English). Changed only by following a link. */
  locale: Locale;
  /** Region slug from the path (`/regions/<slug>`, after the language prefix), or null for both provinces. */
  region: string | null;
  /** Selected sector keys in vocabulary order; empty = all. */
  sectors: string[];
  /** Selected condition keys in vocabulary order; empty = all. */
  conditions: string[];
  /** Selected confidence labels in vocabulary order; empty = all. */
  confidence: string[];
  /** Inclusive window, `YYYY` or `YYYY-MM`. */
  from: string | null;
  to: string | null;
  /**
   * The baseline to compare the focus window (`from`/`to`) with, from `compare=A..B`. Only meaningful with a focus
   * window: without one it is dropped.
   */
  compare: Period | null;
  /** Id of the report whose card is open. */
  report: string | null;
  /**
   * A marker's list (or the undated reports'): the ids of the reports it stands for, sorted, so "13 reports at
   * Yanji" can be shared. Empty = no list; any other change of the view closes it.
   */
  list: string[];
  /** Camera, written on moveend only. */
  at: Camera | null;
  /** Compact chrome for iframes. */
  embed: boolean;
};

export const DEFAULT_STATE: ViewState = {
  locale: DEFAULT_LOCALE,
  region: null,
  sectors: [],
  conditions: [],
  confidence: [],
  from: null,
  to: null,
  compare: null,
  report: null,
  list: [],
  at: null,
  embed: false,
};
