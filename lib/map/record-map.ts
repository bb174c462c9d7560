/**
 * A record's own small map: the regions around the places it names, those regions shaded, its pins drawn. Pure:
 * the projected shapes come in (lib/map/preview.ts projects them at build time), an SVG string goes out. No text,
 * so one picture serves every language; the page names the places in words beside it.
 */
import { unionBBox, padBBox } from './bbox';
import type { BBox, Place, Region } from '@/lib/data/schema';
import type { PreviewShape } from './svg-map';

export type RecordMapData = {
  width: number;
  height: number;
  /** The regions whose frame meets the map's, projected into it. */
  shapes: readonly PreviewShape[];
  /** The record's pinned places, projected. */
  pins: readonly (readonly [number, number])[];
};

export const RECORD_MAP_COLOURS = {
  background: '#f8fafc',
  land: '#eef1f5',
  named: '#c9b8e4',
  prefectureLine: '#8b8f97',
  provinceLine: '#374151',
  pin: '#4c2a85',
} as const;

/**
 * The regions a record names, as map shapes: a place's prefecture, or for a province-wide place its province. A
 * place whose region is unknown names nothing.
 */
export function namedRegions(places: readonly Place[], regionsBySlug: ReadonlyMap<string, Region>): Region[] {
  const named = new Map<string, Region>();
  for (const place of places) {
    const region = regionsBySlug.get(place.region);
    if (region) named.set(region.slug, region);
  }
  return [...named.values()];
}

/**
 * The frame of a record's map: its regions' boxes and its pins, with a margin so neighbours show. Null when it
 * names no known region.
 */
export function recordMapBBox(places: readonly Place[], regionsBySlug: ReadonlyMap<string, Region>): BBox | null {
  const boxes: BBox[] = namedRegions(places, regionsBySlug).map((region) => region.bbox);
  for (const place of places)
    if (place.lon !== undefined && place.lat !== undefined) boxes.push([place.lon, place.lat, place.lon, place.lat]);
  if (boxes.length === 0) return null;
  return padBBox(unionBBox(boxes), 0.15);
}

/** Whether a shape is shaded: it is a named prefecture, or a named province (drawn as that province's shape). */
function isNamed(shape: PreviewShape, named: ReadonlySet<string>): boolean {
  return named.has(shape.slug);
}

export function recordMapSvg(data: RecordMapData, named: ReadonlySet<string>): string {
  const c = RECORD_MAP_COLOURS;
  const prefectures = data.shapes.filter((shape) => shape.level === 'prefecture');
  const provinces = data.shapes.filter((shape) => shape.level === 'province');
  const body = [
    `<rect width="${data.width}" height="${data.height}" fill="${c.background}"/>`,
    ...prefectures.map(
      (shape) =>
        `<path d="${shape.d}" fill="${isNamed(shape, named) ? c.named : c.land}" stroke="${c.prefectureLine}" stroke-width="0.8"/>`,
    ),
    ...provinces.map(
      (shape) =>
        `<path d="${shape.d}" fill="${isNamed(shape, named) ? c.named : 'none'}" fill-opacity="${isNamed(shape, named) ? 0.6 : 1}" stroke="${c.provinceLine}" stroke-width="1.6"/>`,
    ),
    ...data.pins.map(
      ([x, y]) =>
        `<circle cx="${Math.round(x)}" cy="${Math.round(y)}" r="6" fill="${c.pin}" stroke="#fff" stroke-width="2"/>`,
    ),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${data.width} ${data.height}" width="${data.width}" height="${data.height}">${body.join('')}</svg>`;
}
