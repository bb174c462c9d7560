/**
 * The one place that drives MapLibre. It applies what it is told (style, overlays, shading, camera) and reports
 * what the user does on the map; it decides nothing about the data.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { ReportPoints } from '@/lib/map/features';
import type { Theme } from '@/lib/view/theme';
import {
  allReportLayerIds,
  buildMapStyle,
  changeColour,
  choroplethColour,
  LAYER_IDS,
  LOCAL_IDEOGRAPH_FONT_FAMILY,
  NONE_FOUND_PATTERN,
  OPEN_REPORT_SOURCE,
  openReportPlaces,
  petalOffset,
  themePaint,
  REQUIRED_LAYERS,
  reportLayerFilter,
  reportLayerIds,
  reportSourceId,
  type LabelLanguage,
} from '@/lib/map/style';
import { NONE_FOUND_COLOUR, type SectorStyle } from '@/lib/map/colours';
import type { GeoUrls } from '@/lib/map/geo-files';
import type { ChangeClass } from '@/lib/view/compare';
import type { BBox } from '@/lib/data/schema';
import type { Camera } from '@/lib/view/view-state';

export type HoveredMarker = { reportIds: string[]; x: number; y: number };

export type HoveredRegion = { id: number; nameEn: string; nameZh: string; nameKo: string; x: number; y: number };

/** A marker as drawn: where it is on screen and which reports it stands for. */
export type RenderedPin = {
  key: string;
  sector: string;
  x: number;
  y: number;
  reportId: string | null;
  clusterSize: number;
};

/** A marker in view as the keyboard reaches it: where it is, and what opening it would show. */
export type KeyboardMarker = {
  key: string;
  sector: string;
  x: number;
  y: number;
  reportIds: string[];
  place: string | null;
};

export type MapEvents = {
  onReady: () => void;
  onIdle: () => void;
  onHover: (region: HoveredRegion | null) => void;
  /** The reports under the marker the pointer is on (all of a cluster's), or null when it is on none. */
  onHoverMarker: (marker: HoveredMarker | null) => void;
  onSelectRegion: (code: number) => void;
  /** Reports under a clicked marker; one id for a single pin, several for a cluster or stacked pins. */
  onSelectReports: (reportIds: string[], place: string | null) => void;
  /**
   * Camera after a user's move, with the camera intent that was current when the gesture began: a gesture that
   * began before a navigation (Back right after a pan) must not write its camera into the new entry.
   */
  onUserMoveEnd: (camera: Camera, intentSeq: number) => void;
  onMove: () => void;
};

export type MapOptions = {
  container: HTMLElement;
  attribution: string;
  geoUrls: GeoUrls;
  sectors: readonly SectorStyle[];
  visibleSectors: readonly string[];
  initialBounds: BBox;
  /** Pixels at the map's left that an overlay (the open legend) covers: frames are fitted beside it. */
  initialFrameInset: number;
  maxBounds: BBox;
  initialCamera: Camera | null;
  initialReportPoints: Readonly<Record<string, ReportPoints>>;
  noneFound: readonly string[];
  /** The language of the map's labels. */
  labels: LabelLanguage;
  /** The theme the map starts in; setTheme changes it. */
  theme: Theme;
  /** The words MapLibre's own controls and the canvas say, in the page's language. */
  text: MapControlText;
  events: MapEvents;
};

export type MapControlText = { canvasLabel: string; zoomIn: string; zoomOut: string; toggleAttribution: string };

let maplibreModule: Promise<typeof import('maplibre-gl')> | null = null;

/** MapLibre is a lazy chunk (~290 KB gzip); this starts its download once and shares it. */
function loadMaplibre() {
  maplibreModule ??= import('maplibre-gl');
  return maplibreModule;
}

/** Diagonal lines, 12 px apart at 2x: the hatch of "no report found". */
function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 24;
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((offset) => parseInt(NONE_FOUND_COLOUR.slice(offset, offset + 2), 16));
  for (let y = 0; y < size; y += 1)
    for (let x = 0; x < size; x += 1) {
      if ((x + y) % 12 > 1) continue;
      const index = (y * size + x) * 4;
      data.set([r ?? 0, g ?? 0, b ?? 0, 255], index);
    }
  return { width: size, height: size, data };
}

function readHovered(feature: MapGeoJSONFeature | undefined, event: MapMouseEvent): HoveredRegion | null {
  if (!feature || typeof feature.id !== 'number') return null;
  const { name_en, name_zh, name_ko } = feature.properties;
  if (typeof name_en !== 'string') return null;
  return {
    id: feature.id,
    nameEn: name_en,
    nameZh: typeof name_zh === 'string' ? name_zh : '',
    nameKo: typeof name_ko === 'string' ? name_ko : '',
    x: event.point.x,
    y: event.point.y,
  };
}

type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

export class MapController {
  /** Set by destroy(): calls that arrive later (an effect of the same commit) do nothing instead of crashing. */
  private destroyed = false;
  private hoveredId: number | null = null;
  private selectedId: number | null = null;
  private ready = false;
  private readonly sectorKeys: string[];
  private visibleSectors: Set<string>;
  private readonly regionCounts = new Map<number, number>();
  private readonly regionChange = new Map<number, ChangeClass>();
  private comparing = false;
  private theme: Theme;

  private constructor(
    private readonly map: MapLibreMap,
    private readonly options: MapOptions,
  ) {
    this.theme = options.theme;
    this.sectorKeys = options.sectors.map((sector) => sector.key);
    this.visibleSectors = new Set(options.visibleSectors.length === 0 ? this.sectorKeys : options.visibleSectors);
    this.wireEvents();
  }

  /** Loads MapLibre (a lazy chunk) and creates the map. Throws when WebGL is unavailable. */
  static async create(options: MapOptions): Promise<MapController> {
    const maplibregl = await loadMaplibre();
    // Turbopack cannot resolve MapLibre's worker on its own (docs/ARCHITECTURE.md, "Toolchain pitfalls").
    maplibregl.setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href);
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const { initialBounds: bounds, maxBounds, initialCamera } = options;
    const map = new maplibregl.Map({
      container: options.container,
      style: buildMapStyle({
        origin: window.location.origin,
        geoUrls: options.geoUrls,
        attribution: options.attribution,
        sectors: options.sectors,
        visibleSectors: options.visibleSectors,
        reportPoints: options.initialReportPoints,
        noneFound: options.noneFound,
        labels: options.labels,
        theme: options.theme,
      }),
      locale: {
        'NavigationControl.ZoomIn': options.text.zoomIn,
        'NavigationControl.ZoomOut': options.text.zoomOut,
        'AttributionControl.ToggleAttribution': options.text.toggleAttribution,
      },
      ...(initialCamera
        ? { center: [initialCamera.lng, initialCamera.lat] as [number, number], zoom: initialCamera.zoom }
        : {
            bounds: [bounds[0], bounds[1], bounds[2], bounds[3]] as [number, number, number, number],
            fitBoundsOptions: { padding: { top: 16, right: 16, bottom: 16, left: 16 + options.initialFrameInset } },
          }),
      maxBounds: [maxBounds[0], maxBounds[1], maxBounds[2], maxBounds[3]],
      minZoom: 3.5,
      maxZoom: 12,
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      fadeDuration: reduceMotion ? 0 : 300,
      // Compact: a button that opens the credits, so they never cover the legend or the scale bar.
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.setMissingStyleImageResolver((id) => {
      if (id === NONE_FOUND_PATTERN && !map.hasImage(id)) map.addImage(id, hatchImage(), { pixelRatio: 2 });
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.getCanvas().setAttribute('aria-label', options.text.canvasLabel);
    // Sources and layers exist only once the style is parsed; every later call can rely on them.
    if (!map.getLayer(LAYER_IDS.background))
      await new Promise<void>((resolve) => map.once('style.load', () => resolve()));

    return new MapController(map, options);
  }

  private wireEvents() {
    const { map } = this;
    const { events } = this.options;

    map.on('mousemove', (event) => {
      const markers = map.queryRenderedFeatures(event.point, { layers: this.visibleReportLayers() });
      const region = readHovered(
        map.queryRenderedFeatures(event.point, { layers: [LAYER_IDS.prefectureFill] })[0],
        event,
      );
      this.setHover(region?.id ?? null);
      events.onHover(region);
      void this.hoverMarker(markers[0], event);
      map.getCanvas().style.cursor = markers.length > 0 || region ? 'pointer' : '';
    });
    map.on('mouseout', () => {
      this.setHover(null);
      events.onHover(null);
      this.hoveredMarkerKey = null;
      events.onHoverMarker(null);
    });

    map.on('click', (event) => {
      void this.handleClick(event);
    });

    map.on('movestart', (event) => {
      if (event.originalEvent !== undefined && !this.applyingIntent) this.gestureIntent = this.intentSeq;
    });
    map.on('move', () => events.onMove());
    map.on('moveend', (event) => {
      // Moves the user makes (drag, wheel, keys, the zoom buttons, and their inertia) carry the input event;
      // the map's own moves (load, fitting a region, back/forward, and stopping a gesture to make them) do not
      // count, and are never written back.
      if (event.originalEvent === undefined || this.applyingIntent) return;
      const center = map.getCenter();
      events.onUserMoveEnd({ lat: center.lat, lng: center.lng, zoom: map.getZoom() }, this.gestureIntent);
    });

    map.on('idle', () => {
      if (!this.ready) {
        const layersReady = REQUIRED_LAYERS.every((id) => map.getLayer(id) !== undefined);
        const sourcesReady = ['regions', 'places', ...this.sectorKeys.map(reportSourceId)].every((id) =>
          map.isSourceLoaded(id),
        );
        if (!layersReady || !sourcesReady) return;
        this.ready = true;
        // MapLibre opens a compact attribution at first; start it closed (its ⓘ button opens it).
        this.options.container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
        events.onReady();
      }
      events.onIdle();
    });

    map.on('error', (event) => {
      console.warn('Map error:', event.error?.message ?? 'unknown');
    });
  }

  private hoveredMarkerKey: string | null = null;
  /** The camera intent the map last met, and the one current when the user's latest gesture began. */
  private intentSeq = -1;
  private gestureIntent = -1;
  /** True while the app moves the camera: a gesture it interrupts ends with events that are not the user's. */
  private applyingIntent = false;

  /** Moves the camera for the app: stops any gesture first, so its inertia cannot end after and count as the user's. */
  applyIntent(seq: number, move: () => void) {
    if (this.destroyed) return;
    this.intentSeq = seq;
    this.applyingIntent = true;
    try {
      this.map.stop();
      move();
    } finally {
      this.applyingIntent = false;
    }
  }

  /** Whether the reader has moved the map while this intent was the latest. */
  movedByReader(seq: number): boolean {
    return this.gestureIntent === seq;
  }

  /** Fits a sharper frame for the intent the map has met, unless the reader has moved the map under it. */
  reframe(seq: number, bbox: BBox) {
    if (this.movedByReader(seq)) return;
    this.applyIntent(seq, () => this.fitBounds(bbox, true));
  }

  /** The intent a new map was created at. */
  setIntentSeq(seq: number) {
    this.intentSeq = seq;
  }

  /** Says which reports stand behind the marker under the pointer; a cluster's are looked up once per marker. */
  private async hoverMarker(marker: MapGeoJSONFeature | undefined, event: MapMouseEvent) {
    const { events } = this.options;
    if (!marker) {
      if (this.hoveredMarkerKey !== null) events.onHoverMarker(null);
      this.hoveredMarkerKey = null;
      return;
    }
    const clusterId = marker.properties.cluster_id;
    const key = `${marker.source}:${typeof clusterId === 'number' ? `c${clusterId}` : String(marker.properties.report)}`;
    const position = { x: event.point.x, y: event.point.y };
    if (key === this.hoveredMarkerKey) return;
    this.hoveredMarkerKey = key;
    const { reportIds } = await this.reportsBehind(marker);
    if (this.destroyed || this.hoveredMarkerKey !== key) return;
    events.onHoverMarker({ reportIds, ...position });
  }

  /** The reports a marker stands for (all of a cluster's leaves) and the first place they name. */
  private async reportsBehind(marker: MapGeoJSONFeature): Promise<{ reportIds: string[]; place: string | null }> {
    const clusterId = marker.properties.cluster_id;
    const source = this.map.getSource<GeoJSONSource>(marker.source);
    const leaves =
      typeof clusterId === 'number' && source ? await source.getClusterLeaves(clusterId, Infinity, 0) : [marker];
    const reportIds = new Set<string>();
    let place: string | null = null;
    for (const leaf of leaves) {
      const { report, place: leafPlace } = leaf.properties ?? {};
      if (typeof report === 'string') reportIds.add(report);
      if (typeof leafPlace === 'string') place ??= leafPlace;
    }
    return { reportIds: [...reportIds], place };
  }

  private visibleReportLayers(): string[] {
    return allReportLayerIds([...this.visibleSectors]);
  }

  private async handleClick(event: MapMouseEvent) {
    const { map } = this;
    // The topmost marker only: petals of other sectors may overlap it, but the user clicked the one on top.
    const marker = map.queryRenderedFeatures(event.point, { layers: this.visibleReportLayers() })[0];
    if (marker) {
      const { reportIds, place } = await this.reportsBehind(marker);
      this.options.events.onSelectReports(reportIds, place);
      return;
    }
    const region = map.queryRenderedFeatures(event.point, { layers: [LAYER_IDS.prefectureFill] })[0];
    if (region && typeof region.id === 'number') this.options.events.onSelectRegion(region.id);
  }

  private setHover(id: number | null) {
    if (id === this.hoveredId) return;
    if (this.hoveredId !== null) this.map.setFeatureState({ source: 'regions', id: this.hoveredId }, { hover: false });
    this.hoveredId = id;
    if (id !== null) this.map.setFeatureState({ source: 'regions', id }, { hover: true });
  }

  /** Markers drawn now: one per sector, place and report (or cluster), at their screen positions with the petal offset. */
  private drawnMarkers(): { key: string; sector: string; x: number; y: number; feature: MapGeoJSONFeature }[] {
    const drawn: { key: string; sector: string; x: number; y: number; feature: MapGeoJSONFeature }[] = [];
    // One pin per key: a report pinned at two places is two features, and a feature spanning tiles comes back
    // once per tile.
    const seen = new Set<string>();
    this.options.sectors.forEach((sector, index) => {
      const ids = reportLayerIds(sector.key);
      if (!this.visibleSectors.has(sector.key)) return;
      const [dx, dy] = petalOffset(index, this.options.sectors.length);
      for (const feature of this.map.queryRenderedFeatures({ layers: [ids.points, ids.clusters] })) {
        if (feature.geometry.type !== 'Point') continue;
        const [lng, lat] = feature.geometry.coordinates;
        if (lng === undefined || lat === undefined) continue;
        const point = this.map.project([lng, lat]);
        const key =
          typeof feature.properties.point_count === 'number'
            ? `${sector.key}:c${String(feature.properties.cluster_id)}`
            : `${sector.key}:${String(feature.properties.report)}@${String(feature.properties.place)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        drawn.push({ key, sector: sector.key, x: Math.round(point.x + dx), y: Math.round(point.y + dy), feature });
      }
    });
    return drawn;
  }

  /**
   * Markers currently drawn, with their screen positions (the map's own projection, plus the petal offset).
   * Asked for only by the test probe (./map-probe.ts): nothing queries the rendered features on a reader's idle.
   */
  renderedPins(): RenderedPin[] {
    return this.drawnMarkers().map(({ key, sector, x, y, feature }) => {
      const size = feature.properties.point_count;
      const report = feature.properties.report;
      return {
        key,
        sector,
        x,
        y,
        reportId: typeof report === 'string' ? report : null,
        clusterSize: typeof size === 'number' ? size : 1,
      };
    });
  }

  /**
   * The markers in view with the reports behind each (a cluster's leaves looked up), for moving through them by
   * keyboard; asked for only while the keyboard is on the markers.
   */
  async markersInView(): Promise<KeyboardMarker[]> {
    if (this.destroyed) return [];
    const drawn = this.drawnMarkers();
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    const inView = drawn.filter(({ x, y }) => x >= 0 && y >= 0 && x <= width && y <= height);
    return Promise.all(
      inView.map(async ({ key, sector, x, y, feature }) => ({
        key,
        sector,
        x,
        y,
        ...(await this.reportsBehind(feature)),
      })),
    );
  }

  project(lon: number, lat: number): { x: number; y: number } {
    if (this.destroyed) return { x: Number.NaN, y: Number.NaN };
    const point = this.map.project([lon, lat]);
    return { x: point.x, y: point.y };
  }

  /** Switches sector overlays with layer filters (see reportLayerFilter); no source is rebuilt. */
  setSectorVisibility(visibleSectors: readonly string[]) {
    if (this.destroyed) return;
    const next = new Set(visibleSectors.length === 0 ? this.sectorKeys : visibleSectors);
    for (const key of this.sectorKeys) {
      const visible = next.has(key);
      if (visible === this.visibleSectors.has(key)) continue;
      const ids = reportLayerIds(key);
      this.map.setFilter(ids.clusters, reportLayerFilter('clusters', visible));
      this.map.setFilter(ids.counts, reportLayerFilter('counts', visible));
      this.map.setFilter(ids.rings, reportLayerFilter('rings', visible));
      this.map.setFilter(ids.points, reportLayerFilter('points', visible));
    }
    this.visibleSectors = next;
  }

  /** Replaces the markers' data; used when condition or time filters change (clusters must count only matches). */
  setReportPoints(bySector: Record<string, ReportPoints>) {
    if (this.destroyed) return;
    for (const key of this.sectorKeys) {
      const source = this.map.getSource<GeoJSONSource>(reportSourceId(key));
      const points = bySector[key];
      if (source && points) void source.setData(points);
    }
  }

  /** Rings the open report's places (longitude, latitude); none when no report is open. */
  setOpenReportPlaces(places: readonly (readonly [number, number])[]) {
    if (this.destroyed) return;
    void this.map.getSource<GeoJSONSource>(OPEN_REPORT_SOURCE)?.setData(openReportPlaces(places));
  }

  /** The rings drawn now, at the map's own coordinates (for the test probe only). */
  renderedOpenReportRings(): { x: number; y: number }[] {
    return this.map.queryRenderedFeatures({ layers: [LAYER_IDS.openReportRing] }).flatMap((feature) => {
      if (feature.geometry.type !== 'Point') return [];
      const [lng, lat] = feature.geometry.coordinates;
      if (lng === undefined || lat === undefined) return [];
      const point = this.map.project([lng, lat]);
      return [{ x: Math.round(point.x), y: Math.round(point.y) }];
    });
  }

  /** Shades each prefecture by its number of matching reports (feature-state, only where a count changed). */
  setRegionCounts(countsByCode: ReadonlyMap<number, number>) {
    if (this.destroyed) return;
    for (const [code, count] of countsByCode) {
      if (this.regionCounts.get(code) === count) continue;
      this.map.setFeatureState({ source: 'regions', id: code }, { count });
      this.regionCounts.set(code, count);
    }
  }

  /**
   * Switches the prefecture shading to a comparison's change classes (lib/view/compare.ts), or back to counts with null.
   * Feature-state only, like the counts: no source is rebuilt.
   */
  setRegionChange(changeByCode: ReadonlyMap<number, ChangeClass> | null) {
    if (this.destroyed) return;
    const comparing = changeByCode !== null;
    if (comparing !== this.comparing) {
      this.map.setPaintProperty(
        LAYER_IDS.prefectureFill,
        'fill-color',
        comparing ? changeColour(this.theme) : choroplethColour(this.theme),
      );
      this.comparing = comparing;
    }
    if (!changeByCode) return;
    for (const [code, change] of changeByCode) {
      if (this.regionChange.get(code) === change) continue;
      this.map.setFeatureState({ source: 'regions', id: code }, { change });
      this.regionChange.set(code, change);
    }
  }

  /** Light or dark: the colours change as paint properties, so nothing reloads and nothing flashes. */
  setTheme(theme: Theme) {
    if (this.destroyed || theme === this.theme) return;
    this.theme = theme;
    for (const { layer, property, value } of themePaint(theme, this.options.sectors, this.comparing))
      // The properties come from our own layers (lib/map/style.ts themePaint), each a colour property MapLibre knows.
      if (this.map.getLayer(layer)) this.map.setPaintProperty(layer, property as PaintProperty, value as PaintValue);
  }

  setSelectedRegion(code: number | null) {
    if (this.destroyed) return;
    if (code === this.selectedId) return;
    if (this.selectedId !== null)
      this.map.setFeatureState({ source: 'regions', id: this.selectedId }, { selected: false });
    this.selectedId = code;
    if (code !== null) this.map.setFeatureState({ source: 'regions', id: code }, { selected: true });
  }

  private frameInset = 0;

  /** The open legend's width on a wide screen: the next frame is fitted beside it, not under it. */
  setFrameInset(pixels: number) {
    this.frameInset = pixels;
  }

  fitBounds(bbox: BBox, animate: boolean) {
    if (this.destroyed) return;
    const padding = { top: 32, right: 32, bottom: 32, left: 32 + this.frameInset };
    this.map.fitBounds([bbox[0], bbox[1], bbox[2], bbox[3]], { padding, animate, maxZoom: 9 });
  }

  jumpTo(camera: Camera) {
    if (this.destroyed) return;
    const center = this.map.getCenter();
    const same =
      Math.abs(center.lat - camera.lat) < 1e-4 &&
      Math.abs(center.lng - camera.lng) < 1e-4 &&
      Math.abs(this.map.getZoom() - camera.zoom) < 0.01;
    if (same) return;
    this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
  }

  /** Flies to a place a user picked from a report card (the store has already written it to the URL). */
  flyTo(lon: number, lat: number, zoom: number) {
    if (this.destroyed) return;
    this.map.flyTo({ center: [lon, lat], zoom, essential: false });
  }

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.map.remove();
  }
}
