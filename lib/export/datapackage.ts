/**
 * `/data/datapackage.json`: the downloads as a Frictionless Data Package (v1, specs.frictionlessdata.io), with a
 * Table Schema for each CSV (its columns, types and constraints) and the other files as plain resources, so tools
 * such as frictionless-py or the Data Package libraries read and check the tables without guessing. Paths are
 * relative to the descriptor, so the package works wherever `/data/` is served.
 */
import { confidenceLevels, languages, precisions, provinceSlugs, sourceKinds } from '@/lib/data/vocabulary';
import {
  DATASET_CREATOR,
  DATASET_FILES,
  DATASET_KEYWORDS,
  DATASET_LICENSE,
  type DatasetFile,
} from './dataset-description';
import { PLACE_CSV_COLUMNS, REPORT_CSV_COLUMNS } from './tables';

/** A Table Schema field (specs.frictionlessdata.io/table-schema), as far as our columns use it. */
export type TableField = {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  format?: 'uri';
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
};

type FieldSpec = Omit<TableField, 'name'>;

const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const KEY_LIST = '[a-z0-9]+(-[a-z0-9]+)*(;[a-z0-9]+(-[a-z0-9]+)*)*';

const text = (description: string, required = false): FieldSpec => ({
  type: 'string',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});
const oneOf = (description: string, values: readonly string[], required = false): FieldSpec => ({
  type: 'string',
  description,
  constraints: { ...(required ? { required: true } : {}), enum: [...values] },
});
const flag = (description: string): FieldSpec => ({
  type: 'boolean',
  description: `${description} Empty otherwise.`,
  trueValues: ['true'],
  falseValues: ['false'],
});

/** Every column of both CSV files, described once (a column without a description is a type error). */
const FIELDS: Record<(typeof REPORT_CSV_COLUMNS)[number] | (typeof PLACE_CSV_COLUMNS)[number], FieldSpec> = {
  id: {
    type: 'string',
    description: 'The record’s id, stable across releases; its page is /reports/<id>.',
    constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
  },
  published: {
    type: 'string',
    description: 'When the source was published: YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives.',
    constraints: { pattern: PARTIAL_DATE },
  },
  published_inferred: flag('"true" when the publication date was inferred rather than printed by the source.'),
  observed: {
    type: 'string',
    description: 'When the reported situation was observed: a partial date or a range A..B of two.',
    constraints: { pattern: `${PARTIAL_DATE}(\\.\\.${PARTIAL_DATE})?` },
  },
  outlet: text('The outlet or body that published the source.', true),
  title: text('The source’s own headline, in its language.'),
  title_en: text('Our English rendering of the headline.'),
  description: text('Our description of a source without a headline.'),
  url: { type: 'string', format: 'uri', description: 'The source’s address.', constraints: { required: true } },
  language: oneOf('The source’s language (ISO 639-1).', languages, true),
  source_kind: oneOf('The kind of source.', sourceKinds, true),
  via: text('The outlet the source was found through, when it relays another.'),
  place_count: {
    type: 'integer',
    description: 'How many places the record names.',
    constraints: { required: true, minimum: 1 },
  },
  places: text('The places the record names, joined with "; ", in its order.', true),
  regions: text('The region slugs of those places, joined with ";".', true),
  provinces: text('The province slugs of those places, joined with ";".'),
  first_place_precision: oneOf('How precisely the first place is located.', precisions, true),
  region: text('The region slug of this place (a province or prefecture).', true),
  region_name: text('The region’s English name.'),
  province: oneOf('The province of this place.', provinceSlugs),
  place_name: text('The place as the source names it, when it names a town or site.'),
  precision: oneOf('How precisely this place is located.', precisions, true),
  place_inferred: flag('"true" when the place was inferred rather than named by the source.'),
  lon: {
    type: 'number',
    description: 'Longitude (WGS84) of the source’s own point; empty at prefecture or province precision.',
    constraints: { minimum: -180, maximum: 180 },
  },
  lat: {
    type: 'number',
    description: 'Latitude (WGS84) of the source’s own point; empty at prefecture or province precision.',
    constraints: { minimum: -90, maximum: 90 },
  },
  sectors: {
    type: 'string',
    description: 'Sector keys (data/sectors.json), joined with ";".',
    constraints: { required: true, pattern: KEY_LIST },
  },
  conditions: {
    type: 'string',
    description: 'Reported condition keys (data/conditions.json), joined with ";".',
    constraints: { pattern: KEY_LIST },
  },
  summary: text('Our summary of what the source reports, in our own words (CC BY 4.0).', true),
  figures: text('Figures the source gives, "label: value (original wording)", joined with "; ".'),
  confidence: oneOf('How the source knows (data/confidence.json).', confidenceLevels, true),
  derived_from: text('The record or outlet this source passes on, when it relays another.'),
  digest_refs: text('Digest references, joined with ";".'),
  notes: text('Our notes on the record.'),
  event: text('Key shared by the records of one event (same place, time and facts).'),
  checked: {
    type: 'string',
    description: 'The day the record was last checked, and against what: "YYYY-MM-DD (page)" or "(digest)".',
    constraints: { required: true, pattern: '\\d{4}-\\d{2}-\\d{2} \\((page|digest)\\)' },
  },
  page: { type: 'string', format: 'uri', description: 'The record’s own page.', constraints: { required: true } },
};

/** A Table Schema for a CSV with these columns, in their order. */
export function tableSchema(columns: readonly (keyof typeof FIELDS)[]): { fields: TableField[] } {
  return { fields: columns.map((name) => ({ name, ...FIELDS[name] })) };
}

/** How the CSV files are written (lib/export/tables.ts): RFC 4180, CRLF, a header row, UTF-8 with a BOM. */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

/** A resource's name: its file name in the characters Frictionless allows (`report-places.csv` → `report-places-csv`). */
export function resourceName(file: string): string {
  return file
    .toLowerCase()
    .replace(/[^-a-z0-9._/]/g, '-')
    .replace(/\./g, '-');
}

function resource(file: DatasetFile): Record<string, unknown> {
  const common = {
    name: resourceName(file.file),
    path: file.file,
    title: file.file,
    description: file.description,
    format: file.format,
    mediatype: file.encodingFormat,
    encoding: 'utf-8',
  };
  if (file.file === 'reports.csv') {
    return {
      ...common,
      profile: 'tabular-data-resource',
      dialect: CSV_DIALECT,
      schema: { ...tableSchema(REPORT_CSV_COLUMNS), primaryKey: ['id'] },
    };
  }
  if (file.file === 'report-places.csv') {
    return {
      ...common,
      profile: 'tabular-data-resource',
      dialect: CSV_DIALECT,
      schema: {
        ...tableSchema(PLACE_CSV_COLUMNS),
        foreignKeys: [{ fields: ['id'], reference: { resource: resourceName('reports.csv'), fields: ['id'] } }],
      },
    };
  }
  return { ...common, profile: 'data-resource' };
}

export type DataPackageInput = {
  version: string;
  /** The release day, `YYYY-MM-DD`. */
  released: string;
  /** The site's home, absolute (`siteAddress`). */
  homepage: string;
  temporalCoverage: string | null;
};

/** The Data Package descriptor (profile `data-package`: its GeoJSON, JSON and citation files are not tables). */
export function dataPackage(input: DataPackageInput): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'nk-workers-liaoning-jilin',
    title: 'North Korean workers in Liaoning and Jilin',
    description:
      'Cited public reports on North Korean workers in China’s Liaoning and Jilin provinces, one record per source report, ' +
      'summarised in our own words with its source URL, places and dates at the precision the source gives, sectors, ' +
      'reported conditions, a sourcing label and the day it was last checked' +
      (input.temporalCoverage === null ? '.' : ` (time covered: ${input.temporalCoverage}).`),
    homepage: input.homepage,
    version: input.version,
    created: `${input.released}T00:00:00Z`,
    keywords: [...DATASET_KEYWORDS],
    licenses: [{ name: 'CC-BY-4.0', path: DATASET_LICENSE, title: 'Creative Commons Attribution 4.0' }],
    contributors: [{ title: DATASET_CREATOR, role: 'author' }],
    sources: [{ title: 'The public reports each record cites (column url)' }],
    resources: DATASET_FILES.map(resource),
  };
}
