/**
 * What the dashboard pages hand to the client: the validated data plus the map's framing.
 * Server-only (reads the data through lib/data), shared by `/` and `/regions/<slug>`.
 */
import { getDataset } from './data';
import { mapPreviewData } from './map-preview';
import { geoAttribution, regions } from './regions';
import type { BBox, Region } from './schema';
import { padBBox, unionBBox } from './view';

export function dashboardProps(region: Region | null) {
  const { sectors, conditions, reports } = getDataset();
  const bothProvinces = unionBBox(regions.filter((candidate) => candidate.level === 'province').map((province) => province.bbox));
  const maxBounds: BBox = padBBox(bothProvinces, 0.2);
  return {
    sectors,
    conditions,
    reports,
    regions: [...regions],
    initialRegion: region?.slug ?? null,
    initialBounds: region?.bbox ?? bothProvinces,
    maxBounds,
    attribution: geoAttribution,
    preview: mapPreviewData(bothProvinces),
  };
}
