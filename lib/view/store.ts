/**
 * The one store of the view. The URL is the single source of truth: the store reads it (on load, back and
 * forward), and every change goes through it and is written back (push for discrete choices, a throttled replace
 * for the camera). Components subscribe to it (useSyncExternalStore); nothing keeps a second copy.
 *
 * The camera is part of the same store. A user's pan is written to the URL at most every
 * CAMERA_WRITE_INTERVAL_MS; any navigation takes over a pending write (into the new entry) and back/forward
 * discards it, so an old history entry never gains a camera from a newer view. `camera` tells the map when the app
 * itself wants it to move; it keeps its identity while the user pans, because the map is already there.
 */
import type { Locale } from '@/lib/i18n/locales';
import { type Camera, type ViewState, DEFAULT_STATE } from './view-state';
import { parse, serialize, type Vocabulary } from './url-state';

export type NavigationKind = 'push' | 'replace';

/** How the map should get to a camera the app asks for. */
export type CameraMotion = 'jump' | 'ease' | 'fly';

/**
 * Where the app wants the camera: an exact camera, else the frame of a region and its open report (the report's
 * places, or the region's frame when it shows them). A new object means "move now".
 */
export type CameraIntent = {
  readonly seq: number;
  readonly region: string | null;
  readonly report: string | null;
  readonly at: Camera | null;
  readonly motion: CameraMotion;
};

/**
 * Playback shows one year at a time without touching the URL. It lives in the store so that every other change
 * ends it (a filter, a region, a report, Back or Forward), and so that everything that says what is on screen
 * (Share, Cite, the title, the map) reads one view: `shownView`.
 */
export type PlaybackState = { readonly session: number; readonly year: number };

export type ViewSnapshot = {
  readonly view: ViewState;
  readonly camera: CameraIntent;
  readonly playback: PlaybackState | null;
};

/** What is on screen: the URL's view, or during playback the year it shows (one year, no comparison). */
export function shownView(snapshot: ViewSnapshot): ViewState {
  const { view, playback } = snapshot;
  if (playback === null) return view;
  const year = String(playback.year);
  return { ...view, from: year, to: year, compare: null };
}

/** The parts of `window` the store uses; tests pass a fake. */
export type BrowserPort = {
  readonly location: { readonly href: string; readonly pathname: string; readonly search: string };
  readonly history: {
    pushState(data: unknown, unused: string, url?: string): void;
    replaceState(data: unknown, unused: string, url?: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
};

export type Clock = {
  now(): number;
  setTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(handle: ReturnType<typeof setTimeout>): void;
};

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};

/** Safari rejects more than 100 replaceState calls per 30 s: camera writes wait at least this long. */
export const CAMERA_WRITE_INTERVAL_MS = 400;

export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.lng - b.lng) < 1e-6 && Math.abs(a.zoom - b.zoom) < 1e-3;
}

/** The view a page is pre-rendered with: its language, its region and no filters (the static HTML has no query). */
export function defaultSnapshot(region: string | null, locale: Locale): ViewSnapshot {
  return {
    view: { ...DEFAULT_STATE, locale, region },
    camera: { seq: 0, region, report: null, at: null, motion: 'jump' },
    playback: null,
  };
}

/** Whether two plain values (objects, arrays, strings, numbers, booleans, null) hold the same data, key order aside. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/**
 * Whether two snapshots say the same thing (view, camera intent with its sequence number, playback), whatever their
 * identity. components/use-view-store.ts uses it to hand React the server's snapshot object when the URL's view is
 * the page's default one: React compares the two by identity after hydration and re-renders the whole dashboard,
 * synchronously, when they differ.
 */
export function sameSnapshot(a: ViewSnapshot, b: ViewSnapshot): boolean {
  return sameData(a, b);
}

export class ViewStore {
  private snapshot: ViewSnapshot;
  private readonly listeners = new Set<() => void>();
  private pendingCamera: Camera | null = null;
  private cameraTimer: ReturnType<typeof setTimeout> | null = null;
  private lastCameraWrite = Number.NEGATIVE_INFINITY;
  private cameraSeq = 0;
  private playbackSession = 0;
  private listening = false;

  constructor(
    private readonly browser: BrowserPort,
    private vocabulary: Vocabulary,
    /** The page's own region, kept when the path names no known region. */
    private readonly pageRegion: string | null,
    private readonly clock: Clock = systemClock,
  ) {
    const view = this.readUrl();
    this.snapshot = {
      view,
      camera: { seq: 0, region: view.region, report: view.report, at: view.at, motion: 'jump' },
      playback: null,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ViewSnapshot => this.snapshot;

  /** Rewrites the URL to the canonical form of what is shown, then follows back and forward. Returns a stop. */
  start(): () => void {
    this.writeUrl(this.snapshot.view, 'replace');
    if (!this.listening) {
      this.browser.addEventListener('popstate', this.onPopState);
      this.listening = true;
    }
    return () => this.stop();
  }

  stop() {
    this.cancelPendingCamera();
    if (this.listening) this.browser.removeEventListener('popstate', this.onPopState);
    this.listening = false;
  }

  /**
   * New vocabulary (the reports have arrived): the URL is read again, and rewritten if it named something unknown.
   * The camera is the reader's: a pan under way keeps its pending write and its gesture, and the map is not moved.
   */
  setVocabulary(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
    const view = { ...this.readUrl(), at: this.snapshot.view.at };
    if (serialize(view) === serialize(this.snapshot.view)) return;
    this.writeUrl(view, 'replace');
    this.publish(view, this.snapshot.camera, this.snapshot.playback);
  }

  /**
   * A discrete change of the view: a new history entry (or a replaced one), carrying the latest camera. A marker's
   * list belongs to the view it was opened in: a change that does not name a list closes it.
   */
  navigate(change: Partial<ViewState>, kind: NavigationKind = 'push') {
    const current = this.snapshot.view;
    const pending = this.pendingCamera;
    this.cancelPendingCamera();
    const base = pending ? { ...current, at: pending } : current;
    const next = this.canonical({ ...base, list: [], ...change });
    this.writeUrl(next, kind);
    this.publish(next, this.cameraFor(base, next, 'ease'), null);
  }

  /** Starts playback at a year; returns its session, which its later steps must name. */
  startPlayback(year: number): number {
    this.playbackSession += 1;
    this.publish(this.snapshot.view, this.snapshot.camera, { session: this.playbackSession, year });
    return this.playbackSession;
  }

  /** Shows the next year, if this playback is still the one running (any other change ends it). */
  stepPlayback(session: number, year: number): boolean {
    if (this.snapshot.playback?.session !== session) return false;
    this.publish(this.snapshot.view, this.snapshot.camera, { session, year });
    return true;
  }

  /**
   * Ends this playback: with `commit`, the year shown becomes the view (one history entry); without, the view
   * goes back to the URL's. A playback already ended by another change writes nothing, so it never writes over an
   * entry it did not create.
   */
  finishPlayback(session: number, commit: boolean) {
    const playback = this.snapshot.playback;
    if (playback?.session !== session) return;
    if (commit) {
      const year = String(playback.year);
      this.navigate({ from: year, to: year, compare: null });
    } else this.publish(this.snapshot.view, this.snapshot.camera, null);
  }

  /** The app moves the camera to a place (a report's place): written at once, the map flies there. */
  focusCamera(camera: Camera) {
    this.cancelPendingCamera();
    const next: ViewState = { ...this.snapshot.view, at: camera };
    this.writeUrl(next, 'replace');
    this.publish(next, this.newCamera(next, 'fly'), this.snapshot.playback);
  }

  /**
   * The user moved the map: replace the URL's camera, throttled; the map is already there, so it is not moved.
   * `intentSeq` is the camera intent current when the gesture began; a gesture from before the latest
   * back/forward or region change is dropped (its end can arrive after the navigation).
   */
  writeCamera(camera: Camera, intentSeq: number = this.snapshot.camera.seq) {
    if (intentSeq !== this.snapshot.camera.seq) return;
    this.cancelPendingCamera();
    if (sameCamera(camera, this.snapshot.view.at)) return;
    this.pendingCamera = camera;
    const wait = CAMERA_WRITE_INTERVAL_MS - (this.clock.now() - this.lastCameraWrite);
    if (wait <= 0) this.flushCamera();
    else this.cameraTimer = this.clock.setTimeout(() => this.flushCamera(), wait);
  }

  /** Whether a camera write is waiting for its turn (tests and the model-based e2e test read this). */
  get hasPendingCamera(): boolean {
    return this.pendingCamera !== null;
  }

  private flushCamera() {
    const camera = this.pendingCamera;
    this.cancelPendingCamera();
    if (camera === null) return;
    this.lastCameraWrite = this.clock.now();
    const next: ViewState = { ...this.snapshot.view, at: camera };
    this.writeUrl(next, 'replace');
    this.publish(next, this.snapshot.camera, this.snapshot.playback);
  }

  private cancelPendingCamera() {
    if (this.cameraTimer !== null) this.clock.clearTimeout(this.cameraTimer);
    this.cameraTimer = null;
    this.pendingCamera = null;
  }

  private readonly onPopState = () => {
    this.cancelPendingCamera();
    const view = this.readUrl();
    // An entry may name what has since turned out unknown (a report id checked after it was written): the address
    // is rewritten to what is shown, as on load.
    this.writeUrl(view, 'replace');
    // Back and forward always re-apply the entry's camera: the map may have moved since it was written.
    this.publish(view, this.newCamera(view, 'jump'), null);
  };

  /** A view as its URL reads back: junk dropped, a backwards window swapped, so state and address never differ. */
  private canonical(view: ViewState): ViewState {
    const parsed = parse(serialize(view), this.vocabulary);
    return { ...parsed.state, region: parsed.unknownRegion ? this.pageRegion : parsed.state.region };
  }

  private readUrl(): ViewState {
    const parsed = parse(this.browser.location.href, this.vocabulary);
    return parsed.unknownRegion ? { ...parsed.state, region: this.pageRegion } : parsed.state;
  }

  private writeUrl(view: ViewState, kind: NavigationKind) {
    const url = serialize(view);
    if (url === this.browser.location.pathname + this.browser.location.search) return;
    if (kind === 'push') this.browser.history.pushState(null, '', url);
    else this.browser.history.replaceState(null, '', url);
  }

  /**
   * A new intent when the framing changes: the region, the exact camera, or, with no exact camera, the open report
   * (opening one frames its places; closing it goes back to the region's frame).
   */
  private cameraFor(before: ViewState, after: ViewState, motion: CameraMotion): CameraIntent {
    const moved =
      before.region !== after.region ||
      !sameCamera(before.at, after.at) ||
      (after.at === null && before.report !== after.report);
    return moved ? this.newCamera(after, motion) : this.snapshot.camera;
  }

  private newCamera(view: ViewState, motion: CameraMotion): CameraIntent {
    this.cameraSeq += 1;
    return { seq: this.cameraSeq, region: view.region, report: view.report, at: view.at, motion };
  }

  private publish(view: ViewState, camera: CameraIntent, playback: PlaybackState | null) {
    this.snapshot = { view, camera, playback };
    for (const listener of this.listeners) listener();
  }
}
