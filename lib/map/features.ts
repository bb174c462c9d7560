/**
 * The GeoJSON the map draws for reports: one collection per sector, holding a point per pinned place of each
 * matching report. Province- and prefecture-precision places never become points (see pinnedPlaces).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { pinnedPlaces, reportTone } from '@/lib/view/filters';
import type { MarkerProvenance } from '@/lib/data/provenance';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import type { Condition, Tone } from '@/lib/data/schema';

export type ReportPointProperties = { report: string; tone: Tone; place: string; provenance: MarkerProvenance };
export type ReportPoints = FeatureCollection<Point, ReportPointProperties>;

export function reportPointsBySector(
  reports: readonly ReportIndexEntry[],
  sectorKeys: readonly string[],
  conditions: readonly Pick<Condition, 'key' | 'tone'>[],
  /** How each report is drawn (lib/data/provenance.ts); all primary when not given. */
  provenanceOf: (report: ReportIndexEntry) => MarkerProvenance = () => 'primary',
): Record<string, ReportPoints> {
  const bySector: Record<string, Feature<Point, ReportPointProperties>[]> = Object.fromEntries(
    sectorKeys.map((key) => [key, []]),
  );
  for (const report of reports) {
    const places = pinnedPlaces(report);
    if (places.length === 0) continue;
    const tone = reportTone(report, conditions);
    const provenance = provenanceOf(report);
    for (const sector of report.sectors) {
      const features = bySector[sector];
      if (!features) continue;
      for (const place of places) {
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
          properties: { report: report.id, tone, place: place.name, provenance },
        });
      }
    }
  }
  return Object.fromEntries(
    Object.entries(bySector).map(([key, features]) => [key, { type: 'FeatureCollection', features }]),
  );
}
