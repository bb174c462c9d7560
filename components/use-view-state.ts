'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { parse, serialize, type Camera, type ViewState, type Vocabulary } from '@/lib/url-state';

export type UpdateKind = 'push' | 'replace';

/** Safari rejects more than 100 replaceState calls per 30 s: camera writes wait at least this long. */
const CAMERA_WRITE_INTERVAL_MS = 400;

/**
 * The one writer of the URL. State lives here; every change is written to the address bar (pushState for
 * discrete choices, throttled replaceState for the camera), and back/forward parse the URL back into state.
 *
 * Camera writes touch only the URL, never React state, so panning re-renders nothing. `restored` counts the
 * times state came from the URL (load, back, forward): the map re-applies the camera only when it changes.
 */
export function useViewState(initial: ViewState, vocabulary: Vocabulary) {
  const [state, setState] = useState<ViewState>(initial);
  const [restored, setRestored] = useState(0);
  const stateRef = useRef(state);
  const cameraTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastCameraWrite = useRef(0);

  const commit = useCallback((next: ViewState, kind: UpdateKind) => {
    stateRef.current = next;
    setState(next);
    const url = serialize(next);
    if (url === window.location.pathname + window.location.search) return;
    if (kind === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  // On load: read the URL (the static HTML was rendered without its query), and rewrite junk to canonical form.
  useEffect(() => {
    const parsed = parse(window.location.href, vocabulary);
    const next = { ...parsed.state, region: parsed.unknownRegion ? stateRef.current.region : parsed.state.region };
    commit(next, 'replace');
    setRestored((count) => count + 1);

    const onPopState = () => {
      const fromUrl = parse(window.location.href, vocabulary).state;
      stateRef.current = fromUrl;
      setState(fromUrl);
      setRestored((count) => count + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [commit, vocabulary]);

  useEffect(
    () => () => {
      if (cameraTimer.current) clearTimeout(cameraTimer.current);
    },
    [],
  );

  const update = useCallback(
    (change: Partial<ViewState>, kind: UpdateKind = 'push') => commit({ ...stateRef.current, ...change }, kind),
    [commit],
  );

  /** Camera writes replace the entry, throttled, and skip when nothing changed. */
  const updateCamera = useCallback((camera: Camera | null) => {
    if (cameraTimer.current) clearTimeout(cameraTimer.current);
    const write = () => {
      lastCameraWrite.current = Date.now();
      stateRef.current = { ...stateRef.current, at: camera };
      const url = serialize(stateRef.current);
      if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
    };
    const wait = CAMERA_WRITE_INTERVAL_MS - (Date.now() - lastCameraWrite.current);
    if (wait <= 0) write();
    else cameraTimer.current = setTimeout(write, wait);
  }, []);

  return { state, update, updateCamera, restored };
}
