/**
 * The dataset describing itself: the files it is published as (`/data/*`), its time and place, and the schema.org
 * `Dataset` that the home and About pages carry as JSON-LD for dataset search engines. Pure: the caller passes the
 * records, the words in the page's language and the site's address.
 */
import type { BBox, Report } from '@/lib/data/schema';
import { SUMMARY_LICENSE } from './report-page';

/** One file under `/data/`: what it is and how a machine should read it. */
export type DatasetFile = {
  file: string;
  /** IANA media type, without parameters: schema.org `encodingFormat`, Frictionless `mediatype`. */
  encodingFormat: string;
  /** Frictionless `format`: the file's extension as tools name it. */
  format: string;
  description: string;
};

/** Every download the site publishes, in the order the pages offer them; a test compares it with `app/data/`. */
export const DATASET_FILES: readonly DatasetFile[] = [
  {
    file: 'reports.csv',
    encodingFormat: 'text/csv',
    format: 'csv',
    description: 'One row per report; its places joined in one column, the first place’s coordinates.',
  },
  {
    file: 'report-places.csv',
    encodingFormat: 'text/csv',
    format: 'csv',
    description: 'One row per report and place, for mapping.',
  },
  {
    file: 'reports.json',
    encodingFormat: 'application/json',
    format: 'json',
    description: 'Every record as validated, with all its fields.',
  },
  {
    file: 'reports.geojson',
    encodingFormat: 'application/geo+json',
    format: 'geojson',
    description: 'A point per report and place (the source’s own point, or the region’s label point by precision).',
  },
  {
    file: 'regions.geojson',
    encodingFormat: 'application/geo+json',
    format: 'geojson',
    description: 'The boundaries of the two provinces and their 23 prefecture-level regions.',
  },
  {
    file: 'reports.bib',
    encodingFormat: 'application/x-bibtex',
    format: 'bib',
    description: 'Every cited source as BibTeX (biblatex dates), each noting its record ids and pages.',
  },
  {
    file: 'reports.ris',
    encodingFormat: 'application/x-research-info-systems',
    format: 'ris',
    description: 'Every cited source as RIS, with the access date.',
  },
  {
    file: 'reports.csl.json',
    encodingFormat: 'application/vnd.citationstyles.csl+json',
    format: 'json',
    description: 'Every cited source as CSL-JSON.',
  },
];

/** The Frictionless Data Package describing the files above (lib/export/datapackage.ts). */
export const DATAPACKAGE_FILE = 'datapackage.json';

/** Who makes the dataset, as CITATION.cff names its authors. */
export const DATASET_CREATOR = 'North Korean workers in Liaoning and Jilin contributors';
export const DATASET_LICENSE = SUMMARY_LICENSE;
export const DATASET_KEYWORDS = [
  'North Korea',
  'DPRK',
  'overseas workers',
  'labour export',
  'China',
  'Liaoning',
  'Jilin',
] as const;

/** Ends of a span as comparable days: a start at its first day, an end at its last (`2020` ends after `2020-04`). */
function dayKey(partial: string, end: boolean): string {
  const [year, month, day] = partial.split('-');
  return `${year}-${month ?? (end ? '12' : '01')}-${day ?? (end ? '31' : '01')}`;
}

/**
 * The time the records describe, as an ISO 8601 interval of partial dates (`2009-05/2025-11`): from the earliest
 * start to the latest end of each record's time (its `observed` date or range, else its publication). Null when no
 * record is dated.
 */
export function temporalCoverage(reports: readonly Pick<Report, 'observed' | 'published'>[]): string | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const report of reports) {
    const time = report.observed ?? report.published;
    if (time === undefined) continue;
    const parts = time.split('..');
    const start = parts[0] ?? time;
    const end = parts[parts.length - 1] ?? time;
    if (first === null || dayKey(start, false) < dayKey(first, false)) first = start;
    if (last === null || dayKey(end, true) > dayKey(last, true)) last = end;
  }
  return first === null || last === null ? null : first === last ? first : `${first}/${last}`;
}

export type DatasetJsonLdInput = {
  /** The dataset's name and description in the page's language (a description of 50 to 5,000 characters). */
  name: string;
  description: string;
  /** BCP 47 tag of the page's language. */
  inLanguage: string;
  /** The page carrying it (its canonical address). */
  url: string;
  /** Absolute address of a download: `https://host/base/data/<file>`. */
  fileUrl: (file: string) => string;
  version: string;
  /** The release day, `YYYY-MM-DD`. */
  dateModified: string;
  temporalCoverage: string | null;
  /** West, south, east, north of the provinces. */
  bbox: BBox;
};

/**
 * The dataset as a schema.org `Dataset`, with the properties Google's dataset search documents (name and
 * description required; creator, license, version, dates, coverage, keywords and every download as a
 * `DataDownload` with its format recommended). Compact: the home page carries it in its first paint.
 */
export function datasetJsonLd(input: DatasetJsonLdInput): Record<string, unknown> {
  // Hundredths of a degree, rounded outwards: the box still holds the provinces, in a few bytes.
  const [west, south, east, north] = input.bbox.map((value, index) =>
    index < 2 ? Math.floor(value * 100) / 100 : Math.ceil(value * 100) / 100,
  ) as [number, number, number, number];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    creator: { '@type': 'Organization', name: DATASET_CREATOR },
    license: DATASET_LICENSE,
    isAccessibleForFree: true,
    keywords: [...DATASET_KEYWORDS],
    version: input.version,
    dateModified: input.dateModified,
    ...(input.temporalCoverage === null ? {} : { temporalCoverage: input.temporalCoverage }),
    spatialCoverage: {
      '@type': 'Place',
      name: 'Liaoning and Jilin, China',
      // schema.org's box: the south-west corner, then the north-east, each as "latitude longitude".
      geo: { '@type': 'GeoShape', box: `${south} ${west} ${north} ${east}` },
    },
    distribution: DATASET_FILES.map(({ file, encodingFormat }) => ({
      '@type': 'DataDownload',
      name: file,
      encodingFormat,
      contentUrl: input.fileUrl(file),
    })),
  };
}
