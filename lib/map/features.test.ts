import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { pinnedPlaces } from '@/lib/view/filters';
import { reportPointsBySector } from './features';

const { sectors, conditions, reports } = getDataset();
const keys = sectors.map((sector) => sector.key);

describe('reportPointsBySector', () => {
  const points = reportPointsBySector(reports, keys, conditions);

  it('draws a point per pinned place per sector, and none for province- or prefecture-wide places', () => {
    for (const key of keys) {
      const expected = reports
        .filter((report) => report.sectors.includes(key))
        .reduce((sum, report) => sum + pinnedPlaces(report).length, 0);
      expect(points[key]?.features).toHaveLength(expected);
    }
    const wide = reports.find((report) => report.places.every((place) => place.precision === 'province'));
    if (!wide) throw new Error('the data has no province-wide report');
    for (const key of keys)
      expect(points[key]?.features.some((feature) => feature.properties.report === wide.id)).toBe(false);
  });

  it('carries the report id, its tone, the place name and how it is drawn on each point', () => {
    const feature = points.textile?.features[0];
    expect(feature?.properties).toEqual({
      report: expect.any(String),
      tone: expect.stringMatching(/^(good|mixed|bad|neutral)$/),
      place: expect.any(String),
      provenance: 'primary',
    });
    const secondary = reportPointsBySector(reports, keys, conditions, () => 'secondary');
    expect(secondary.textile?.features.every((feature) => feature.properties.provenance === 'secondary')).toBe(true);
  });
});
