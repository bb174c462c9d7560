/**
 * The map's colours as plain values: both themes' grounds and lines, the shading bins, the tone and marker colours
 * and the static map's palette. Apart from the style (./style.ts) because the panel's legend, the tone dots and the
 * static map need the colours on first paint, while the layers load with the map's own lazy chunk.
 */
import type { Theme } from '@/lib/view/theme';
import type { PreviewColours } from './svg-map';

export type MapColours = {
  sea: string;
  land: string;
  foreignLand: string;
  neighbourFill: string;
  neighbourLine: string;
  regionFill: string;
  hoverLine: string;
  prefectureLine: string;
  provinceLine: string;
  border: string;
  selectedLine: string;
  text: string;
  mutedText: string;
  seaText: string;
  halo: string;
  /** Around town dots and under the open report's ring: the ground's opposite. */
  ground: string;
};

const LIGHT: MapColours = {
  sea: '#d5e3ec',
  land: '#f2efe9',
  foreignLand: '#e7e3dc',
  neighbourFill: '#ebe7e0',
  neighbourLine: '#c9c2b6',
  regionFill: '#fbfaf8',
  hoverLine: '#111827',
  prefectureLine: '#8b8f97',
  provinceLine: '#374151',
  border: '#7c6f64',
  selectedLine: '#1d4ed8',
  text: '#1f2937',
  mutedText: '#6b7280',
  seaText: '#4a6b82',
  halo: 'rgba(255,255,255,0.9)',
  ground: '#ffffff',
};

/**
 * The dark map: a dark ground with light lines and names, so the page around it and the map agree. Text and its halo
 * keep the light map's contrast (light names on a dark halo, about 12:1); lines that carry meaning (province,
 * selection, hover) are the lightest.
 */
const DARK: MapColours = {
  sea: '#0f1c28',
  land: '#23272e',
  foreignLand: '#2a2e35',
  neighbourFill: '#272b31',
  neighbourLine: '#4b5059',
  regionFill: '#252a33',
  hoverLine: '#f9fafb',
  prefectureLine: '#717784',
  provinceLine: '#d1d5db',
  border: '#a8998b',
  selectedLine: '#60a5fa',
  text: '#e5e7eb',
  mutedText: '#9ca3af',
  seaText: '#8fb3cc',
  halo: 'rgba(17,24,39,0.9)',
  ground: '#111827',
};

/** One constant per theme: the map switches between them with paint properties (themePaint), never a new style. */
export const MAP_COLOURS: Readonly<Record<Theme, MapColours>> = { light: LIGHT, dark: DARK };

/** The light map's colours (the default, and what print and the pre-drawn images use unless asked otherwise). */
export const COLOURS = LIGHT;

/**
 * Prefecture shading: bins of matching report counts (feature-state `count`, set by the map on each filter
 * change). A sequential, colour-blind-safe ramp (ColorBrewer BuPu), light enough for markers to stay readable. On
 * the dark map the ramp rises from the dark ground to light purple: more reports, more light, same order of hues.
 */
const BIN_STEPS = [
  { min: 0, label: '0' },
  { min: 1, label: '1' },
  { min: 2, label: '2–4' },
  { min: 5, label: '5–9' },
  { min: 10, label: '10–24' },
  { min: 25, label: '25 or more' },
] as const;
const BIN_COLOURS: Readonly<Record<Theme, readonly string[]>> = {
  light: [LIGHT.regionFill, '#e0ecf4', '#bfd3e6', '#9ebcda', '#8c96c6', '#8c6bb1'],
  dark: [DARK.regionFill, '#2f3d57', '#3d5282', '#56689f', '#7470b4', '#9482c6'],
};

export type ChoroplethBin = { min: number; label: string; colour: string };

export function choroplethBins(theme: Theme): ChoroplethBin[] {
  return BIN_STEPS.map((step, index) => ({ ...step, colour: BIN_COLOURS[theme][index] ?? LIGHT.regionFill }));
}

export const CHOROPLETH_BINS = choroplethBins('light');

/** The shading bin colour for a count, as the map's `step` expression computes it. */
export function choroplethBinColour(count: number, theme: Theme = 'light'): string {
  let colour = MAP_COLOURS[theme].regionFill;
  for (const bin of choroplethBins(theme)) if (count >= bin.min) colour = bin.colour;
  return colour;
}

/** The hatch over prefectures searched with no report found (the pattern itself is the map's, lib/map/style.ts). */
export const NONE_FOUND_COLOUR = '#9ca3af';

/** A marker ring's colour by the tone of its reported condition (the legend and the cards' dots use the same). */
export const TONE_COLOURS = {
  good: '#2166ac',
  mixed: '#e08214',
  bad: '#b2182b',
  neutral: '#737373',
} as const;

/** `neutral`: the key that is not a kind of work ("Sector not stated"), drawn pale with a grey outline. */
export type SectorStyle = { key: string; colour: string; neutral?: boolean };

/** The outline of a marker: white around a sector colour; grey around the neutral key's pale grey, which white would lose. */
export function markerOutline(sector: Pick<SectorStyle, 'neutral'>): string {
  return sector.neutral ? COLOURS.mutedText : '#ffffff';
}

/** Relative luminance (WCAG) of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Dark text on light sector colours, white on dark ones: whichever contrasts more. */
export function labelColourOn(hex: string): string {
  const contrastWithWhite = 1.05 / (luminance(hex) + 0.05);
  const contrastWithDark = (luminance(hex) + 0.05) / 0.0558;
  return contrastWithWhite >= contrastWithDark ? '#ffffff' : '#111827';
}

/** The static map's colours (lib/map/svg-map.ts previewSvg): the map's own, so the picture and the map agree. */
export function previewColours(theme: Theme): PreviewColours {
  const colours = MAP_COLOURS[theme];
  return {
    fill: (count) => choroplethBinColour(count, theme),
    prefectureLine: colours.prefectureLine,
    provinceLine: colours.provinceLine,
    selectedLine: colours.selectedLine,
    text: colours.text,
    textHalo: colours.ground,
    noneFound: NONE_FOUND_COLOUR,
  };
}

export const PREVIEW_COLOURS: PreviewColours = previewColours('light');
