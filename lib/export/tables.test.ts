import { describe, expect, it } from 'vitest';
import { reportPlaceCount } from './formats';
import type { Region, Report } from '@/lib/data/schema';
import {
  neutraliseFormula,
  parseCsv,
  PLACE_CSV_COLUMNS,
  REPORT_CSV_COLUMNS,
  reportPlacesToCsv,
  reportsToCsv,
  reportsToGeoJson,
  toCsvRows,
  UTF8_BOM,
} from './tables';

const dandong: Region = {
  slug: 'dandong',
  code: 210600,
  level: 'prefecture',
  province: 'liaoning',
  name_en: 'Dandong',
  name_zh: '丹东',
  name_zh_full: '丹东市',
  name_ko: '단둥',
  bbox: [123.4, 39.7, 125.7, 41.1],
  label: [124.39, 40.13],
};
const liaoning: Region = {
  ...dandong,
  slug: 'liaoning',
  code: 210000,
  level: 'province',
  name_en: 'Liaoning',
  label: [122.6, 41.3],
};
const regionsBySlug = new Map([dandong, liaoning].map((region) => [region.slug, region]));

const tricky: Report = {
  id: 'tricky-2020',
  checked: { date: '2026-12-01', against: 'page' },
  refs: ['N01'],
  published: '2020-04',
  source: {
    outlet: 'Daily NK',
    title: '“단둥” 공장, "quoted", with commas',
    title_en: 'Line one\nline two',
    url: 'https://example.org/a?b=1,2',
    language: 'ko',
    kind: 'news',
  },
  places: [
    { region: 'dandong', name: 'Donggang', lon: 124.1469, lat: 39.8615, precision: 'city' },
    { region: 'liaoning', precision: 'province' },
  ],
  sectors: ['textile', 'seafood'],
  conditions: ['struggling'],
  summary: 'Workers in 丹东 said "we are\r\nfine", then left, ok.',
  figures: [{ label: 'Workers', value: 'about 1,000' }],
  confidence: 'single-anonymous-source',
};

describe('CSV', () => {
  it('reports.csv: a BOM, a header and one row per report, its places joined in order', () => {
    const csv = reportsToCsv([tricky], regionsBySlug);
    expect(csv.startsWith(UTF8_BOM + 'id,published,')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([...REPORT_CSV_COLUMNS]);
    const header = rows[0] ?? [];
    const row = Object.fromEntries(header.map((name, index) => [name, rows[1]?.[index]]));
    expect(row.place_count).toBe('2');
    expect(row.places).toBe('Donggang; Liaoning');
    expect(row.regions).toBe('dandong;liaoning');
    expect(row.provinces).toBe('liaoning');
    expect(row.first_place_precision).toBe('city');
    expect([row.lon, row.lat]).toEqual(['124.1469', '39.8615']);
    expect(row.derived_from).toBe('');
  });

  it('report-places.csv: one row per report and place', () => {
    const rows = parseCsv(reportPlacesToCsv([tricky], regionsBySlug));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...PLACE_CSV_COLUMNS]);
    expect(reportPlaceCount([tricky, { places: [tricky.places[0]!] }])).toBe(3);
  });

  it('says where a report passed on comes from: a record id, or the outlet and its address', () => {
    const byId = parseCsv(reportsToCsv([{ ...tricky, derived_from: 'original-2020' }], regionsBySlug));
    const byOutlet = parseCsv(
      reportsToCsv(
        [{ ...tricky, derived_from: { outlet: 'The Guardian', url: 'https://example.org/g' } }],
        regionsBySlug,
      ),
    );
    const column = REPORT_CSV_COLUMNS.indexOf('derived_from');
    expect(byId[1]?.[column]).toBe('original-2020');
    expect(byOutlet[1]?.[column]).toBe('The Guardian https://example.org/g');
  });

  it('round-trips commas, quotes, newlines and Chinese and Korean text', () => {
    const rows = parseCsv(reportPlacesToCsv([tricky], regionsBySlug));
    const header = rows[0] ?? [];
    const first = Object.fromEntries(header.map((name, index) => [name, rows[1]?.[index]]));
    expect(first.title).toBe('“단둥” 공장, "quoted", with commas');
    expect(first.title_en).toBe('Line one\nline two');
    expect(first.summary).toBe('Workers in 丹东 said "we are\r\nfine", then left, ok.');
    expect(first.url).toBe('https://example.org/a?b=1,2');
    expect(first.place_name).toBe('Donggang');
    expect(first.figures).toBe('Workers: about 1,000');
    const second = Object.fromEntries(header.map((name, index) => [name, rows[2]?.[index]]));
    expect(second.precision).toBe('province');
    expect(second.lon).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas, in every column, and keeps plain numbers', () => {
    const hostile: Report = {
      ...tricky,
      source: { ...tricky.source, title: '=HYPERLINK("https://evil.example","x")', outlet: '@SUM(1+1)' },
      summary: '+cmd|" /C calc"!A0 and more words here',
      notes: '-2+3',
      figures: [{ label: '\tTab', value: '-12.5' }],
    };
    const rows = [
      ...parseCsv(reportPlacesToCsv([hostile], regionsBySlug)),
      ...parseCsv(reportsToCsv([hostile], regionsBySlug)).slice(1),
    ];
    const header = rows[0] ?? [];
    const first = Object.fromEntries(header.map((name, index) => [name, rows[1]?.[index] ?? '']));
    expect(first.title).toBe('\'=HYPERLINK("https://evil.example","x")');
    expect(first.outlet).toBe("'@SUM(1+1)");
    expect(first.summary).toBe('\'+cmd|" /C calc"!A0 and more words here');
    expect(first.notes).toBe("'-2+3");
    expect(first.figures).toBe("'\tTab: -12.5");
    // No cell of any row starts with a formula character unless it is a plain number.
    for (const row of rows) for (const cell of row) expect(cell).toMatch(/^(?![=+\-@\t\r])|^[+-]?\d+(\.\d+)?$/);
    expect(neutraliseFormula('-12.5')).toBe('-12.5');
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });

  it('parses what it writes for any grid of awkward strings', () => {
    const grid = [
      ['a', 'b,c', '"d"'],
      ['', 'line\nbreak', 'crlf\r\nbreak'],
      ['한국어', '中文', ' spaced '],
    ];
    expect(parseCsv(toCsvRows(grid))).toEqual(grid);
  });
});

describe('GeoJSON', () => {
  it('gives a point per place, with the region label point for province-wide places', () => {
    const collection = reportsToGeoJson([tricky], regionsBySlug);
    expect(collection.features.map((feature) => [feature.properties.precision, feature.geometry.coordinates])).toEqual([
      ['city', [124.1469, 39.8615]],
      ['province', [122.6, 41.3]],
    ]);
  });
});
