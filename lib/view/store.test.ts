import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialize, type Vocabulary } from './url-state';
import {
  CAMERA_WRITE_INTERVAL_MS,
  defaultSnapshot,
  sameSnapshot,
  shownView,
  ViewStore,
  type BrowserPort,
  type Clock,
} from './store';

const vocabulary: Vocabulary = {
  sectors: ['restaurants', 'textile', 'assembly'],
  conditions: ['reopened', 'struggling'],
  confidence: ['on-site-reporting', 'relay'],
  regions: ['liaoning', 'jilin', 'dandong', 'yanbian'],
  reports: new Set(['a-2020', 'b-2021']),
  bounds: [116, 37, 135, 48],
  zoomRange: [3.5, 12],
};

/** A browser history with entries, a cursor and popstate, like the real one. */
class FakeBrowser implements BrowserPort {
  entries: string[];
  index = 0;
  writes: { kind: 'push' | 'replace'; url: string }[] = [];
  private popListeners = new Set<() => void>();
  constructor(url: string) {
    this.entries = [url];
  }
  get location() {
    const url = new URL(this.entries[this.index] ?? '/', 'http://localhost');
    return { href: url.href, pathname: url.pathname, search: url.search };
  }
  readonly history = {
    pushState: (_data: unknown, _unused: string, url?: string) => {
      this.entries = [...this.entries.slice(0, this.index + 1), url ?? ''];
      this.index += 1;
      this.writes.push({ kind: 'push', url: url ?? '' });
    },
    replaceState: (_data: unknown, _unused: string, url?: string) => {
      this.entries[this.index] = url ?? '';
      this.writes.push({ kind: 'replace', url: url ?? '' });
    },
  };
  addEventListener(_type: 'popstate', listener: () => void) {
    this.popListeners.add(listener);
  }
  removeEventListener(_type: 'popstate', listener: () => void) {
    this.popListeners.delete(listener);
  }
  go(delta: number) {
    this.index = Math.max(0, Math.min(this.entries.length - 1, this.index + delta));
    for (const listener of this.popListeners) listener();
  }
  get url() {
    return this.entries[this.index];
  }
}

/** A clock the test moves by hand. */
class FakeClock implements Clock {
  time = 10_000;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id as unknown as ReturnType<typeof setTimeout>;
  };
  clearTimeout = (handle: ReturnType<typeof setTimeout>) => {
    this.timers.delete(handle as unknown as number);
  };
  advance(ms: number) {
    this.time += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at <= this.time) {
        this.timers.delete(id);
        timer.callback();
      }
    }
  }
}

function setup(url = '/') {
  const browser = new FakeBrowser(url);
  const clock = new FakeClock();
  const store = new ViewStore(browser, vocabulary, null, clock);
  let notifications = 0;
  store.subscribe(() => (notifications += 1));
  store.start();
  return { browser, clock, store, notifications: () => notifications };
}

describe('ViewStore', () => {
  it('reads the URL and rewrites junk to the canonical form of what is shown', () => {
    const { browser, store } = setup('/regions/dandong?sector=textile,bogus&zzz=1&from=2021&to=2019');
    expect(store.getSnapshot().view).toMatchObject({
      region: 'dandong',
      sectors: ['textile'],
      from: '2019',
      to: '2021',
    });
    expect(browser.url).toBe('/regions/dandong?sector=textile&from=2019&to=2021');
    expect(browser.writes).toEqual([{ kind: 'replace', url: '/regions/dandong?sector=textile&from=2019&to=2021' }]);
  });

  it('notifies once per change and pushes one history entry per discrete choice', () => {
    const { browser, store, notifications } = setup('/');
    store.navigate({ sectors: ['textile'] });
    expect(notifications()).toBe(1);
    expect(browser.entries).toEqual(['/', '/?sector=textile']);
    store.navigate({ region: 'dandong' });
    expect(notifications()).toBe(2);
    expect(browser.url).toBe('/regions/dandong?sector=textile');
  });

  it('keeps the published view equal to what its URL reads back (a backwards window is swapped in both)', () => {
    const { browser, store } = setup('/');
    store.navigate({ from: '2023', to: '2008' });
    expect(store.getSnapshot().view).toMatchObject({ from: '2008', to: '2023' });
    expect(browser.url).toBe('/?from=2008&to=2023');
  });

  it('throttles camera writes and replaces the entry instead of pushing', () => {
    const { browser, clock, store } = setup('/');
    store.writeCamera({ lat: 40.1, lng: 124.4, zoom: 8 });
    expect(browser.url).toBe('/?at=40.100,124.400,8');
    store.writeCamera({ lat: 40.2, lng: 124.4, zoom: 8 });
    expect(browser.url).toBe('/?at=40.100,124.400,8');
    expect(store.hasPendingCamera).toBe(true);
    clock.advance(CAMERA_WRITE_INTERVAL_MS);
    expect(browser.url).toBe('/?at=40.200,124.400,8');
    expect(browser.entries).toHaveLength(1);
  });

  it('back right after a pan cancels the pending camera write: the older entry never gains the newer camera', () => {
    const { browser, clock, store } = setup('/');
    store.navigate({ sectors: ['textile'] });
    store.writeCamera({ lat: 40.1, lng: 124.4, zoom: 8 }); // written at once
    store.writeCamera({ lat: 41, lng: 125, zoom: 9 }); // pending
    browser.go(-1);
    clock.advance(CAMERA_WRITE_INTERVAL_MS * 2);
    expect(browser.entries[0]).toBe('/');
    expect(browser.url).toBe('/');
    expect(store.getSnapshot().view.at).toBeNull();
    expect(store.getSnapshot().view.sectors).toEqual([]);
  });

  it('opening a report asks the map to frame it, closing goes back to the region; a camera in the URL wins', () => {
    const { store } = setup('/regions/dandong');
    const start = store.getSnapshot().camera;
    store.navigate({ report: 'a-2020', at: null });
    const opened = store.getSnapshot().camera;
    expect(opened.seq).toBeGreaterThan(start.seq);
    expect(opened).toMatchObject({ region: 'dandong', report: 'a-2020', at: null, motion: 'ease' });
    // A filter with the report still open does not move the map.
    store.navigate({ sectors: ['textile'] });
    expect(store.getSnapshot().camera).toBe(opened);
    store.navigate({ report: null });
    expect(store.getSnapshot().camera).toMatchObject({ region: 'dandong', report: null, at: null });
    expect(store.getSnapshot().camera.seq).toBeGreaterThan(opened.seq);
    // With a camera of the reader's own in the view, closing keeps the map where the reader put it.
    store.navigate({ report: 'b-2021', at: null });
    store.writeCamera({ lat: 40.5, lng: 124.5, zoom: 10 });
    const panned = store.getSnapshot().camera;
    store.navigate({ report: null });
    expect(store.getSnapshot().camera).toBe(panned);
  });

  it('back and forward always ask the map to re-apply the camera of the entry', () => {
    const { browser, store } = setup('/');
    store.navigate({ region: 'dandong' });
    const before = store.getSnapshot().camera;
    browser.go(-1);
    const back = store.getSnapshot().camera;
    expect(back.seq).toBeGreaterThan(before.seq);
    expect(back.region).toBeNull();
    browser.go(1);
    expect(store.getSnapshot().camera.region).toBe('dandong');
    expect(store.getSnapshot().camera.seq).toBeGreaterThan(back.seq);
  });

  it('a navigation right after a pan carries the pending camera into the new entry, without moving the map', () => {
    const { browser, store } = setup('/');
    store.writeCamera({ lat: 40.1, lng: 124.4, zoom: 8 });
    const intent = store.getSnapshot().camera;
    store.writeCamera({ lat: 41, lng: 125, zoom: 9 }); // pending
    store.navigate({ sectors: ['textile'] });
    expect(browser.entries).toEqual(['/?at=40.100,124.400,8', '/?sector=textile&at=41.0000,125.0000,9']);
    expect(store.getSnapshot().camera).toBe(intent);
    expect(store.hasPendingCamera).toBe(false);
  });

  it('drops the end of a gesture that began before Back: its camera never lands on the restored entry', () => {
    const { browser, store } = setup('/');
    store.navigate({ sectors: ['textile'] });
    const gestureBegan = store.getSnapshot().camera.seq;
    browser.go(-1);
    store.writeCamera({ lat: 41, lng: 125, zoom: 9 }, gestureBegan);
    expect(browser.url).toBe('/');
    store.writeCamera({ lat: 41, lng: 125, zoom: 9 }, store.getSnapshot().camera.seq);
    expect(browser.url).toBe('/?at=41.0000,125.0000,9');
  });

  it('a user pan never asks the map to move; choosing a region does', () => {
    const { store } = setup('/');
    const intent = store.getSnapshot().camera;
    store.writeCamera({ lat: 40.1, lng: 124.4, zoom: 8 });
    expect(store.getSnapshot().camera).toBe(intent);
    store.navigate({ region: 'yanbian', at: null });
    expect(store.getSnapshot().camera).toMatchObject({ region: 'yanbian', at: null, motion: 'ease' });
  });

  it('drops a report id that turns out unknown once the reports arrive, and rewrites the URL', () => {
    const browser = new FakeBrowser('/?report=not-a-report');
    const store = new ViewStore(browser, { ...vocabulary, reports: null }, null, new FakeClock());
    store.start();
    expect(store.getSnapshot().view.report).toBe('not-a-report');
    store.setVocabulary(vocabulary);
    expect(store.getSnapshot().view.report).toBeNull();
    expect(browser.url).toBe('/');
  });

  it('the reports arriving during a pan neither move the map nor drop the end of the gesture', () => {
    const browser = new FakeBrowser('/?report=a-2020');
    const clock = new FakeClock();
    const store = new ViewStore(browser, { ...vocabulary, reports: null }, null, clock);
    store.start();
    const gestureBegan = store.getSnapshot().camera;
    store.writeCamera({ lat: 40.1, lng: 124.4, zoom: 8 }, gestureBegan.seq); // written at once
    store.writeCamera({ lat: 40.5, lng: 124.9, zoom: 8 }, gestureBegan.seq); // pending
    store.setVocabulary(vocabulary);
    expect(store.getSnapshot().camera).toBe(gestureBegan);
    expect(store.hasPendingCamera).toBe(true);
    store.writeCamera({ lat: 41, lng: 125, zoom: 9 }, gestureBegan.seq); // the gesture's end
    clock.advance(CAMERA_WRITE_INTERVAL_MS);
    expect(browser.url).toBe('/?report=a-2020&at=41.0000,125.0000,9');
    expect(store.getSnapshot().camera).toBe(gestureBegan);
  });

  it('Back to an entry whose report id turned out unknown shows it without the id and rewrites its address', () => {
    const browser = new FakeBrowser('/?report=gone-2019');
    const store = new ViewStore(browser, { ...vocabulary, reports: null }, null, new FakeClock());
    store.start();
    store.navigate({ sectors: ['textile'] });
    store.setVocabulary(vocabulary);
    browser.go(-1);
    expect(store.getSnapshot().view.report).toBeNull();
    expect(browser.url).toBe('/');
    expect(browser.entries).toEqual(['/', '/?sector=textile']);
  });

  describe('playback', () => {
    it('shows its year without writing the URL, and writes one entry when it ends', () => {
      const { browser, store } = setup('/?sector=textile');
      const session = store.startPlayback(2018);
      expect(shownView(store.getSnapshot())).toMatchObject({ from: '2018', to: '2018', sectors: ['textile'] });
      expect(store.stepPlayback(session, 2019)).toBe(true);
      expect(browser.entries).toEqual(['/?sector=textile']);
      store.finishPlayback(session, true);
      expect(browser.entries).toEqual(['/?sector=textile', '/?sector=textile&from=2019&to=2019']);
      expect(store.getSnapshot().playback).toBeNull();
    });

    it('is ended by any change it did not make, and then never writes over the entry the reader reached', () => {
      const { browser, store } = setup('/');
      store.navigate({ sectors: ['textile'] });
      browser.go(-1); // a forward entry exists
      const session = store.startPlayback(2016);
      browser.go(1); // Forward during playback
      expect(store.getSnapshot().playback).toBeNull();
      expect(store.stepPlayback(session, 2017)).toBe(false);
      store.finishPlayback(session, true);
      expect(browser.entries).toEqual(['/', '/?sector=textile']);
      expect(browser.url).toBe('/?sector=textile');

      for (const change of [{ region: 'dandong' }, { report: 'a-2020' }, { sectors: [] as string[] }]) {
        const again = store.startPlayback(2016);
        store.navigate(change);
        expect(store.getSnapshot().playback).toBeNull();
        const entries = [...browser.entries];
        store.finishPlayback(again, true);
        expect(browser.entries).toEqual(entries);
      }
    });

    it('keeps playing while the reader pans, and the reports arriving do not end it', () => {
      const { store } = setup('/');
      const session = store.startPlayback(2016);
      store.writeCamera({ lat: 40.1, lng: 124.4, zoom: 8 });
      store.setVocabulary({ ...vocabulary });
      expect(store.stepPlayback(session, 2017)).toBe(true);
    });
  });

  it('keeps the language prefix on every navigation, camera write and history step', () => {
    const { browser, clock, store } = setup('/ko/regions/dandong?sector=textile');
    store.navigate({ region: null });
    expect(browser.url).toBe('/ko?sector=textile');
    store.navigate({ region: 'yanbian', sectors: [] });
    expect(browser.url).toBe('/ko/regions/yanbian');
    store.writeCamera({ lat: 42.9, lng: 129.5, zoom: 8 });
    clock.advance(CAMERA_WRITE_INTERVAL_MS);
    expect(browser.url).toBe('/ko/regions/yanbian?at=42.900,129.500,8');
    browser.go(-1);
    expect(store.getSnapshot().view).toMatchObject({ locale: 'ko', region: null });
    expect(browser.entries.every((url) => url.startsWith('/ko'))).toBe(true);
  });

  it('stop() removes the popstate listener and cancels a pending write', () => {
    const { browser, clock, store } = setup('/');
    store.writeCamera({ lat: 40.1, lng: 124.4, zoom: 8 });
    store.writeCamera({ lat: 41, lng: 125, zoom: 9 });
    store.stop();
    clock.advance(CAMERA_WRITE_INTERVAL_MS);
    expect(browser.url).toBe('/?at=40.100,124.400,8');
    store.navigate({ sectors: ['textile'] });
    const seq = store.getSnapshot().camera.seq;
    browser.go(-1);
    expect(store.getSnapshot().camera.seq).toBe(seq);
  });

  it('for any sequence of actions (reports arriving at any step, playback, Back and Forward) its promises hold', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('sector' as const), sectors: fc.subarray(['restaurants', 'textile']) }),
      fc.record({ type: fc.constant('region' as const), region: fc.constantFrom(null, 'dandong', 'yanbian') }),
      fc.record({
        type: fc.constant('report' as const),
        report: fc.constantFrom(null, 'a-2020', 'b-2021', 'gone-2019'),
      }),
      fc.record({
        type: fc.constant('camera' as const),
        lat: fc.double({ min: 38, max: 46, noNaN: true }),
        lng: fc.double({ min: 120, max: 130, noNaN: true }),
      }),
      fc.record({ type: fc.constant('list' as const), list: fc.subarray(['a-2020', 'b-2021', 'gone-2019']) }),
      fc.record({ type: fc.constant('history' as const), delta: fc.constantFrom(-1, 1) }),
      fc.record({ type: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 1000 }) }),
      fc.record({ type: fc.constant('play' as const), year: fc.integer({ min: 2010, max: 2024 }) }),
      fc.record({ type: fc.constant('step' as const), year: fc.integer({ min: 2010, max: 2024 }) }),
      fc.record({ type: fc.constant('finish' as const), commit: fc.boolean() }),
    );
    let steps = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('', '/ko', '/zh'),
        fc.array(action, { minLength: 10, maxLength: 40 }),
        fc.nat(40),
        (prefix, actions, reportsArriveAt) => {
          const browser = new FakeBrowser(`${prefix || '/'}?report=gone-2019&list=a-2020,gone-2019`);
          const clock = new FakeClock();
          const store = new ViewStore(browser, { ...vocabulary, reports: null }, null, clock);
          store.start();
          let session: number | null = null;
          actions.forEach((step, index) => {
            steps += 1;
            if (index === reportsArriveAt) store.setVocabulary(vocabulary);
            const entriesBefore = [...browser.entries];
            const playingBefore = store.getSnapshot().playback;
            const cameraBefore = store.getSnapshot().camera;
            const reportBefore = store.getSnapshot().view.report;
            const framedBefore = store.getSnapshot().view.at === null && !store.hasPendingCamera;
            if (step.type === 'sector') store.navigate({ sectors: step.sectors });
            else if (step.type === 'region') store.navigate({ region: step.region, at: null });
            // As the dashboard opens a report: the map frames it, so the reader's camera gives way.
            else if (step.type === 'report') store.navigate({ report: step.report, at: null });
            else if (step.type === 'list') store.navigate({ list: step.list });
            else if (step.type === 'camera') store.writeCamera({ lat: step.lat, lng: step.lng, zoom: 8 });
            else if (step.type === 'history') browser.go(step.delta);
            else if (step.type === 'wait') clock.advance(step.ms);
            else if (step.type === 'play') session = store.startPlayback(step.year);
            else if (step.type === 'step' && session !== null) store.stepPlayback(session, step.year);
            else if (step.type === 'finish' && session !== null) store.finishPlayback(session, step.commit);
            const { view, playback, camera } = store.getSnapshot();
            // State and URL never differ, except for a camera write still waiting its turn.
            if (!store.hasPendingCamera) expect(browser.url).toBe(serialize(view));
            // Once the reports are known, no view shows an unknown report.
            if (index >= reportsArriveAt) expect(view.report).not.toBe('gone-2019');
            if (index >= reportsArriveAt) expect(view.list).not.toContain('gone-2019');
            // A marker's list closes with any other change of the view, and is in the URL while open.
            if (['sector', 'region', 'report'].includes(step.type)) expect(view.list).toEqual([]);
            if (step.type === 'list' && index >= reportsArriveAt)
              expect(view.list).toEqual(step.list.filter((id) => id !== 'gone-2019').sort());
            // A user pan never asks the map to move.
            if (step.type === 'camera') expect(camera).toBe(cameraBefore);
            // Opening or closing a report asks the map to frame what is now open; the same report asks nothing.
            if (step.type === 'report' && view.report !== reportBefore)
              expect(camera).toMatchObject({ report: view.report, at: null, region: view.region });
            if (step.type === 'report' && view.report === reportBefore && framedBefore)
              expect(camera.seq).toBe(cameraBefore.seq);
            // Any change playback did not make ends it; a playback that was ended writes nothing.
            if (['sector', 'region', 'report', 'history'].includes(step.type)) expect(playback).toBeNull();
            if ((step.type === 'step' || step.type === 'finish') && playingBefore === null)
              expect(browser.entries).toEqual(entriesBefore);
            // Playback itself never touches history until it commits.
            if (step.type === 'play' || step.type === 'step') expect(browser.entries).toEqual(entriesBefore);
            // Every entry stays in the page's language: only a link (the language switcher) changes it.
            for (const url of browser.entries)
              expect(prefix === '' ? !/^\/(ko|zh)\b/.test(url) : url.startsWith(prefix)).toBe(true);
          });
        },
      ),
      { numRuns: 60 },
    );
    expect(steps).toBeGreaterThanOrEqual(600);
  });
});

describe('sameSnapshot', () => {
  it("finds a page's default view in a URL without a query, so hydration keeps the server's snapshot", () => {
    const home = new ViewStore(new FakeBrowser('/'), vocabulary, null, new FakeClock());
    expect(sameSnapshot(home.getSnapshot(), defaultSnapshot(null, 'en'))).toBe(true);
    const region = new ViewStore(new FakeBrowser('/ko/regions/dandong'), vocabulary, 'dandong', new FakeClock());
    expect(sameSnapshot(region.getSnapshot(), defaultSnapshot('dandong', 'ko'))).toBe(true);
  });

  it('tells any difference in the view, the camera intent or playback', () => {
    const base = defaultSnapshot(null, 'en');
    const filtered = new ViewStore(new FakeBrowser('/?sector=textile'), vocabulary, null, new FakeClock());
    expect(sameSnapshot(filtered.getSnapshot(), base)).toBe(false);
    expect(sameSnapshot({ ...base, camera: { ...base.camera, seq: 1 } }, base)).toBe(false);
    expect(sameSnapshot({ ...base, playback: { year: 2020 } } as unknown as typeof base, base)).toBe(false);
    expect(sameSnapshot({ ...base, view: { ...base.view, sectors: ['textile'] } }, base)).toBe(false);
    expect(sameSnapshot({ ...base, view: { ...base.view } }, base)).toBe(true);
  });
});
