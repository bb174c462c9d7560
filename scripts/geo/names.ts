/**
 * The schema of data/geo/names.json: every name the build writes (English, Chinese, Korean), kept as data so a
 * spelling fix is a data edit. Entries keep their file order, and that order is the order of the output files.
 */
import { z } from 'zod';
import { LonLat, ProvinceSlug, provinceSlugs, Region } from '../../lib/data/schema';
import { fail } from './fail';

const name = z.string().regex(/^\S(.*\S)?$/, 'must be non-empty, without leading or trailing spaces');
/** Search matches these as they are written: a note in parentheses belongs in `note`. */
const plainName = name.regex(/^[^()]*$/, 'must be a plain name: put remarks in parentheses into note');
/** Traditional Chinese (e.g. 丹東), given even where it equals name_zh, so every name has been checked. */
const nameZhHant = name.optional();
/** Other Korean spellings in use: Sino-Korean readings (단동) and Chosonjok / North Korean spellings (료녕성). */
const nameKoAlt = z.array(name).optional();
/** Older romanisations and former names used in English (Antung, Mukden, Kirin), without notes. */
const nameAltEn = z.array(plainName).optional();
/** For the person editing the file; the build ignores it. */
const note = z.string().min(1).optional();
const code = Region.shape.code;
const slug = Region.shape.slug;

const ProvinceEntry = z.strictObject({
  kind: z.literal('province'),
  slug: ProvinceSlug,
  code,
  name_en: name,
  name_zh: name,
  name_zh_full: name,
  name_zh_hant: nameZhHant,
  name_ko: name,
  name_ko_alt: nameKoAlt,
  name_alt_en: nameAltEn,
  note,
});

/**
 * The prefecture seat's pin. Its names default to the prefecture's (English, Chinese, traditional Chinese,
 * Korean, not the alternatives, which may name more than the city); a seat with a name of its own gives it in
 * every script.
 */
const Seat = z
  .strictObject({
    name_en: name.optional(),
    name_zh: name.optional(),
    name_zh_hant: nameZhHant,
    name_ko: name.optional(),
    name_ko_alt: nameKoAlt,
    name_alt_en: nameAltEn,
    /** GeoNames' spelling, where it differs from name_en. */
    geonames: name.optional(),
    /** Official name of the county-level unit whose seat (county-seats.json) stands in where GeoNames has no entry. */
    fallback_county: name.optional(),
  })
  .refine(
    (seat) => seat.name_en === undefined || (seat.name_zh !== undefined && seat.name_ko !== undefined),
    'a seat with its own name_en gives its own name_zh and name_ko too',
  );

const PrefectureEntry = z.strictObject({
  kind: z.literal('prefecture'),
  slug,
  /** GB/T 2260: the first two digits are the province's. */
  code,
  name_en: name,
  name_zh: name,
  /** Must equal the name echarts gives the feature: a cheap check that codes and names line up. */
  name_zh_full: name,
  name_zh_hant: nameZhHant,
  name_ko: name,
  name_ko_alt: nameKoAlt,
  name_alt_en: nameAltEn,
  seat: Seat.optional(),
  note,
});

/** County-level towns worth a pin, by the code of their county-level unit in county-seats.json. */
const TownEntry = z.strictObject({
  kind: z.literal('town'),
  code,
  name_en: name,
  name_zh: name,
  name_zh_hant: nameZhHant,
  name_ko: name,
  name_ko_alt: nameKoAlt,
  name_alt_en: nameAltEn,
  note,
});

const NeighbourEntry = z.strictObject({
  kind: z.literal('neighbour'),
  code,
  name_en: name,
  name_zh: name,
  name_ko: name,
  label: z.boolean(),
  note,
});

const CountryEntry = z.strictObject({
  kind: z.literal('country'),
  iso_a3: z.string().regex(/^[A-Z]{3}$/),
  name_en: name,
  name_zh: name,
  name_ko: name,
  label: z.boolean(),
  note,
});

/** Sea labels are placed by hand; the build checks each is inside the frame and off land. */
const SeaEntry = z.strictObject({
  kind: z.literal('sea'),
  slug,
  name_en: name,
  name_zh: name,
  name_ko: name,
  label_at: LonLat,
  note,
});

const NameEntry = z.discriminatedUnion('kind', [
  ProvinceEntry,
  PrefectureEntry,
  TownEntry,
  NeighbourEntry,
  CountryEntry,
  SeaEntry,
]);
type NameEntry = z.infer<typeof NameEntry>;
type Kind = NameEntry['kind'];

function entriesOf<K extends Kind>(entries: readonly NameEntry[], kind: K): Extract<NameEntry, { kind: K }>[] {
  return entries.filter((e): e is Extract<NameEntry, { kind: K }> => e.kind === kind);
}

export type ProvinceNames = z.infer<typeof ProvinceEntry>;
/** A prefecture with its province (from the code) and its seat's names filled in. */
export type PrefectureNames = Omit<z.infer<typeof PrefectureEntry>, 'seat'> & {
  province: ProvinceSlug;
  seat: SeatNames;
};
export type SeatNames = Omit<z.infer<typeof Seat>, 'name_en' | 'name_zh' | 'name_ko'> & {
  name_en: string;
  name_zh: string;
  name_ko: string;
};
export type TownNames = z.infer<typeof TownEntry>;
export type NeighbourNames = z.infer<typeof NeighbourEntry>;
export type CountryNames = z.infer<typeof CountryEntry>;
export type SeaNames = z.infer<typeof SeaEntry>;

const sameProvince = (a: number, b: number) => Math.floor(a / 10000) === Math.floor(b / 10000);

/** Keys that must be unique: slugs share the URL namespace, codes and ISO codes identify source features. */
function duplicates(keys: readonly (string | number)[]): (string | number)[] {
  return keys.filter((key, i) => keys.indexOf(key) !== i);
}

export const NamesFile = z.array(NameEntry).superRefine((entries, ctx) => {
  const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
  const of = <K extends Kind>(kind: K) => entriesOf(entries, kind);
  const provinces = of('province');
  const prefectures = of('prefecture');
  for (const slugOfProvince of provinceSlugs) {
    const count = provinces.filter((p) => p.slug === slugOfProvince).length;
    if (count !== 1) problem(`province "${slugOfProvince}" appears ${count} times, expected once`);
  }
  const keys = {
    slug: [...provinces, ...prefectures, ...of('sea')].map((e) => e.slug),
    code: entries.flatMap((e) => ('code' in e ? [e.code] : [])),
    iso_a3: of('country').map((c) => c.iso_a3),
  };
  for (const [key, values] of Object.entries(keys)) {
    for (const value of duplicates(values)) problem(`${key} ${value} appears more than once`);
  }
  for (const prefecture of prefectures) {
    if (!provinces.some((p) => sameProvince(p.code, prefecture.code)))
      problem(`prefecture ${prefecture.slug}: no province has the first two digits of its code ${prefecture.code}`);
  }
});

export type Names = {
  provinces: ProvinceNames[];
  prefectures: PrefectureNames[];
  towns: TownNames[];
  neighbours: NeighbourNames[];
  countries: CountryNames[];
  seas: SeaNames[];
};

/** Validates the parsed names.json and groups its entries by kind, each group in file order. */
export function parseNames(json: unknown): Names {
  const parsed = NamesFile.safeParse(json);
  if (!parsed.success) return fail(`names.json is not valid:\n${z.prettifyError(parsed.error)}`);
  const entries = parsed.data;
  const of = <K extends Kind>(kind: K) => entriesOf(entries, kind);
  const provinces = of('province');
  const prefectures = of('prefecture').map(({ seat, ...prefecture }): PrefectureNames => {
    const province = provinces.find((p) => sameProvince(p.code, prefecture.code));
    if (!province) return fail(`names.json: no province for ${prefecture.slug}`);
    const ownName = seat?.name_en !== undefined;
    const zhHant = ownName ? seat?.name_zh_hant : prefecture.name_zh_hant;
    return {
      ...prefecture,
      province: province.slug,
      seat: {
        ...seat,
        name_en: seat?.name_en ?? prefecture.name_en,
        name_zh: seat?.name_zh ?? prefecture.name_zh,
        name_ko: seat?.name_ko ?? prefecture.name_ko,
        ...(zhHant === undefined ? {} : { name_zh_hant: zhHant }),
      },
    };
  });
  return {
    provinces,
    prefectures,
    towns: of('town'),
    neighbours: of('neighbour'),
    countries: of('country'),
    seas: of('sea'),
  };
}

/** The names a region or place record carries only when names.json gives them, in a fixed order. */
export function optionalNames(names: { name_zh_hant?: string; name_ko_alt?: string[]; name_alt_en?: string[] }): {
  name_zh_hant?: string;
  name_ko_alt?: string[];
  name_alt_en?: string[];
} {
  return {
    ...(names.name_zh_hant === undefined ? {} : { name_zh_hant: names.name_zh_hant }),
    ...(names.name_ko_alt === undefined ? {} : { name_ko_alt: names.name_ko_alt }),
    ...(names.name_alt_en === undefined ? {} : { name_alt_en: names.name_alt_en }),
  };
}
