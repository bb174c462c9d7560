'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Theme } from '@/lib/view/theme';
import type { ChangeClass } from '@/lib/view/compare';
import type { ReportPoints } from '@/lib/map/features';
import { MAP_COLOURS, type SectorStyle } from '@/lib/map/colours';
import type { BBox } from '@/lib/data/schema';
import type { LabelLanguage } from '@/lib/map/style';
import type { GeoUrls } from '@/lib/map/geo-files';
import type { Camera } from '@/lib/view/view-state';
import type { CameraIntent } from '@/lib/view/store';
import { HoverLabel, MarkerLabel } from './hover-label';
import { MarkerKeys, type MarkerKeysText } from './marker-keys';
import type { HoveredMarker, HoveredRegion, MapController, MapControlText } from './map-controller';
import { ProvinceBadges, type ProvinceBadge } from './province-badges';
import { webglAvailable } from './webgl';
import { WIDE_SCREEN_QUERY } from '@/lib/view/layout';

let controllerModule: Promise<typeof import('./map-controller')> | null = null;

/**
 * The code that drives MapLibre (the controller, with the style it builds) is a chunk of its own, like MapLibre: a
 * page whose map never loads (a phone, a narrow window, no WebGL) never downloads or parses it, and the first load's
 * hydration does not wait on it.
 */
function loadController() {
  controllerModule ??= import('./map-controller');
  return controllerModule;
}

// On wide screens the map loads at once: start both downloads while the page hydrates, side by side rather than one
// after the other (the controller's module would otherwise ask for MapLibre only once it has arrived). A failure
// here is reported when the map's effect awaits the same promises.
if (typeof window !== 'undefined' && window.matchMedia(WIDE_SCREEN_QUERY).matches) {
  loadController().catch(() => undefined);
  import('maplibre-gl').catch(() => undefined);
}

export type MapStatus = 'waiting' | 'loading' | 'ready' | 'unsupported';

/** Everything the map says, in the page's language (the map decides no wording). */
export type RegionMapText = {
  /** Accessible name of the map region. */
  label: string;
  show: string;
  loading: string;
  unsupported: string;
  controls: MapControlText;
  markerKeys: MarkerKeysText;
  /** "Liaoning-wide: 3 reports" on a province's badge. */
  provinceBadge: (name: string, count: number) => string;
};

/** Where the app wants the camera (from the view store): a new object means "move there now". */
export type CameraTarget = { intent: CameraIntent; bbox: BBox };

type RegionMapProps = {
  attribution: string;
  geoUrls: GeoUrls;
  sectors: readonly SectorStyle[];
  visibleSectors: readonly string[];
  reportPoints: Record<string, ReportPoints>;
  /** Matching reports per prefecture, keyed by GB/T code (the regions' feature ids). */
  regionCounts: ReadonlyMap<number, number>;
  /** With a comparison: each prefecture's change class, shading the map instead of the counts. */
  regionChange: ReadonlyMap<number, ChangeClass> | null;
  provinceBadges: readonly ProvinceBadge[];
  selectedRegionCode: number | null;
  maxBounds: BBox;
  /** The open report's places (longitude, latitude), ringed over the markers; empty when none is open. */
  openReportPlaces: readonly (readonly [number, number])[];
  /** The camera the store asks for; applied once per new intent. */
  camera: CameraTarget;
  /** Pixels at the map's left covered by an overlay (the open legend): frames are fitted beside it. */
  frameInset: number;
  /** Where the map starts when it is (re)created: the view's latest camera, else the intent's framing. */
  startCamera: () => Camera | null;
  onSelectRegion: (code: number) => void;
  onSelectReports: (reportIds: string[], place: string | null) => void;
  /** A user's camera, with the intent current when the gesture began (the store drops stale ones). */
  onCamera: (camera: Camera, intentSeq: number) => void;
  /** Whether to load MapLibre now; until then (and without WebGL) the static preview is the map. */
  load: boolean;
  onRequestLoad: () => void;
  /** Prefectures searched with no report found: hatched on the map. */
  noneFound: readonly string[];
  /** "3 reports from 2 outlets": what stands behind a marker, said on hover. */
  describeReports: (reportIds: readonly string[]) => string;
  /** The map has drawn everything it was given (its idle event): playback waits on it. */
  onIdle?: () => void;
  /**
   * The static map drawn underneath until MapLibre is ready. `followsView` is false while MapLibre is loading
   * over it: for those seconds the pre-drawn image will do, and redrawing it for the filters would fetch the
   * shapes file for nothing on every wide screen.
   */
  preview: (followsView: boolean) => ReactNode;
  /** The language of labels and names on the map. */
  labels: LabelLanguage;
  theme: Theme;
  text: RegionMapText;
};

const subscribeToNothing = () => () => {};
const onClient = () => true;
const onServer = () => false;

export function RegionMap(props: RegionMapProps) {
  const containerRef = useRef<HTMLElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const [status, setStatus] = useState<MapStatus>('waiting');
  const [hovered, setHovered] = useState<HoveredRegion | null>(null);
  const [hoveredMarker, setHoveredMarker] = useState<HoveredMarker | null>(null);
  const [moveCount, setMoveCount] = useState(0);
  // An unexpected failure in the map code is rethrown during render, so MapErrorBoundary keeps the rest working.
  const [crash, setCrash] = useState<Error | null>(null);
  if (crash) throw crash;
  // Handlers change identity on every render; the map holds on to the latest through this ref.
  const latest = useRef(props);
  // The camera intent the map has already met (by moving, or by being created there).
  const appliedIntent = useRef(-1);
  // The frame that intent was met with (null for an exact camera): it can grow sharper without a new intent (an open
  // report's places arrive).
  const appliedFrame = useRef<BBox | null>(null);
  useEffect(() => {
    latest.current = props;
  });

  // Until hydration has settled, `load` may still be the server's guess (no wide screen), so the preview does
  // not redraw yet; after that it redraws only where it stays the map: no MapLibre wanted, or none possible.
  const hydrated = useSyncExternalStore(subscribeToNothing, onClient, onServer);
  const previewFollowsView = hydrated && (!props.load || status === 'unsupported');

  const { load } = props;
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !load) return;
    setStatus('loading');
    let cancelled = false;
    let created: MapController | null = null;
    const initial = latest.current;
    // A map made now starts at the view's latest camera: the intent it was asked for is already met.
    appliedIntent.current = initial.camera.intent.seq;
    appliedFrame.current = initial.startCamera() === null ? initial.camera.bbox : null;
    let idleCount = 0;
    let moveFrame = 0;
    loadController()
      .then(({ MapController }) =>
        MapController.create({
          container,
          attribution: initial.attribution,
          geoUrls: initial.geoUrls,
          sectors: initial.sectors,
          visibleSectors: initial.visibleSectors,
          initialBounds: initial.camera.bbox,
          initialFrameInset: initial.frameInset,
          maxBounds: initial.maxBounds,
          initialCamera: initial.startCamera(),
          initialReportPoints: initial.reportPoints,
          noneFound: initial.noneFound,
          labels: initial.labels,
          theme: initial.theme,
          text: initial.text.controls,
          events: {
            onReady: () => {
              container.dataset.readyAt = String(performance.now());
              setStatus('ready');
            },
            onIdle: () => {
              // Written straight to the DOM: tests and the benchmark wait on the map's own idle without re-rendering.
              idleCount += 1;
              container.dataset.idleCount = String(idleCount);
              container.dataset.lastIdleAt = String(performance.now());
              latest.current.onIdle?.();
            },
            onHover: setHovered,
            onHoverMarker: setHoveredMarker,
            onSelectRegion: (code) => latest.current.onSelectRegion(code),
            onSelectReports: (ids, place) => latest.current.onSelectReports(ids, place),
            onUserMoveEnd: (camera, intentSeq) => {
              latest.current.onCamera(camera, intentSeq);
            },
            // Overlays follow the camera at most once per frame.
            onMove: () => {
              if (moveFrame !== 0) return;
              moveFrame = requestAnimationFrame(() => {
                moveFrame = 0;
                setMoveCount((count) => count + 1);
              });
            },
          },
        }),
      )
      .then((map) => {
        if (cancelled) return map.destroy();
        created = map;
        setController(map);
        // Automated browsers (the end-to-end tests, the benchmark) get a probe of the map's own projection and
        // markers, in a chunk a reader's browser never loads.
        if (navigator.webdriver)
          void import('./map-probe').then(({ installMapProbe }) => installMapProbe(map, container));
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!webglAvailable()) {
          // Expected on some machines: say so, the list keeps working without the map.
          console.warn('The map could not start: WebGL is unavailable');
          setStatus('unsupported');
        } else setCrash(error instanceof Error ? error : new Error(String(error)));
      });
    return () => {
      cancelled = true;
      cancelAnimationFrame(moveFrame);
      created?.destroy();
      // Nothing may keep pointing at a removed map: the next mount starts from scratch.
      setController(null);
      if (navigator.webdriver) delete window.__mapProbe;
      setHovered(null);
      setHoveredMarker(null);
      setStatus('waiting');
    };
  }, [load]);

  useEffect(() => controller?.setSectorVisibility(props.visibleSectors), [controller, props.visibleSectors]);
  useEffect(() => controller?.setReportPoints(props.reportPoints), [controller, props.reportPoints]);
  useEffect(() => controller?.setRegionCounts(props.regionCounts), [controller, props.regionCounts]);
  useEffect(() => controller?.setRegionChange(props.regionChange), [controller, props.regionChange]);
  useEffect(() => controller?.setSelectedRegion(props.selectedRegionCode), [controller, props.selectedRegionCode]);
  useEffect(() => controller?.setTheme(props.theme), [controller, props.theme]);
  useEffect(() => controller?.setOpenReportPlaces(props.openReportPlaces), [controller, props.openReportPlaces]);
  // Applies to the next frame fitted: opening or closing the legend does not move the map under the reader.
  useEffect(() => controller?.setFrameInset(props.frameInset), [controller, props.frameInset]);

  const { camera } = props;
  useEffect(() => {
    if (!controller) return;
    if (appliedIntent.current === camera.intent.seq) {
      controller.setIntentSeq(camera.intent.seq);
      // The same intent with a new frame: the open report's places became known when the index arrived. The map
      // goes there unless the reader has moved it since (the reader's camera is never taken back).
      if (camera.intent.at === null && !sameBBox(appliedFrame.current, camera.bbox)) {
        appliedFrame.current = camera.bbox;
        controller.reframe(camera.intent.seq, camera.bbox);
      }
      return;
    }
    const previous = appliedIntent.current;
    appliedIntent.current = camera.intent.seq;
    const { at, motion, seq } = camera.intent;
    // Already there: the frame the map was fitted to, and the reader has not moved it since (a report opened inside
    // the region page's frame keeps the frame exactly).
    const alreadyFramed =
      at === null && sameBBox(appliedFrame.current, camera.bbox) && !controller.movedByReader(previous);
    appliedFrame.current = at === null ? camera.bbox : null;
    if (alreadyFramed) {
      controller.setIntentSeq(seq);
      return;
    }
    controller.applyIntent(seq, () => {
      if (at && motion === 'fly') controller.flyTo(at.lng, at.lat, at.zoom);
      else if (at) controller.jumpTo(at);
      else controller.fitBounds(camera.bbox, motion !== 'jump');
    });
  }, [controller, camera]);

  return (
    <div className="relative h-full w-full overflow-hidden" style={{ backgroundColor: MAP_COLOURS[props.theme].sea }}>
      {/* The static map keeps clear of the strip along the bottom where the pill and the legend sit, so neither
          covers a region or a name (the panel's sheet overlaps the strip's lowest 12 px on phones). */}
      {status !== 'ready' && (
        <div className="absolute inset-x-0 top-0 bottom-16">{props.preview(previewFollowsView)}</div>
      )}
      <section
        ref={containerRef}
        className={`absolute inset-0 ${status === 'ready' ? '' : 'pointer-events-none opacity-0'}`}
        aria-label={props.text.label}
        data-testid="map"
        data-map-status={status}
        data-map-ready={status === 'ready' ? 'true' : 'false'}
      />
      {status === 'waiting' && (
        <div className="js-only absolute inset-x-0 bottom-4 flex justify-center">
          <button
            type="button"
            onClick={props.onRequestLoad}
            data-testid="show-map"
            className="rounded-full bg-gray-900 px-4 py-2 text-sm font-medium text-white shadow-lg hover:bg-gray-800"
          >
            {props.text.show}
          </button>
        </div>
      )}
      {status === 'loading' && (
        <div className="pointer-events-none absolute inset-x-0 bottom-4 flex justify-center" role="status">
          <span className="rounded bg-white/95 px-3 py-1.5 text-sm text-gray-800 shadow">{props.text.loading}</span>
        </div>
      )}
      {status === 'unsupported' && (
        <div className="absolute inset-x-2 bottom-2 flex justify-center" role="alert" data-testid="map-unavailable">
          <p className="max-w-md rounded bg-white px-3 py-2 text-sm text-gray-800 shadow">{props.text.unsupported}</p>
        </div>
      )}
      {status === 'ready' && controller && (
        <>
          <ProvinceBadges
            badges={props.provinceBadges}
            project={(lon, lat) => controller.project(lon, lat)}
            version={moveCount}
            onSelect={(code) => latest.current.onSelectRegion(code)}
            label={props.text.provinceBadge}
          />
          <MarkerKeys
            controller={controller}
            version={moveCount}
            text={props.text.markerKeys}
            describe={(marker) =>
              marker.place === null
                ? props.describeReports(marker.reportIds)
                : `${marker.place}: ${props.describeReports(marker.reportIds)}`
            }
            onOpen={(ids, place) => latest.current.onSelectReports(ids, place)}
          />
        </>
      )}
      {hovered ? (
        <HoverLabel
          region={hovered}
          locale={props.labels.locale}
          detail={hoveredMarker ? props.describeReports(hoveredMarker.reportIds) : undefined}
        />
      ) : (
        hoveredMarker && (
          <MarkerLabel text={props.describeReports(hoveredMarker.reportIds)} x={hoveredMarker.x} y={hoveredMarker.y} />
        )
      )}
    </div>
  );
}

function sameBBox(a: BBox | null, b: BBox): boolean {
  return a !== null && a.every((value, index) => Math.abs(value - (b[index] ?? Number.NaN)) < 1e-9);
}
