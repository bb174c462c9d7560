/**
 * URL <-> view state, the public deep-link contract (README, "Links"; docs/ARCHITECTURE.md).
 *
 * `parse` never throws: each parameter comes out valid, invalid or missing, junk is dropped and defaults filled.
 * `serialize` writes only what differs from the defaults, in a fixed order, so one view has one URL.
 */

import { DEFAULT_LOCALE, isPrefixedLocale, localePath, type Locale } from '@/lib/i18n/locales';
import { BASE_PATH, stripBasePath } from './base-path';
import { DEFAULT_STATE, type Camera, type Period, type ViewState } from './view-state';

/** What the parser may accept: the vocabularies of the data, so a link can only name things that exist. */
export type Vocabulary = {
  sectors: readonly string[];
  conditions: readonly string[];
  confidence: readonly string[];
  regions: readonly string[];
  /**
   * Known report ids, or null while the reports are still loading: then any id shaped like one is kept, and the
   * store checks it again once the reports arrive.
   */
  reports: ReadonlySet<string> | null;
  /** Camera positions outside this box ([west, south, east, north]) are dropped. */
  bounds: readonly [number, number, number, number];
  zoomRange: readonly [number, number];
};

export type ParamResult<T> = { status: 'valid'; value: T } | { status: 'invalid'; raw: string } | { status: 'missing' };

/** The query parameters in the order `serialize` writes them. */
export const QUERY_KEYS = [
  'sector',
  'condition',
  'confidence',
  'from',
  'to',
  'compare',
  'report',
  'list',
  'at',
  'embed',
] as const;
type QueryKey = (typeof QUERY_KEYS)[number];

type QueryState = Omit<ViewState, 'region' | 'locale'>;
type QueryParser<T> = { key: QueryKey; parse: (raw: string, vocabulary: Vocabulary) => T | undefined };

const MAX_PARAM_LENGTH = 2000;
/** A marker's list names every report behind it: a city's cluster can hold a hundred ids. */
const MAX_LIST_LENGTH = 12_000;

function parseKeyList(raw: string, known: readonly string[]): string[] | undefined {
  const wanted = new Set(raw.split(',').map((part) => part.trim().toLowerCase()));
  const kept = known.filter((key) => wanted.has(key));
  // Every key listed is the same as none listed: "all".
  if (kept.length === 0 || kept.length === known.length) return undefined;
  return kept;
}

const REPORT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function knownReport(raw: string, vocabulary: Vocabulary): boolean {
  return vocabulary.reports === null ? REPORT_ID.test(raw) : vocabulary.reports.has(raw);
}

/** Report ids, each checked as `report` is; sorted and once each, so one list has one URL. */
function parseReportList(raw: string, vocabulary: Vocabulary): string[] | undefined {
  const ids = [...new Set(raw.split(',').map((part) => part.trim()))].filter((id) => knownReport(id, vocabulary));
  return ids.length > 0 ? ids.sort() : undefined;
}

const PERIOD = /^(\d{4})(?:-(\d{2}))?$/;

export function parsePeriod(raw: string): string | undefined {
  const match = PERIOD.exec(raw.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1990 || year > 2100) return undefined;
  if (match[2] === undefined) return String(year);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${year}-${match[2]}` : undefined;
}

/** `A..B`, each end a period; given backwards it still means the span between the two ends. */
export function parseComparePeriod(raw: string): Period | undefined {
  const ends = raw.split('..');
  if (ends.length !== 2) return undefined;
  const [first, second] = ends.map((end) => parsePeriod(end));
  if (first === undefined || second === undefined) return undefined;
  return first <= second ? { from: first, to: second } : { from: second, to: first };
}

/** Decimal places that keep the camera exact to about a pixel at this zoom (as maplibre's hash does). */
export function cameraPrecision(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

export function roundCamera({ lat, lng, zoom }: Camera): Camera {
  const zoomRounded = Math.round(zoom * 100) / 100;
  const digits = cameraPrecision(zoomRounded);
  const factor = 10 ** digits;
  return { lat: Math.round(lat * factor) / factor, lng: Math.round(lng * factor) / factor, zoom: zoomRounded };
}

function parseCamera(raw: string, { bounds, zoomRange }: Vocabulary): Camera | undefined {
  const parts = raw.split(',');
  if (parts.length !== 3) return undefined;
  const numbers = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part.trim()) ? Number(part) : Number.NaN));
  const [lat, lng, zoom] = numbers;
  if (lat === undefined || lng === undefined || zoom === undefined) return undefined;
  if (![lat, lng, zoom].every(Number.isFinite)) return undefined;
  const [west, south, east, north] = bounds;
  if (lng < west || lng > east || lat < south || lat > north) return undefined;
  const clampedZoom = Math.min(zoomRange[1], Math.max(zoomRange[0], zoom));
  return roundCamera({ lat, lng, zoom: clampedZoom });
}

/** One parser per query state key; the mapped type makes a key without a parser a compile error. */
const PARSERS: { [K in keyof QueryState]: QueryParser<QueryState[K]> } = {
  sectors: { key: 'sector', parse: (raw, vocabulary) => parseKeyList(raw, vocabulary.sectors) },
  conditions: { key: 'condition', parse: (raw, vocabulary) => parseKeyList(raw, vocabulary.conditions) },
  confidence: { key: 'confidence', parse: (raw, vocabulary) => parseKeyList(raw, vocabulary.confidence) },
  from: { key: 'from', parse: parsePeriod },
  to: { key: 'to', parse: parsePeriod },
  compare: { key: 'compare', parse: parseComparePeriod },
  report: { key: 'report', parse: (raw, vocabulary) => (knownReport(raw, vocabulary) ? raw : undefined) },
  list: { key: 'list', parse: parseReportList },
  at: { key: 'at', parse: parseCamera },
  embed: { key: 'embed', parse: (raw) => (raw === '1' ? true : undefined) },
};

const STATE_KEYS = Object.keys(PARSERS) as (keyof QueryState)[];

export type ParsedUrl = {
  state: ViewState;
  /** Per query key: valid, invalid (dropped) or missing. */
  params: Record<QueryKey, ParamResult<unknown>>;
  /** The path names a region that does not exist. */
  unknownRegion: boolean;
};

function splitUrl(url: string): { pathname: string; search: URLSearchParams } {
  try {
    const parsed = new URL(url, 'http://localhost');
    return { pathname: parsed.pathname, search: parsed.searchParams };
  } catch {
    return { pathname: '/', search: new URLSearchParams() };
  }
}

/** `/`, `/regions/<slug>`, each optionally behind a language prefix: `/ko`, `/zh/regions/dandong`. */
const VIEW_PATH = /^(?:\/([a-z]{2}))?(?:\/regions\/([^/]+))?\/?$/;

export function parse(url: string, vocabulary: Vocabulary, base: string = BASE_PATH): ParsedUrl {
  const { pathname: served, search } = splitUrl(url);
  // An address outside the base path is no view of ours: it reads as the home page, as an unknown path would.
  const pathname = stripBasePath(served, base) ?? '/';
  let region: string | null = null;
  let unknownRegion = false;
  const pathMatch = VIEW_PATH.exec(pathname);
  const prefix = pathMatch?.[1];
  // Only the languages the site has are prefixes; any other path is not a view (a static host answers it with 404).
  const locale: Locale = isPrefixedLocale(prefix) ? prefix : DEFAULT_LOCALE;
  if (pathMatch?.[2] !== undefined && (prefix === undefined || isPrefixedLocale(prefix))) {
    let slug = pathMatch[2];
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // Keep the raw segment: it cannot match a slug anyway.
    }
    if (vocabulary.regions.includes(slug)) region = slug;
    else unknownRegion = true;
  }

  const query: QueryState = { ...DEFAULT_STATE };
  const params = {} as Record<QueryKey, ParamResult<unknown>>;
  const assign = <K extends keyof QueryState>(stateKey: K) => {
    const parser = PARSERS[stateKey];
    const raw = search.get(parser.key);
    if (raw === null) {
      params[parser.key] = { status: 'missing' };
      return;
    }
    const limit = parser.key === 'list' ? MAX_LIST_LENGTH : MAX_PARAM_LENGTH;
    const value = raw.length <= limit ? parser.parse(raw, vocabulary) : undefined;
    if (value === undefined) {
      params[parser.key] = { status: 'invalid', raw: raw.slice(0, 200) };
      return;
    }
    query[stateKey] = value;
    params[parser.key] = { status: 'valid', value };
  };
  for (const stateKey of STATE_KEYS) assign(stateKey);
  const state: ViewState = { ...query, locale, region };

  // A window given backwards still means the months between the two ends.
  if (state.from !== null && state.to !== null && state.from > state.to) {
    [state.from, state.to] = [state.to, state.from];
  }
  // A baseline needs something to compare with: without a focus window the comparison is dropped.
  if (state.compare !== null && state.from === null && state.to === null) {
    params.compare = { status: 'invalid', raw: search.get('compare')?.slice(0, 200) ?? '' };
    state.compare = null;
  }
  return { state, params, unknownRegion };
}

function formatCamera({ lat, lng, zoom }: Camera): string {
  const rounded = roundCamera({ lat, lng, zoom });
  const digits = cameraPrecision(rounded.zoom);
  return `${rounded.lat.toFixed(digits)},${rounded.lng.toFixed(digits)},${rounded.zoom}`;
}

/**
 * Path and query of a view, writing only non-default values in the fixed order of QUERY_KEYS. The path keeps the
 * view's language: `/ko/regions/dandong?sector=textile`.
 */
export function serialize(state: ViewState, base: string = BASE_PATH): string {
  const path = localePath(state.locale, state.region === null ? '/' : `/regions/${state.region}`, base);
  const parts: string[] = [];
  const add = (key: QueryKey, value: string) => parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  if (state.sectors.length > 0) add('sector', state.sectors.join(','));
  if (state.conditions.length > 0) add('condition', state.conditions.join(','));
  if (state.confidence.length > 0) add('confidence', state.confidence.join(','));
  if (state.from !== null) add('from', state.from);
  if (state.to !== null) add('to', state.to);
  if (state.compare !== null && (state.from !== null || state.to !== null))
    add('compare', `${state.compare.from}..${state.compare.to}`);
  if (state.report !== null) add('report', state.report);
  if (state.list.length > 0) add('list', [...new Set(state.list)].sort().join(','));
  if (state.at !== null) add('at', formatCamera(state.at));
  if (state.embed) add('embed', '1');
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}
