import { describe, expect, it } from 'vitest';
import reportsJson from '@/data/reports.json';
import sectorsJson from '@/data/sectors.json';
import { checkReportSectors, checkSectorList, namedOtherWork, OWN_SECTOR_AT } from './sector-rules';
import type { Sector } from './schema';
import { testReport } from './test-report';

const sectors: Sector[] = [
  { key: 'textile', label: 'Textile', colour: '#332288', description: 'Garments.' },
  { key: 'other', label: 'Other', colour: '#117733', description: 'Named other work.' },
  { key: 'unstated', label: 'Sector not stated', colour: '#DDDDDD', neutral: true, description: 'No work named.' },
];

const report = (id: string, keys: string[], summary = 'Workers at a garment plant were sent home.') =>
  testReport({ id, sectors: keys, summary });

describe('namedOtherWork', () => {
  it('finds the work a summary names, and not a word that only looks like it', () => {
    expect(namedOtherWork('Workers were smuggled to coal mines in Changbai.')).toEqual(['mining']);
    expect(namedOtherWork('Women moved from sewing to pig farms, feeding the animals.')).toEqual(['farm work']);
    expect(namedOtherWork('They worked in leather and wig plants.')).toEqual(['leather processing', 'wig making']);
    // A farm work-team is where workers crossed the river, not their work; "determines" holds no mine.
    expect(namedOtherWork('They crossed from a farm work-team stretch; the manager determines pay.')).toEqual([]);
    expect(namedOtherWork('Workers in unnamed factories were confined.')).toEqual([]);
  });
});

describe('checkReportSectors', () => {
  it('accepts the neutral key alone and other work that the summary names', () => {
    expect(
      checkReportSectors(
        [report('a', ['unstated']), report('b', ['other'], 'Miners were sent to coal mines.'), report('c', ['textile'])],
        sectors,
      ),
    ).toEqual([]);
  });

  it('rejects the neutral key combined with a sector', () => {
    expect(checkReportSectors([report('a', ['textile', 'unstated'])], sectors)).toEqual([
      {
        record: 'a',
        field: 'sectors',
        message: '"unstated" means no kind of work is named, so it cannot be combined with another sector',
      },
    ]);
  });

  it('rejects "other" when the summary names no work', () => {
    const errors = checkReportSectors([report('a', ['other'], 'Workers in factories went home.')], sectors);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ record: 'a', field: 'sectors' });
    expect(errors[0]?.message).toMatch(/^"other" is for named work, but the summary names none \(mining, farm work/);
  });

  it(`asks for a sector of its own when ${OWN_SECTOR_AT} "other" records name one kind of work, not before`, () => {
    const farms = (count: number) =>
      Array.from({ length: count }, (_, index) => report(`farm-${index}`, ['other'], 'Women picked strawberries.'));
    expect(checkReportSectors(farms(4), sectors)).toEqual([]);
    expect(checkReportSectors(farms(5), sectors)).toEqual([
      {
        record: 'farm-4',
        field: 'sectors',
        message:
          '5 "other" records name farm work (farm-0, farm-1, farm-2, farm-3, farm-4): at 5 it becomes a sector of its own',
      },
    ]);
  });
});

describe('checkSectorList', () => {
  it('wants one neutral key at most, after every sector', () => {
    expect(checkSectorList(sectors)).toEqual([]);
    const [textile, other, unstated] = sectors as [Sector, Sector, Sector];
    expect(checkSectorList([unstated, textile, other])).toEqual([
      { record: 'unstated', field: 'neutral', message: 'the neutral key must come last, after the sectors' },
    ]);
    expect(checkSectorList([textile, { ...other, neutral: true }, unstated])).toEqual([
      { record: 'unstated', field: 'neutral', message: 'only one key may be neutral ("other" is)' },
      { record: 'other', field: 'neutral', message: 'the neutral key must come last, after the sectors' },
    ]);
  });
});

describe('the committed data', () => {
  // Read straight from the files, so the rules are checked by a second reading and not only by the validator.
  const neutralKeys = sectorsJson.filter((sector) => 'neutral' in sector).map((sector) => sector.key);

  it('has one neutral key, "unstated", listed last, with "other" just before it', () => {
    expect(neutralKeys).toEqual(['unstated']);
    expect(sectorsJson.map((sector) => sector.key).slice(-2)).toEqual(['other', 'unstated']);
  });

  it('never combines "unstated" with a sector', () => {
    const combined = reportsJson.filter((record) => record.sectors.includes('unstated') && record.sectors.length > 1);
    expect(combined.map((record) => record.id)).toEqual([]);
  });
});
