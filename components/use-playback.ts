'use client';

import { useCallback, useEffect, useRef } from 'react';

import { PLAYBACK_IDLE_TIMEOUT_MS, PLAYBACK_INTERVAL_MS } from '@/lib/view/playback';
import type { PlaybackState, ViewStore } from '@/lib/view/store';

type PlaybackOptions = {
  store: ViewStore | null;
  /** The store's playback (from its snapshot): the year shown and the session it belongs to. */
  state: PlaybackState | null;
  /** The data's years, oldest first. */
  years: readonly number[];
  /** The first year of the current window, where Play starts (unless the window ends at the last year). */
  startYear: number | null;
  /** Whether the interactive map is on screen: then each step waits for it to finish drawing. */
  mapShown: boolean;
};

/**
 * Play/Pause through the years. The year shown lives in the view store (lib/view/store.ts), not in the URL: the URL
 * is written once, when playback stops, and any other change of the view (a filter, a region, a report, Back)
 * ends it without a write. A step ends when both its interval has passed and the map has drawn it (`notifyIdle`),
 * so playback never queues work faster than the map draws. Each step's time to drawn is recorded as a
 * `playback-step` performance measure (the benchmark reads them).
 */
export function usePlayback({ store, state, years, startYear, mapShown }: PlaybackOptions) {
  const idleWaiter = useRef<(() => void) | null>(null);
  const year = state?.year ?? null;
  const session = state?.session ?? null;
  const first = years[0];
  const last = years[years.length - 1];

  const play = useCallback(() => {
    if (first === undefined || store === null) return;
    store.startPlayback(startYear !== null && startYear !== last ? startYear : first);
  }, [store, first, last, startYear]);

  /** Stops and keeps the year shown (one history entry). */
  const pause = useCallback(() => {
    if (store !== null && session !== null) store.finishPlayback(session, true);
  }, [store, session]);

  /** Stops without writing the URL: the reader chose another window meanwhile. */
  const cancel = useCallback(() => {
    if (store !== null && session !== null) store.finishPlayback(session, false);
  }, [store, session]);

  /** The map has finished drawing (its idle event). */
  const notifyIdle = useCallback(() => {
    const waiter = idleWaiter.current;
    idleWaiter.current = null;
    waiter?.();
  }, []);

  useEffect(() => {
    if (year === null || session === null || store === null) return;
    let cancelled = false;
    const started = performance.now();
    const drawn = mapShown
      ? new Promise<void>((resolve) => {
          idleWaiter.current = resolve;
          window.setTimeout(resolve, PLAYBACK_IDLE_TIMEOUT_MS);
        }).then(() => {
          if (!cancelled) performance.measure('playback-step', { start: started, end: performance.now() });
        })
      : Promise.resolve();
    const waited = new Promise<void>((resolve) => window.setTimeout(resolve, PLAYBACK_INTERVAL_MS));
    void Promise.all([drawn, waited]).then(() => {
      if (cancelled) return;
      // The store ignores a session another change has ended.
      if (last === undefined || year >= last) store.finishPlayback(session, true);
      else store.stepPlayback(session, year + 1);
    });
    return () => {
      cancelled = true;
      idleWaiter.current = null;
    };
  }, [store, session, year, last, mapShown]);

  return { playing: year !== null, year, play, pause, cancel, notifyIdle };
}
