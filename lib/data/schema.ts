import { z } from 'zod';
import {
  confidenceLevels,
  languages,
  precisions,
  provinceSlugs,
  sourceKinds,
  tones,
  withdrawalReasons,
} from './vocabulary';

// The plain lists live in lib/data/vocabulary.ts, so browser code can use them without loading zod.
export { confidenceLevels, languages, precisions, provinceSlugs, sourceKinds, tones, withdrawalReasons };

// ---------------------------------------------------------------------------
// Geography (data/geo/regions.json)
// ---------------------------------------------------------------------------

export const ProvinceSlug = z.enum(provinceSlugs);
export type ProvinceSlug = z.infer<typeof ProvinceSlug>;

/** [west, south, east, north] in WGS84 degrees. */
export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBox>;

/** [lon, lat] in WGS84 degrees. */
export const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type LonLat = z.infer<typeof LonLat>;

export const Region = z.object({
  slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  /** GB/T 2260 administrative division code, e.g. 210600 for Dandong. */
  code: z.number().int().min(100000).max(999999),
  level: z.enum(['province', 'prefecture']),
  /** The province itself for a province. */
  province: ProvinceSlug,
  name_en: z.string().min(1),
  /** Short Chinese name as used in running text, e.g. 丹东. */
  name_zh: z.string().min(1),
  /** Official Chinese name, e.g. 丹东市. */
  name_zh_full: z.string().min(1),
  /** Korean name as Korean media spell it, e.g. 단둥. */
  name_ko: z.string().min(1),
  /** Other Korean spellings in common use, e.g. 연변 for Yanbian. */
  name_ko_alt: z.array(z.string().min(1)).optional(),
  /** Traditional Chinese, e.g. 丹東. */
  name_zh_hant: z.string().min(1).optional(),
  /** Older romanisations and former names in English, e.g. Antung for Dandong, Mukden for Shenyang. */
  name_alt_en: z.array(z.string().min(1)).optional(),
  bbox: BBox,
  label: LonLat,
});
export type Region = z.infer<typeof Region>;

export const RegionList = z.array(Region);

/** A named pin of data/geo/places.json: a prefecture seat (rank 1) or a county-level town (rank 2). */
export const NamedPlace = z.strictObject({
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
  name_zh_hant: z.string().min(1).optional(),
  name_ko: z.string().min(1),
  name_ko_alt: z.array(z.string().min(1)).optional(),
  name_alt_en: z.array(z.string().min(1)).optional(),
  /** Slug of the prefecture the place lies in. */
  region: Region.shape.slug,
  rank: z.union([z.literal(1), z.literal(2)]),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});
export type NamedPlace = z.infer<typeof NamedPlace>;

export const NamedPlaceList = z.array(NamedPlace);

// ---------------------------------------------------------------------------
// Sectors, conditions and reports (data/sectors.json, data/conditions.json, data/reports.json)
// ---------------------------------------------------------------------------

const key = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be a lowercase key like "below-capacity"');

export const Sector = z.strictObject({
  key,
  label: z.string().min(1),
  colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a #RRGGBB colour'),
  /**
   * Not a kind of work: the key for reports on the workforce in general ("Sector not stated"). Drawn in a neutral
   * grey, listed apart from the sector colours, never combined with a sector (lib/data/sector-rules.ts).
   */
  neutral: z.literal(true).optional(),
  description: z.string().min(1),
});
export type Sector = z.infer<typeof Sector>;

export const Tone = z.enum(tones);
export type Tone = z.infer<typeof Tone>;

export const Condition = z.strictObject({
  key,
  label: z.string().min(1),
  tone: Tone,
  description: z.string().min(1),
});
export type Condition = z.infer<typeof Condition>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date at the precision given. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'is not a real calendar date');
export type PartialDate = z.infer<typeof PartialDate>;

export function isRealPartialDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || year < 1990 || year > 2100) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * The time a record describes: a partial date, or a range `A..B` of two partial dates (`2016-07..2018-01`,
 * `2014..2016`) where the source fixes only bounds, A no later than B (B's last month is not before A's first).
 */
export const DateOrRange = z.string().superRefine((value, ctx) => {
  const parts = value.split('..');
  if (parts.length > 2 || parts.some((part) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(part))) {
    ctx.addIssue({ code: 'custom', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD, or a range A..B of two of them' });
    return;
  }
  if (!parts.every(isRealPartialDate)) {
    ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
    return;
  }
  const [start, end] = parts;
  if (end !== undefined && start !== undefined && !rangeInOrder(start, end))
    ctx.addIssue({ code: 'custom', message: `is a backwards range: ${start} is after ${end}` });
});
export type DateOrRange = z.infer<typeof DateOrRange>;

/**
 * Whether a range's start comes no later than its end. Dates compare on their common precision (`2016-07..2016` is
 * in order, `2017..2016-12` is not), so a range may end at a coarser date than it starts.
 */
export function rangeInOrder(start: string, end: string): boolean {
  const length = Math.min(start.length, end.length);
  return start.slice(0, length) <= end.slice(0, length);
}

export const HttpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an http or https URL');

export const Precision = z.enum(precisions);
export type Precision = z.infer<typeof Precision>;

export const Place = z
  .strictObject({
    region: z.string().min(1),
    name: z.string().min(1).optional(),
    lon: z.number().min(-180).max(180).optional(),
    lat: z.number().min(-90).max(90).optional(),
    precision: Precision,
    /** The place was inferred (from a company name, a caption, a passing mention), not stated by the source. */
    inferred: z.boolean().optional(),
  })
  .superRefine((place, ctx) => {
    const pinned = place.precision === 'point' || place.precision === 'city';
    if (pinned) {
      if (place.lon === undefined)
        ctx.addIssue({ code: 'custom', path: ['lon'], message: `is required at ${place.precision} precision` });
      if (place.lat === undefined)
        ctx.addIssue({ code: 'custom', path: ['lat'], message: `is required at ${place.precision} precision` });
      if (place.name === undefined)
        ctx.addIssue({ code: 'custom', path: ['name'], message: `is required at ${place.precision} precision` });
    } else {
      // Never draw a point more exact than the source: a province- or prefecture-level report gets no pin.
      if (place.lon !== undefined)
        ctx.addIssue({ code: 'custom', path: ['lon'], message: `must be absent at ${place.precision} precision` });
      if (place.lat !== undefined)
        ctx.addIssue({ code: 'custom', path: ['lat'], message: `must be absent at ${place.precision} precision` });
    }
  });
export type Place = z.infer<typeof Place>;

export const Confidence = z.enum(confidenceLevels);
export type Confidence = z.infer<typeof Confidence>;

/** A confidence label in plain language (data/confidence.json). */
export const ConfidenceLabel = z.strictObject({
  key: Confidence,
  label: z.string().min(1),
  description: z.string().min(1),
  /** Primary: the outlet's own reporting; secondary: a report or copy of someone else's. */
  strength: z.enum(['primary', 'secondary']),
});
export type ConfidenceLabel = z.infer<typeof ConfidenceLabel>;

/** Our own editorial tags, which readers would take for the outlet's ("[Exclusive]" is an outlet's, "[untitled]" is ours). */
const EDITORIAL_MARKER = /\[(?:untitled|title paraphrased|paraphrased|no title|headline)[^\]]*\]/i;
const headline = z
  .string()
  .min(1)
  .refine(
    (value) => !EDITORIAL_MARKER.test(value),
    'holds an editorial marker such as "[untitled in excerpt]": a title field holds only the headline',
  );

export const Source = z
  .strictObject({
    outlet: z.string().min(1),
    /** The outlet's own headline, in the language of the page. Absent when it could not be found. */
    title: headline.optional(),
    /** Our English rendering of `title` (only where `title` is given). */
    title_en: headline.optional(),
    /** Our short description of the item, shown as "Untitled (our description: …)" when the headline is unknown. */
    description: z.string().min(1).optional(),
    url: HttpUrl,
    language: z.enum(languages),
    kind: z.enum(sourceKinds),
    /** The URL is a mirror or relay of the original outlet: who relays it. */
    via: z.string().min(1).optional(),
  })
  .superRefine((source, ctx) => {
    if (source.title === undefined && source.description === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'is required when the headline (title) is unknown',
      });
    if (source.title === undefined && source.title_en !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['title_en'],
        message: 'renders a headline: give title too, or use description for our own words',
      });
  });
export type Source = z.infer<typeof Source>;

export const Checked = z.strictObject({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .refine(isRealPartialDate, 'is not a real calendar date'),
  against: z.enum(['page', 'digest']),
});
export type Checked = z.infer<typeof Checked>;

export const Figure = z.strictObject({
  label: z.string().min(1),
  /** In English. */
  value: z.string().min(1),
  /** The figure as the source writes it, when the source is not in English ("약 500명"): Korean and Chinese pages show it. */
  original: z.string().min(1).optional(),
});
export type Figure = z.infer<typeof Figure>;

const recordId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug');

export const DerivedFrom = z.union([recordId, z.strictObject({ outlet: z.string().min(1), url: HttpUrl.optional() })]);
export type DerivedFrom = z.infer<typeof DerivedFrom>;

export const Report = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
    /** Ids of the research-digest records this report rests on (S1, R12, N05, C2, M04, L17, P22); absent for our own finds. */
    refs: z
      .array(z.string().regex(/^[SRNCMLP]\d+$/, 'must be a digest id like R12'))
      .min(1)
      .optional(),
    /** Absent only when neither the source nor the digest gives a date (the report is "undated"). */
    published: PartialDate.optional(),
    published_inferred: z.literal(true).optional(),
    /** The time the record describes, when the source dates it apart from publication; may be a range `A..B`. */
    observed: DateOrRange.optional(),
    source: Source,
    places: z.array(Place).min(1),
    sectors: z.array(key).min(1),
    conditions: z.array(key).min(1),
    summary: z.string().min(20).max(800),
    figures: z.array(Figure).optional(),
    confidence: Confidence,
    notes: z.string().min(1).optional(),
    /** When this record was last re-read against its source page, or against the digest where the page could not be read. */
    checked: Checked,
    /**
     * The original report this one passes on: the id of a record in the dataset, or, when the original is not in
     * the dataset, its outlet (and its URL where the relay names it; never a guessed one).
     */
    derived_from: DerivedFrom.optional(),
    /** Shared by records that report the same happening (same place, time and facts). */
    event: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug like "helong-2024-01-unrest"')
      .optional(),
  })
  .refine((report) => report.source.via === undefined || report.confidence === 'relay', {
    message: 'must be "relay" when the source is a mirror or relay (source.via is set)',
    path: ['confidence'],
  });
export type Report = z.infer<typeof Report>;

// ---------------------------------------------------------------------------
// Coverage (data/coverage.json): for each prefecture, reported, or searched for and nothing found
// ---------------------------------------------------------------------------

export const Search = z.strictObject({
  query: z.string().min(1),
  language: z.enum(languages),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .refine(isRealPartialDate, 'is not a real calendar date'),
  /** What the search turned up, in a few words. */
  result: z.string().min(1),
});
export type Search = z.infer<typeof Search>;

export const CoverageEntry = z.strictObject({
  region: z.string().min(1),
  status: z.enum(['reported', 'none-found']),
  searches: z.array(Search),
});
export type CoverageEntry = z.infer<typeof CoverageEntry>;

// ---------------------------------------------------------------------------
// Timeline events (data/events.json): dated, cited happenings that shaped the workers' situation
// ---------------------------------------------------------------------------

export const TimelineEvent = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
  /** At the precision the source gives. */
  date: PartialDate,
  label: z.string().min(1).max(40),
  /** One sentence in our own words. */
  description: z.string().min(20).max(200),
  kind: z.enum(['un', 'government', 'north-korea', 'incident', 'investigation']),
  outlet: z.string().min(1),
  url: HttpUrl,
  /** Region slugs the event concerns; absent = both provinces. */
  places: z.array(z.string().min(1)).optional(),
  checked: Checked,
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

// ---------------------------------------------------------------------------
// Tombstones and releases (data/withdrawn.json, data/releases/*.json)
// ---------------------------------------------------------------------------

/** A withdrawn record's tombstone: its address keeps saying what happened. */
export const Tombstone = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
      .refine(isRealPartialDate, 'is not a real calendar date'),
    reason: z.enum(withdrawalReasons),
    /** The record that carries on: required when the record was merged or renamed. */
    replacement: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug')
      .optional(),
    /** What happened, in our words. */
    note: z.string().min(10).max(400),
  })
  .refine((entry) => !(entry.reason === 'merged' || entry.reason === 'renamed') || entry.replacement !== undefined, {
    message: 'is required when the reason is "merged" or "renamed"',
    path: ['replacement'],
  });
export type Tombstone = z.infer<typeof Tombstone>;

/**
 * A release's snapshot: each record's id with a short hash of each of its top-level fields (in the order of
 * `fields`, space-separated, `-` for an absent field). Enough to tell what was added, changed (and which fields) or
 * withdrawn between two releases, at about 140 bytes a record.
 */
export const ReleaseSnapshot = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}$/, 'must be YYYY.MM.DD'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  fields: z.array(z.string().min(1)).min(1),
  records: z.record(z.string().min(1), z.string().regex(/^([0-9a-f]{8}|-)( ([0-9a-f]{8}|-))*$/, 'must be field hashes')),
});
export type ReleaseSnapshot = z.infer<typeof ReleaseSnapshot>;
