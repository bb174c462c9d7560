/**
 * Server-side: the regions projected once into a small SVG frame, for the map's first paint, its static form on
 * phones and its fallback without WebGL (components/map-preview.tsx).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FeatureCollectionSchema, polygonsOf, type Geometry } from './geometry';
import { prefectures, regionsBySlug } from '@/lib/data/regions';
import type { BBox, Region } from '@/lib/data/schema';
import { clippedPath, compactPath, fitProjection, type MapPreviewData, type PreviewShape } from './svg-map';

export const PREVIEW_WIDTH = 600;

// Projecting every shape is the expensive part: once per frame asked for.
const cache = new Map<string, MapPreviewData>();

export function mapPreviewData(bbox: BBox): MapPreviewData {
  const key = bbox.join(',');
  const cached = cache.get(key);
  if (cached) return cached;
  const geo = FeatureCollectionSchema.parse(
    JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'geo', 'regions.geojson'), 'utf8')),
  );
  const xScale = Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180);
  const height = Math.round((PREVIEW_WIDTH * (bbox[3] - bbox[1])) / ((bbox[2] - bbox[0]) * xScale));
  const project = fitProjection(bbox, PREVIEW_WIDTH, height);
  const shapes = geo.features.flatMap((feature) => {
    const region = regionsBySlug.get(String(feature.properties.slug));
    return region
      ? [
          {
            slug: region.slug,
            code: region.code,
            level: region.level,
            d: compactPath(polygonsOf(feature.geometry), project),
          },
        ]
      : [];
  });
  const labels = prefectures.map((region) => {
    const [x, y] = project(region.label).map(Math.round);
    return { slug: region.slug, name: region.name_en, x: x ?? 0, y: y ?? 0 };
  });
  const data = { width: PREVIEW_WIDTH, height, shapes, labels };
  cache.set(key, data);
  return data;
}

/**
 * Only the regions whose box meets `bbox`, projected into a `width`-wide frame of it (a record's small map), and
 * `points` in the same frame; shapes are clipped to the frame, since what lies outside would only cost bytes.
 */
export function croppedPreviewData(
  bbox: BBox,
  width: number,
  points: readonly (readonly [number, number])[],
  tolerance = 1.5,
): { width: number; height: number; shapes: PreviewShape[]; pins: [number, number][] } {
  const xScale = Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180);
  const height = Math.round((width * (bbox[3] - bbox[1])) / ((bbox[2] - bbox[0]) * xScale));
  const project = fitProjection(bbox, width, height);
  const frame = [-4, -4, width + 4, height + 4] as const;
  const meets = (box: BBox) => box[0] < bbox[2] && bbox[0] < box[2] && box[1] < bbox[3] && bbox[1] < box[3];
  const shapes = regionShapes().flatMap(({ region, geometry }) =>
    meets(region.bbox)
      ? [
          {
            slug: region.slug,
            code: region.code,
            level: region.level,
            d: clippedPath(polygonsOf(geometry), project, frame, tolerance),
          },
        ]
      : [],
  );
  return { width, height, shapes, pins: points.map((point) => project(point)) };
}

let regionGeometries: { region: Region; geometry: Geometry }[] | null = null;

function regionShapes(): { region: Region; geometry: Geometry }[] {
  regionGeometries ??= FeatureCollectionSchema.parse(
    JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'geo', 'regions.geojson'), 'utf8')),
  ).features.flatMap((feature) => {
    const region = regionsBySlug.get(String(feature.properties.slug));
    return region ? [{ region, geometry: feature.geometry }] : [];
  });
  return regionGeometries;
}
