import { describe, expect, it } from 'vitest';
import { siteCitationContext } from './citation';
import { getDataset } from '@/lib/data/dataset';
import { parseCsv } from './tables';
import { filterReports, NO_FILTERS } from '@/lib/view/filters';
import { regionsBySlug } from '@/lib/data/regions';
import { EXPORT_FORMATS, exportReports, NO_REPORTS_MESSAGE, viewFile } from './view-export';

const citation = siteCitationContext('2026.12.02', 'https://example.org');
const { reports } = getDataset();
const textile = filterReports(reports, { ...NO_FILTERS, sectors: ['textile'] });

describe('downloads of a view', () => {
  it('holds only the reports of the view: one CSV row per report, and per report and place in the long file', () => {
    const input = { reports: textile, regionsBySlug, citation };
    const wide = viewFile('csv', { sectors: ['textile'] }, input);
    const long = viewFile('report-places.csv', { sectors: ['textile'] }, input);
    if (wide.status !== 'ready' || long.status !== 'ready') throw new Error('no file');
    const [wideHeader, ...wideRows] = parseCsv(wide.body);
    const [longHeader, ...longRows] = parseCsv(long.body);
    expect(wideRows.map((row) => row[wideHeader?.indexOf('id') ?? -1])).toEqual(textile.map((report) => report.id));
    expect(longRows.length).toBe(textile.reduce((sum, report) => sum + report.places.length, 0));
    const sectorsColumn = longHeader?.indexOf('sectors') ?? -1;
    expect(sectorsColumn).toBeGreaterThan(0);
    for (const row of longRows) expect(row[sectorsColumn]?.split(';')).toContain('textile');
    expect(wide.fileName).toBe('nk-workers_textile.csv');
    expect(long.fileName).toBe('nk-workers_textile.report-places.csv');
  });

  it('writes the same rows as the whole-dataset files for the same reports', () => {
    for (const format of ['csv', 'report-places.csv'] as const) {
      const whole = parseCsv(exportReports(format, { reports, regionsBySlug, citation }));
      const view = parseCsv(exportReports(format, { reports: textile, regionsBySlug, citation }));
      const wholeRows = new Set(whole.map((row) => row.join('\u0000')));
      for (const row of view) expect(wholeRows.has(row.join('\u0000'))).toBe(true);
    }
  });

  it('gives every format in a form its reader accepts', () => {
    const input = { reports: textile, regionsBySlug, citation };
    const parsedJson = JSON.parse(exportReports('json', input)) as unknown[];
    expect(parsedJson).toHaveLength(textile.length);
    const geo = JSON.parse(exportReports('geojson', input)) as { type: string; features: unknown[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThanOrEqual(textile.length);
    expect(JSON.parse(exportReports('csl.json', input))).toHaveLength(textile.length);
    expect(exportReports('bib', input).match(/^@\w+\{/gm)).toHaveLength(textile.length);
    expect(exportReports('ris', input).match(/^TY {2}- /gm)).toHaveLength(textile.length);
  });

  it('gives each row and point the record’s own page', () => {
    const input = { reports: textile, regionsBySlug, citation };
    const [header, ...rows] = parseCsv(exportReports('csv', input));
    const page = header?.indexOf('page') ?? -1;
    const id = header?.indexOf('id') ?? -1;
    expect(page).toBeGreaterThan(0);
    for (const row of rows) expect(row[page]).toBe(`https://example.org/reports/${row[id]}`);
    const geo = JSON.parse(exportReports('geojson', input)) as {
      features: { properties: { id: string; page: string } }[];
    };
    for (const { properties } of geo.features)
      expect(properties.page).toBe(`https://example.org/reports/${properties.id}`);
  });

  it('says "No reports match" for an empty view instead of producing an empty file', () => {
    for (const format of EXPORT_FORMATS) {
      expect(viewFile(format, { sectors: [] }, { reports: [], regionsBySlug, citation })).toEqual({
        status: 'empty',
        message: NO_REPORTS_MESSAGE,
      });
    }
  });

  it('names the file for the region, sectors and window', () => {
    const file = viewFile(
      'ris',
      { region: 'dandong', sectors: ['textile'], from: '2020', to: '2022' },
      { reports: textile.slice(0, 1), regionsBySlug, citation },
    );
    expect(file.status === 'ready' && file.fileName).toBe('nk-workers_dandong_textile_2020-2022.ris');
  });
});
