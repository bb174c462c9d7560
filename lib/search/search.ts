/**
 * Search over regions, places and reports, with MiniSearch. The index is built once at build time
 * (`buildSearchIndex`, shipped by lib/data/assets.ts as a content-hashed file) and loaded in the browser the first time
 * the search box is focused (`loadSearchIndex`); both sides use SEARCH_INDEX_OPTIONS, which MiniSearch needs to
 * read its own JSON back. No React, no zod: this module runs in the browser.
 *
 * Chinese, Japanese and Korean have no spaces between words (Korean has them between phrases, with particles
 * attached), so a run of those scripts is indexed whole and as overlapping character pairs: 丹东市 gives 丹东市,
 * 丹东 and 东市, and a query is cut the same way, so 丹东, 丹東 (the traditional form, indexed as an alternative),
 * 단둥 and 단동 all find Dandong. Latin words are lower-cased, stripped of accents and of inner apostrophes and
 * hyphens (Ji'an is jian, Tan-tung is tantung and also tan, tung), and searched by prefix and, from four letters
 * on, with one typo allowed.
 */
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import type { NamedPlace, Region, Report } from '@/lib/data/schema';

/*
 * Hits carry names and facts, not sentences: the search box says "Prefecture in Liaoning" or "랴오닝성의 지급
 * 행정구역" in the page's language, from one index shared by every language.
 */
export type RegionHit = {
  kind: 'region';
  key: string;
  slug: string;
  label: string;
  /** The province slug of a prefecture; null for a province. */
  province: string | null;
  zh: string;
  ko: string;
  /** The alternative name the query matched (Antung, 丹東, 단동), when no primary name did. */
  also: string | null;
};
export type PlaceHit = {
  kind: 'place';
  key: string;
  /** The region the place is in: choosing the place opens it. */
  slug: string;
  name: string;
  lon: number;
  lat: number;
  label: string;
  /** Whether the place is its prefecture's seat. */
  seat: boolean;
  /** The province slug of the place's prefecture. */
  province: string;
  zh: string;
  ko: string;
  also: string | null;
};
export type ReportHit = {
  kind: 'report';
  key: string;
  id: string;
  /** The region of the report's first place: its card opens there. */
  slug: string;
  label: string;
  /** Language of the label: the headline's, or English for our rendering or description. */
  lang: string;
  outlet: string;
  /** Publication date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null when undated. */
  published: string | null;
};
export type SearchHit = RegionHit | PlaceHit | ReportHit;

type Kind = SearchHit['kind'];

/** One indexed document. Searched: the six text fields. Stored for display: the rest. */
type SearchDocument = {
  id: string;
  kind: Kind;
  /** Primary names (English, Chinese, Korean) of a region or place. */
  name: string;
  /** Traditional Chinese, other Korean spellings, older romanisations. */
  alias: string;
  title: string;
  outlet: string;
  summary: string;
  /**
   * A report's places and sectors and conditions, in every language and script (Dandong 丹东 단둥, Textile 纺织
   * 섬유·봉제), so "Dandong textile" or 단둥 finds the reports tagged so whatever words their headline uses.
   */
  tags: string;
  slug: string;
  label: string;
  zh?: string;
  ko?: string;
  aliases?: string[];
  lon?: number;
  lat?: number;
  report?: string;
  lang?: string;
  province?: string;
  seat?: boolean;
  outletLabel?: string;
  published?: string;
};

/** The names of the data's terms in every language, by key (lib/search/search-terms.ts gathers them). */
export type SearchTerms = {
  sectors: Readonly<Record<string, readonly string[]>>;
  conditions: Readonly<Record<string, readonly string[]>>;
};

export type SearchInputs = {
  regions: readonly Region[];
  places: readonly NamedPlace[];
  reports: readonly Report[];
  terms: SearchTerms;
};

export const MAX_HITS = 8;
const MAX_QUERY_LENGTH = 100;
/** A whole run of CJK longer than this is a phrase, not a name: only its pairs are indexed. */
const MAX_WHOLE_RUN = 8;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUNS =
  /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
/** Letters and digits, with apostrophes or hyphens inside (Ji'an, Tan-tung, 2019-05). */
const WORDS = /[\p{L}\p{N}]+(?:['’‘-][\p{L}\p{N}]+)*/gu;
const STOP_WORDS = new Set(
  'a an and are as at be by for from had has have in into is it its of on or that the their this to was were which with'.split(
    ' ',
  ),
);

const isCjk = (term: string) => CJK_CHAR.test(term);

function cjkTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [run];
  const pairs = chars.slice(1).map((char, index) => `${chars[index]}${char}`);
  return chars.length <= MAX_WHOLE_RUN ? [run, ...pairs] : pairs;
}

function latinTokens(word: string): string[] {
  // Dandong's is Dandong; Lü-ta is lu-ta.
  const plain = word
    .replace(/['’]s$/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const joined = plain.replace(/['’‘-]/g, '');
  // The parts of Tan-tung, not of Lü-ta: two-letter parts would prefix-match half the index.
  const parts = plain.includes('-') ? plain.split('-').filter((part) => part.length >= 3) : [];
  return [joined, ...parts].filter((token) => token.length > 0 && !STOP_WORDS.has(token));
}

/** Index and query terms of a text: the same cut on both sides (see the module comment). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORDS)) {
    for (const [run] of word.matchAll(CJK_RUNS)) {
      if (isCjk(run)) tokens.push(...cjkTokens(run));
      else tokens.push(...latinTokens(run.replace(/^['’‘-]+|['’‘-]+$/g, '')));
    }
  }
  return [...new Set(tokens)];
}

const KIND_BOOST: Readonly<Record<Kind, number>> = { region: 4, place: 3, report: 1 };

/** The options the index is built and loaded with: MiniSearch.loadJSON needs exactly these. */
export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['name', 'alias', 'title', 'outlet', 'summary', 'tags'],
  storeFields: [
    'kind',
    'slug',
    'label',
    'zh',
    'ko',
    'aliases',
    'lon',
    'lat',
    'report',
    'lang',
    'province',
    'seat',
    'outletLabel',
    'published',
  ],
  tokenize,
  // tokenize has already normalised every term.
  processTerm: (term) => term,
  searchOptions: {
    boost: { name: 6, alias: 4, title: 2, outlet: 1.5, summary: 1, tags: 1 },
    prefix: true,
    // From five letters (Mukdn, Yenkii): shorter words have too many neighbours (jian and jan).
    fuzzy: (term) => (!isCjk(term) && term.length >= 5 ? 0.2 : false),
    // A name query should find the region or place before the reports that mention it.
    boostDocument: (_id, _term, stored) => {
      const kind = stored?.kind;
      return kind === 'region' || kind === 'place' || kind === 'report' ? KIND_BOOST[kind] : 0;
    },
  },
};

const distinct = (values: readonly (string | undefined)[]): string[] => [
  ...new Set(values.filter((value): value is string => value !== undefined)),
];

function alternatives(names: {
  name_zh: string;
  name_zh_hant?: string;
  name_ko_alt?: string[];
  name_alt_en?: string[];
}): string[] {
  const hant = names.name_zh_hant === names.name_zh ? undefined : names.name_zh_hant;
  return distinct([hant, ...(names.name_ko_alt ?? []), ...(names.name_alt_en ?? [])]);
}

const EMPTY_TEXT = { title: '', outlet: '', summary: '', tags: '' };

function regionDocument(region: Region): SearchDocument {
  const aliases = alternatives(region);
  return {
    id: `region:${region.slug}`,
    kind: 'region',
    name: [region.name_en, region.name_zh, region.name_zh_full, region.name_ko].join(' '),
    alias: aliases.join(' '),
    ...EMPTY_TEXT,
    slug: region.slug,
    label: region.name_en,
    ...(region.level === 'prefecture' ? { province: region.province } : {}),
    zh: region.name_zh,
    ko: region.name_ko,
    aliases,
  };
}

function placeDocument(place: NamedPlace, region: Region): SearchDocument {
  const aliases = alternatives(place);
  return {
    id: `place:${place.region}:${place.name_en}`,
    kind: 'place',
    name: [place.name_en, place.name_zh, place.name_ko].join(' '),
    alias: aliases.join(' '),
    ...EMPTY_TEXT,
    slug: place.region,
    label: place.name_en,
    seat: place.rank === 1,
    province: region.province,
    zh: place.name_zh,
    ko: place.name_ko,
    aliases,
    lon: place.lon,
    lat: place.lat,
  };
}

type ReportContext = {
  regionsBySlug: ReadonlyMap<string, Region>;
  placesByName: ReadonlyMap<string, NamedPlace>;
  terms: SearchTerms;
};

/** The words a report is tagged with: its places (and their provinces) and its terms, in every language. */
function reportTags(report: Report, { regionsBySlug, placesByName, terms }: ReportContext): string {
  const words: (string | undefined)[] = [];
  const regionNames = (region: Region | undefined) =>
    region ? [region.name_en, region.name_zh, region.name_ko, region.name_zh_hant] : [];
  for (const place of report.places) {
    const region = regionsBySlug.get(place.region);
    words.push(...regionNames(region));
    if (region?.level === 'prefecture') words.push(...regionNames(regionsBySlug.get(region.province)));
    const named = place.name === undefined ? undefined : placesByName.get(`${place.region}|${place.name}`);
    words.push(place.name, named?.name_zh, named?.name_ko, named?.name_zh_hant);
  }
  for (const sector of report.sectors) words.push(...(terms.sectors[sector] ?? []));
  for (const condition of report.conditions) words.push(...(terms.conditions[condition] ?? []));
  return distinct(words).join(' ');
}

function reportDocument(report: Report, context: ReportContext): SearchDocument {
  const { source } = report;
  const label = source.title_en ?? source.title ?? source.description ?? report.id;
  const lang = source.title_en === undefined && source.title !== undefined ? source.language : 'en';
  return {
    id: `report:${report.id}`,
    kind: 'report',
    name: '',
    alias: '',
    title: distinct([source.title, source.title_en, source.description]).join('\n'),
    outlet: distinct([source.outlet, source.via]).join('\n'),
    summary: report.summary,
    tags: reportTags(report, context),
    slug: report.places[0]?.region ?? '',
    label,
    outletLabel: source.outlet,
    ...(report.published === undefined ? {} : { published: report.published }),
    report: report.id,
    lang,
  };
}

/** The documents of the index: every region, the places not named like their region, every report. */
export function searchDocuments({ regions, places, reports, terms }: SearchInputs): SearchDocument[] {
  const regionsBySlug = new Map(regions.map((region) => [region.slug, region]));
  const placesByName = new Map(places.map((place) => [`${place.region}|${place.name_en}`, place]));
  const placeDocuments = places.flatMap((place) => {
    const region = regionsBySlug.get(place.region);
    // A seat named like its prefecture (Dandong in Dandong) would only repeat the region's result.
    if (!region || place.name_en === region.name_en) return [];
    return [placeDocument(place, region)];
  });
  return [
    ...regions.map(regionDocument),
    ...placeDocuments,
    ...reports.map((report) => reportDocument(report, { regionsBySlug, placesByName, terms })),
  ];
}

export type SearchIndex = MiniSearch<SearchDocument>;

export function buildSearchIndex(inputs: SearchInputs): SearchIndex {
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(searchDocuments(inputs));
  return index;
}

/** The asset's body: MiniSearch's own JSON, stored display fields included. */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify(index);
}

/** Reads the asset back; throws when it is not an index of this format (MiniSearch checks its version). */
export function loadSearchIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_INDEX_OPTIONS);
}

/** Words must all match (each by any of its terms); when no document has them all, any word will do. */
function queryOf(text: string, combineWith: 'AND' | 'OR'): Query {
  const words = text
    .slice(0, MAX_QUERY_LENGTH)
    .split(/\s+/)
    .filter((word) => tokenize(word).length > 0);
  return { combineWith, queries: words.map((word) => ({ combineWith: 'OR', queries: [word] })) };
}

export function search(index: SearchIndex, text: string, limit = MAX_HITS): SearchHit[] {
  let raw = index.search(queryOf(text, 'AND'));
  if (raw.length === 0) raw = index.search(queryOf(text, 'OR'));
  return raw.flatMap((result) => toHit(result) ?? []).slice(0, limit);
}

/**
 * The alternative a result matched on, unless a primary name matched too (then the label says it all); one the
 * query spelt out (Tantung) before one it only came near (Antung).
 */
function matchedAlternative(result: SearchResult, aliases: unknown): string | null {
  const fields = Object.values(result.match).flat();
  if (fields.includes('name') || !fields.includes('alias') || !Array.isArray(aliases)) return null;
  const names = aliases.filter((alias): alias is string => typeof alias === 'string');
  const containing = (terms: readonly string[]) =>
    names.find((alias) => tokenize(alias).some((term) => terms.includes(term)));
  return containing(result.queryTerms) ?? containing(result.terms) ?? null;
}

/** A typed hit from a result's stored fields, checked one by one (they come from a fetched file). */
function toHit(result: SearchResult): SearchHit | null {
  const stored: Record<string, unknown> = result;
  const { kind, slug, label, zh, ko, lon, lat, report, lang, province, seat, outletLabel, published } = stored;
  const key = typeof result.id === 'string' ? result.id : null;
  if (key === null || typeof slug !== 'string' || typeof label !== 'string') return null;
  if (kind === 'report')
    return typeof report === 'string' && typeof lang === 'string' && typeof outletLabel === 'string'
      ? {
          kind,
          key,
          id: report,
          slug,
          label,
          lang,
          outlet: outletLabel,
          published: typeof published === 'string' ? published : null,
        }
      : null;
  if (typeof zh !== 'string' || typeof ko !== 'string') return null;
  const also = matchedAlternative(result, stored.aliases);
  if (kind === 'region')
    return { kind, key, slug, label, province: typeof province === 'string' ? province : null, zh, ko, also };
  if (kind === 'place' && typeof lon === 'number' && typeof lat === 'number' && typeof province === 'string')
    return { kind, key, slug, name: label, lon, lat, label, seat: seat === true, province, zh, ko, also };
  return null;
}
