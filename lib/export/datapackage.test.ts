import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { regionsBySlug } from '@/lib/data/regions';
import { siteCitationContext } from './citation';
import { dataPackage, resourceName, type TableField } from './datapackage';
import { DATASET_FILES } from './dataset-description';
import { parseCsv } from './tables';
import { exportReports } from './view-export';
import type { ExportFormat } from './formats';

// The published profiles, vendored unchanged (data/schemas/README.md says where from): JSON Schema draft-04.
const schema = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join('data/schemas', file), 'utf8')) as Record<string, unknown>;

function validator() {
  // The profiles use "textarea" as an editor hint, not a format to check.
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { textarea: true } });
  addFormats(ajv, ['uri', 'email', 'date-time']);
  return ajv;
}

const descriptor = dataPackage({
  version: '2026.12.05',
  released: '2026-12-05',
  homepage: 'https://example.org/nk-workers/',
  temporalCoverage: '2009/2025',
});
type Resource = { name: string; path: string; profile: string; schema?: { fields: TableField[] } };
const resources = (descriptor.resources as Resource[]) ?? [];

describe('datapackage.json', () => {
  it('is a valid Data Package by the published profile', () => {
    const validate = validator().compile(schema('data-package.json'));
    const valid = validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('fails the profile when broken, so the check above can fail', () => {
    const validate = validator().compile(schema('data-package.json'));
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
    expect(validate({ ...descriptor, name: 'Not A Name' })).toBe(false);
  });

  it('describes each CSV as a valid Tabular Data Resource whose schema is a valid Table Schema', () => {
    const ajv = validator();
    const tabular = ajv.compile(schema('tabular-data-resource.json'));
    const table = ajv.compile(schema('table-schema.json'));
    const csvs = resources.filter((entry) => entry.path.endsWith('.csv'));
    expect(csvs.map((entry) => entry.path)).toEqual(['reports.csv', 'report-places.csv']);
    for (const entry of csvs) {
      expect(entry.profile).toBe('tabular-data-resource');
      expect(tabular(entry), JSON.stringify(tabular.errors)).toBe(true);
      expect(table(entry.schema), JSON.stringify(table.errors)).toBe(true);
    }
  });

  it('lists every file the site publishes under /data/, each once, at a relative path', () => {
    // The oracle is the route folders themselves: app/data/<file>/route.ts becomes out/data/<file>.
    // The package describes itself, and the changelog and changes.json describe the releases: neither is the data.
    const aboutTheData = new Set(['datapackage.json', 'changes.json', 'changelog.md']);
    const published = readdirSync('app/data').filter((file) => !aboutTheData.has(file));
    expect(resources.map((entry) => entry.path).sort()).toEqual(published.sort());
    expect(DATASET_FILES.map((file) => file.file).sort()).toEqual(published.sort());
    expect(new Set(resources.map((entry) => entry.name)).size).toBe(resources.length);
    expect(resourceName('report-places.csv')).toBe('report-places-csv');
  });
});

/** Table Schema's rules for one cell (specs.frictionlessdata.io/table-schema): "" is the missing value. */
function cellProblem(field: TableField, value: string): string | null {
  const constraints = field.constraints ?? {};
  if (value === '') return constraints.required ? 'required but empty' : null;
  if (constraints.pattern !== undefined && !new RegExp(`^(?:${constraints.pattern})$`).test(value)) {
    return `does not match ${constraints.pattern}`;
  }
  if (constraints.enum !== undefined && !constraints.enum.includes(value)) return 'not one of its enum';
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return 'not an integer';
  if (field.type === 'number' && !/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) return 'not a number';
  if (field.type === 'boolean' && ![...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value)) {
    return 'not a boolean value';
  }
  if (field.type === 'integer' || field.type === 'number') {
    const number = Number(value);
    if (constraints.minimum !== undefined && number < constraints.minimum) return 'below its minimum';
    if (constraints.maximum !== undefined && number > constraints.maximum) return 'above its maximum';
  }
  if (field.format === 'uri') {
    try {
      new URL(value);
    } catch {
      return 'not a URI';
    }
  }
  return null;
}

describe('the CSV files against their Table Schemas', () => {
  const { reports } = getDataset();
  const citation = siteCitationContext('2026.12.05', 'https://example.org');
  const body = (format: ExportFormat) => exportReports(format, { reports, regionsBySlug, citation });

  for (const [format, file] of [
    ['csv', 'reports.csv'],
    ['report-places.csv', 'report-places.csv'],
  ] as const) {
    it(`${file}: the header is the schema's fields, and every value keeps its field's type and constraints`, () => {
      const fields = resources.find((entry) => entry.path === file)?.schema?.fields ?? [];
      const [header, ...rows] = parseCsv(body(format));
      expect(header).toEqual(fields.map((field) => field.name));
      expect(rows.length).toBeGreaterThanOrEqual(reports.length);
      const problems: string[] = [];
      for (const row of rows) {
        expect(row.length).toBe(fields.length);
        fields.forEach((field, index) => {
          const problem = cellProblem(field, row[index] ?? '');
          if (problem) problems.push(`${row[0]}: ${field.name} "${row[index]}" ${problem}`);
        });
      }
      expect(problems).toEqual([]);
    });
  }

  it('reports.csv: its primary key is unique, and every report-places row names a report (the foreign key)', () => {
    const ids = parseCsv(body('csv'))
      .slice(1)
      .map((row) => row[0]);
    expect(new Set(ids).size).toBe(ids.length);
    const placeIds = parseCsv(body('report-places.csv'))
      .slice(1)
      .map((row) => row[0]);
    expect(placeIds.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('catches a value that breaks its field', () => {
    const lon: TableField = { name: 'lon', type: 'number', description: '', constraints: { minimum: -180 } };
    expect(cellProblem(lon, '-200')).toMatch(/minimum/);
    expect(cellProblem(lon, 'east')).toMatch(/number/);
    const id: TableField = { name: 'id', type: 'string', description: '', constraints: { pattern: '[a-z]+' } };
    expect(cellProblem(id, 'abc-')).toMatch(/match/);
  });
});
