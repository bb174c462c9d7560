/**
 * What the dashboard pages hand to the client: the validated data plus the map's framing.
 * Server-only (reads the data through lib/data), shared by `/` and `/regions/<slug>`.
 */
import { getDataset } from './data';
import { mapPreviewData } from './map-preview';
import { geoAttribution, provincesBBox, regions } from './regions';
import type { BBox, Region } from './schema';
import { padBBox } from './view';

export function dashboardProps(region: Region | null) {
  const { sectors, conditions, reports } = getDataset();
  const maxBounds: BBox = padBBox(provincesBBox, 0.2);
  return {
    sectors,
    conditions,
    reports,
    regions: [...regions],
    initialRegion: region?.slug ?? null,
    initialBounds: region?.bbox ?? provincesBBox,
    maxBounds,
    attribution: geoAttribution,
    preview: mapPreviewData(provincesBBox),
  };
}
