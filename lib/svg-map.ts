/**
 * Draws regions as SVG paths from the same data/geo files the map uses (for the social cards).
 * An equirectangular projection scaled by cos(latitude) is faithful enough at the scale of two provinces.
 */
import type { MultiPolygonRings, Point2 } from './geometry';
import type { BBox } from './schema';

export type Projector = (point: Point2) => [number, number];

/** A projection that fits `bbox` into a width x height box, centred, keeping shapes undistorted. */
export function fitProjection(bbox: BBox, width: number, height: number): Projector {
  const [west, south, east, north] = bbox;
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = (east - west) * xScale;
  const spanY = north - south;
  const scale = Math.min(width / spanX, height / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return ([lon, lat]) => [offsetX + (lon - west) * xScale * scale, offsetY + (north - lat) * scale];
}

/** An SVG path for polygons, rounded to 0.1 px. */
export function polygonsPath(polygons: MultiPolygonRings, project: Projector): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = ring.map((point) => project(point).map((value) => Math.round(value * 10) / 10).join(' '));
      if (points.length > 0) parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
