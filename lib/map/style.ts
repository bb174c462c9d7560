/**
 * The map's style as data: sources, layers and expressions as pure functions of their inputs.
 * components/map/ applies them; nothing here touches MapLibre at run time.
 */
import { changeColours } from '@/lib/view/change-bins';
import type { Theme } from '@/lib/view/theme';
import { chosenOrAll } from '@/lib/view/filters';
import { withBasePath } from '@/lib/view/base-path';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { labelText, type LabelLanguage } from './labels';
import type { ReportPoints } from './features';
import { choroplethBins, labelColourOn, MAP_COLOURS, markerOutline, TONE_COLOURS, type SectorStyle } from './colours';
import { GEO_FILES, type GeoUrls } from './geo-files';

export type { LabelLanguage };

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_SEMIBOLD = ['Noto Sans SemiBold'];
export const FONT_ITALIC = ['Noto Sans Italic'];

/**
 * Chinese and Korean glyphs are drawn by the browser from local fonts, so no CJK glyph file is ever fetched.
 */
export const LOCAL_IDEOGRAPH_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans CJK KR', 'Source Han Sans SC', 'PingFang SC', 'Apple SD Gothic Neo', 'Microsoft YaHei', 'Malgun Gothic', sans-serif";

export const LAYER_IDS = {
  background: 'background',
  land: 'land-fill',
  countries: 'countries-fill',
  neighboursFill: 'neighbours-fill',
  neighboursLine: 'neighbours-line',
  prefectureFill: 'prefecture-fill',
  noneFound: 'prefecture-none-found',
  prefectureLine: 'prefecture-line',
  hoverLine: 'prefecture-hover-line',
  provinceLine: 'province-line',
  borders: 'borders-line',
  selectedLine: 'selected-line',
  placeDots: 'place-dots',
  placeLabels: 'place-labels',
  contextLabels: 'context-labels',
  openReportHalo: 'open-report-halo',
  openReportRing: 'open-report-ring',
} as const;

/** The layers whose presence (and loaded sources) makes the map "ready" for users and tests. */
export const REQUIRED_LAYERS = [LAYER_IDS.prefectureFill, LAYER_IDS.provinceLine, LAYER_IDS.placeLabels] as const;

const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export function choroplethColour(theme: Theme = 'light'): ExpressionSpecification {
  const [first, ...rest] = choroplethBins(theme);
  const stops: (number | string)[] = [];
  for (const bin of rest) stops.push(bin.min, bin.colour);
  return [
    'step',
    ['coalesce', ['feature-state', 'count'], 0],
    first?.colour ?? MAP_COLOURS[theme].regionFill,
    ...stops,
  ] as ExpressionSpecification;
}

/** The diverging shading of a comparison: each prefecture's change class (lib/view/change-bins.ts) as feature-state. */
export function changeColour(theme: Theme = 'light'): ExpressionSpecification {
  const colours = changeColours(theme);
  const [first, ...rest] = Object.entries(colours);
  if (!first) return ['literal', colours.none];
  return [
    'match',
    ['coalesce', ['feature-state', 'change'], 'none'],
    first[0],
    first[1],
    ...rest.flatMap(([key, colour]): string[] => [key, colour]),
    colours.none,
  ];
}

/** The hatch drawn over prefectures searched with no report found (an image the map makes, see map-controller). */
export const NONE_FOUND_PATTERN = 'none-found-hatch';

export function baseLayers(
  noneFound: readonly string[] = [],
  language: LabelLanguage = { locale: 'en' },
  theme: Theme = 'light',
): LayerSpecification[] {
  const colours = MAP_COLOURS[theme];
  return [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': colours.sea } },
    { id: LAYER_IDS.land, type: 'fill', source: 'land', paint: { 'fill-color': colours.land } },
    {
      id: LAYER_IDS.countries,
      type: 'fill',
      source: 'countries',
      filter: ['!=', ['get', 'iso_a3'], 'CHN'],
      paint: { 'fill-color': colours.foreignLand },
    },
    {
      id: LAYER_IDS.neighboursFill,
      type: 'fill',
      source: 'neighbours',
      paint: { 'fill-color': colours.neighbourFill },
    },
    {
      id: LAYER_IDS.neighboursLine,
      type: 'line',
      source: 'neighbours',
      paint: { 'line-color': colours.neighbourLine, 'line-width': 0.8 },
    },
    {
      id: LAYER_IDS.prefectureFill,
      type: 'fill',
      source: 'regions',
      filter: ['==', ['get', 'level'], 'prefecture'],
      paint: { 'fill-color': choroplethColour(theme), 'fill-opacity': 0.92 },
    },
    {
      // "Nothing found (searched)" must read differently from "0 under the current filters".
      id: LAYER_IDS.noneFound,
      type: 'fill',
      source: 'regions',
      filter: ['in', ['get', 'slug'], ['literal', [...noneFound]]],
      paint: { 'fill-pattern': NONE_FOUND_PATTERN, 'fill-opacity': 0.6 },
    },
    {
      id: LAYER_IDS.prefectureLine,
      type: 'line',
      source: 'regions',
      filter: ['==', ['get', 'level'], 'prefecture'],
      paint: {
        'line-color': colours.prefectureLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 9, 1.4],
      },
    },
    {
      id: LAYER_IDS.hoverLine,
      type: 'line',
      source: 'regions',
      filter: ['==', ['get', 'level'], 'prefecture'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colours.hoverLine,
        'line-width': ['case', isHovered, 2.5, 0],
        'line-opacity': ['case', isHovered, 1, 0],
      },
    },
    {
      id: LAYER_IDS.provinceLine,
      type: 'line',
      source: 'regions',
      filter: ['==', ['get', 'level'], 'province'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colours.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.4, 9, 2.6],
      },
    },
    {
      id: LAYER_IDS.borders,
      type: 'line',
      source: 'borders',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colours.border, 'line-width': 1.4, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER_IDS.selectedLine,
      type: 'line',
      source: 'regions',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colours.selectedLine,
        'line-width': ['case', isSelected, 3, 0],
        'line-opacity': ['case', isSelected, 1, 0],
      },
    },
    {
      id: LAYER_IDS.placeDots,
      type: 'circle',
      source: 'places',
      filter: ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 7]],
      paint: {
        'circle-radius': ['case', ['==', ['get', 'rank'], 1], 2.6, 2],
        'circle-color': colours.text,
        'circle-stroke-color': colours.ground,
        'circle-stroke-width': 1,
      },
    },
    {
      id: LAYER_IDS.placeLabels,
      type: 'symbol',
      source: 'places',
      filter: ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 7]],
      layout: {
        'text-field': labelText(language),
        'text-font': ['case', ['==', ['get', 'rank'], 1], ['literal', FONT_SEMIBOLD], ['literal', FONT_REGULAR]],
        'text-size': ['case', ['==', ['get', 'rank'], 1], 12, 11],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        // Clear of a single marker's disc (radius 6 + stroke), so a pinned town's name starts beside it.
        'text-radial-offset': 0.8,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': colours.text, 'text-halo-color': colours.halo, 'text-halo-width': 1.4 },
    },
    {
      id: LAYER_IDS.contextLabels,
      type: 'symbol',
      source: 'labels',
      layout: {
        'text-field': labelText(language),
        'text-font': ['case', ['==', ['get', 'kind'], 'sea'], ['literal', FONT_ITALIC], ['literal', FONT_SEMIBOLD]],
        'text-size': ['match', ['get', 'kind'], 'country', 14, 'sea', 12, 11],
        'text-letter-spacing': ['match', ['get', 'kind'], 'country', 0.12, 0.04],
        'text-transform': ['match', ['get', 'kind'], 'country', 'uppercase', 'none'],
        'text-max-width': 8,
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], 'sea', colours.seaText, colours.mutedText],
        'text-halo-color': colours.halo,
        'text-halo-width': ['match', ['get', 'kind'], 'sea', 0, 1.2],
      },
    },
  ];
}

export type MapStyleOptions = {
  /** Absolute origin the site is served from, e.g. http://localhost:3000 (sources need absolute URLs in workers). */
  origin: string;
  /** Where each geo file is served, root-relative. */
  geoUrls: GeoUrls;
  /** Credits for the boundary and place data, shown in the attribution control. */
  attribution: string;
  /** Sectors in legend order; each gets its own marker overlay. */
  sectors: readonly SectorStyle[];
  /** Sector keys shown at start; empty = all. */
  visibleSectors: readonly string[];
  /** Report points per sector to draw from the first frame (later changes go through setData). */
  reportPoints?: Readonly<Record<string, ReportPoints>>;
  /** Prefectures searched with no report found (data/coverage.json): hatched. */
  noneFound?: readonly string[];
  /** The language of the labels; English when not given. */
  labels?: LabelLanguage;
  /** Light unless given. */
  theme?: Theme;
};

export function buildMapStyle({
  origin,
  geoUrls,
  attribution,
  sectors,
  visibleSectors,
  reportPoints,
  noneFound,
  labels,
  theme = 'light',
}: MapStyleOptions): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const file of GEO_FILES) {
    sources[file] = { type: 'geojson', data: `${origin}${geoUrls[file]}` };
  }
  sources.regions = { type: 'geojson', data: `${origin}${geoUrls.regions}`, attribution };
  for (const sector of sectors) sources[reportSourceId(sector.key)] = reportSource(reportPoints?.[sector.key]);

  sources[OPEN_REPORT_SOURCE] = { type: 'geojson', data: openReportPlaces([]) };

  const base = baseLayers(noneFound ?? [], labels, theme);
  const placeNames = base.filter((layer) => layer.id === LAYER_IDS.placeLabels);
  const markers = sectors.flatMap((sector, index) =>
    reportLayers(sector, index, sectors.length, chosenOrAll(visibleSectors, sector.key), theme),
  );
  return {
    version: 8,
    name: 'nk-workers-liaoning-jilin',
    glyphs: `${origin}${withBasePath('/glyphs/')}{fontstack}/{range}.pbf`,
    sources,
    // Markers over the map (they carry the data and take the clicks), town names over the markers: a cluster
    // on a city hid the start of its name ("…ndong"). Symbols cannot dodge circles, and names take no clicks.
    layers: [
      ...base.filter((layer) => layer.id !== LAYER_IDS.placeLabels),
      ...markers,
      ...openReportLayers(theme),
      ...placeNames,
    ],
  };
}

// ---------------------------------------------------------------------------
// The open report: its places ringed over the markers, so the map shows where the card in the panel is
// ---------------------------------------------------------------------------

export const OPEN_REPORT_SOURCE = 'open-report';
/** Wide enough to enclose a place's petal of sector markers (PETAL_RADIUS_PX plus a marker). */
export const OPEN_REPORT_RING_PX = 17;

/** The open report's places (longitude, latitude) as the ring source's data; none when no report is open. */
export function openReportPlaces(places: readonly (readonly [number, number])[]) {
  return {
    type: 'FeatureCollection' as const,
    features: places.map(([lon, lat]) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    })),
  };
}

/** A dark ring on a white halo (light on dark in the dark theme): visible on the sea, on land and over any sector's colour. */
export function openReportLayers(theme: Theme = 'light'): LayerSpecification[] {
  const colours = MAP_COLOURS[theme];
  const ring = (id: string, colour: string, width: number): LayerSpecification => ({
    id,
    type: 'circle',
    source: OPEN_REPORT_SOURCE,
    paint: {
      'circle-radius': OPEN_REPORT_RING_PX,
      'circle-opacity': 0,
      'circle-stroke-color': colour,
      'circle-stroke-width': width,
    },
  });
  return [ring(LAYER_IDS.openReportHalo, colours.ground, 6), ring(LAYER_IDS.openReportRing, colours.hoverLine, 2.5)];
}

// ---------------------------------------------------------------------------
// Report markers: one overlay (source + layers) per sector, switched on and off by visibility
// ---------------------------------------------------------------------------

export function reportSourceId(sectorKey: string): string {
  return `reports-${sectorKey}`;
}

export function reportLayerIds(sectorKey: string) {
  return {
    clusters: `reports-${sectorKey}-clusters`,
    counts: `reports-${sectorKey}-counts`,
    rings: `reports-${sectorKey}-rings`,
    points: `reports-${sectorKey}-points`,
  };
}

/** Pixels between a place and its sector's marker, so several sectors at one city sit around it like petals. */
export const PETAL_RADIUS_PX = 9;

/** Screen offset of a sector's markers: evenly spaced around the place, the first sector at the top. */
export function petalOffset(index: number, count: number): [number, number] {
  if (count <= 1) return [0, 0];
  const angle = (2 * Math.PI * index) / count;
  return [
    Math.round(Math.sin(angle) * PETAL_RADIUS_PX * 10) / 10,
    Math.round(-Math.cos(angle) * PETAL_RADIUS_PX * 10) / 10,
  ];
}

export function reportSource(points?: ReportPoints): SourceSpecification {
  return {
    type: 'geojson',
    data: points ?? { type: 'FeatureCollection', features: [] },
    cluster: true,
    clusterRadius: 28,
    // Beyond the map's max zoom, so reports at one city always stay one marker with a count.
    clusterMaxZoom: 14,
  };
}

const NOTHING: FilterSpecification = ['boolean', false];

/**
 * A sector overlay is switched off by a layer filter that matches nothing (the sources stay as they are), the
 * same operation the benchmark's bare page performs; toggling `visibility` measured about the same.
 */
export type ReportLayerKind = 'clusters' | 'counts' | 'rings' | 'points';

export function reportLayerFilter(kind: ReportLayerKind, visible: boolean): FilterSpecification {
  if (!visible) return NOTHING;
  if (kind === 'rings') return ['all', ['!', ['has', 'point_count']], ['==', ['get', 'provenance'], 'corroborated']];
  return kind === 'points' ? ['!', ['has', 'point_count']] : ['has', 'point_count'];
}

/** Marker fill by provenance: a relay or a report of others' reporting is drawn faded. */
export const SECONDARY_MARKER_OPACITY = 0.35;

export function reportLayers(
  sector: SectorStyle,
  index: number,
  count: number,
  visible: boolean,
  theme: Theme = 'light',
): LayerSpecification[] {
  const ids = reportLayerIds(sector.key);
  const source = reportSourceId(sector.key);
  const offset = petalOffset(index, count);
  return [
    {
      id: ids.clusters,
      type: 'circle',
      source,
      filter: reportLayerFilter('clusters', visible),
      paint: {
        'circle-color': sector.colour,
        'circle-radius': ['step', ['get', 'point_count'], 9, 5, 11, 10, 13, 25, 16],
        'circle-stroke-color': markerOutline(sector),
        'circle-stroke-width': 2,
        'circle-translate': offset,
      },
    },
    {
      id: ids.counts,
      type: 'symbol',
      source,
      filter: reportLayerFilter('counts', visible),
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT_SEMIBOLD,
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': labelColourOn(sector.colour), 'text-translate': offset },
    },
    {
      // A second, outer ring: the event rests on two or more independent accounts (lib/data/provenance.ts).
      id: ids.rings,
      type: 'circle',
      source,
      filter: reportLayerFilter('rings', visible),
      paint: {
        'circle-radius': 10,
        'circle-opacity': 0,
        'circle-stroke-color': MAP_COLOURS[theme].text,
        'circle-stroke-width': 1.5,
        'circle-translate': offset,
      },
    },
    {
      id: ids.points,
      type: 'circle',
      source,
      filter: reportLayerFilter('points', visible),
      paint: {
        'circle-color': sector.colour,
        'circle-opacity': ['match', ['get', 'provenance'], 'secondary', SECONDARY_MARKER_OPACITY, 1],
        'circle-radius': 6,
        'circle-stroke-color': [
          'match',
          ['get', 'tone'],
          'good',
          TONE_COLOURS.good,
          'mixed',
          TONE_COLOURS.mixed,
          'bad',
          TONE_COLOURS.bad,
          TONE_COLOURS.neutral,
        ],
        'circle-stroke-width': 2.5,
        'circle-translate': offset,
      },
    },
  ];
}

/** Every layer a click or hover on a report marker can hit. */
export function allReportLayerIds(sectorKeys: readonly string[]): string[] {
  return sectorKeys.flatMap((key) => {
    const ids = reportLayerIds(key);
    return [ids.clusters, ids.points];
  });
}

export type PaintChange = { layer: string; property: string; value: unknown };

/**
 * Every colour a theme sets, as paint properties: how the map changes theme without a new style (which would
 * reload every source and flash). Derived from the layers themselves, so a colour added to a layer follows.
 */
export function themePaint(theme: Theme, sectors: readonly SectorStyle[], comparing: boolean): PaintChange[] {
  const layers = [
    ...baseLayers([], undefined, theme),
    ...openReportLayers(theme),
    ...sectors.flatMap((sector, index) => reportLayers(sector, index, sectors.length, true, theme)),
  ];
  return layers.flatMap((layer) =>
    Object.entries('paint' in layer && layer.paint ? layer.paint : {})
      .filter(([property]) => property.endsWith('-color'))
      .map(([property, value]) => ({
        layer: layer.id,
        property,
        value: layer.id === LAYER_IDS.prefectureFill && comparing ? changeColour(theme) : value,
      })),
  );
}
