'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

import { PLAYBACK_IDLE_TIMEOUT_MS, PLAYBACK_INTERVAL_MS } from '@/lib/view/playback';

type PlaybackOptions = {
  /** The data's years, oldest first. */
  years: readonly number[];
  /** The first year of the current window, where Play starts (unless the window ends at the last year). */
  startYear: number | null;
  /** Whether the interactive map is on screen: then each step waits for it to finish drawing. */
  mapShown: boolean;
  /** Writes the year shown into the URL; called once, when playback stops. */
  onStop: (year: number) => void;
};

/**
 * Play/Pause through the years. While playing, the year shown lives here, not in the URL: the URL is written once,
 * when playback stops, so history gets one entry and nothing else reacts to every step. A step ends when both its
 * interval has passed and the map has drawn it (`notifyIdle`), so playback never queues work faster than the map
 * draws. Each step's time to drawn is recorded as a `playback-step` performance measure (the benchmark reads them).
 */
export function usePlayback({ years, startYear, mapShown, onStop }: PlaybackOptions) {
  const [year, setYear] = useState<number | null>(null);
  const idleWaiter = useRef<(() => void) | null>(null);
  const onStopRef = useRef(onStop);
  const yearRef = useRef<number | null>(null);
  useEffect(() => {
    onStopRef.current = onStop;
    yearRef.current = year;
  }, [onStop, year]);

  const playing = year !== null;
  const first = years[0];
  const last = years[years.length - 1];

  const play = useCallback(() => {
    if (first === undefined) return;
    setYear(startYear !== null && startYear !== last ? startYear : first);
  }, [first, last, startYear]);

  const pause = useCallback(() => {
    const current = yearRef.current;
    if (current === null) return;
    yearRef.current = null;
    setYear(null);
    onStopRef.current(current);
  }, []);

  /** Stops without writing the URL: the reader chose another window meanwhile. */
  const cancel = useCallback(() => {
    yearRef.current = null;
    setYear(null);
  }, []);

  /** The map has finished drawing (its idle event). */
  const notifyIdle = useCallback(() => {
    const waiter = idleWaiter.current;
    idleWaiter.current = null;
    waiter?.();
  }, []);

  useEffect(() => {
    if (year === null) return;
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
      if (last === undefined || year >= last) {
        setYear(null);
        onStopRef.current(year);
      } else setYear(year + 1);
    });
    return () => {
      cancelled = true;
      idleWaiter.current = null;
    };
  }, [year, last, mapShown]);

  return { playing, year, play, pause, cancel, notifyIdle };
}
