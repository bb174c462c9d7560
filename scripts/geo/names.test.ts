import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NamedPlaceList, RegionList } from '../../lib/data/schema';
import { parseNames } from './names';
import { geoDir, namesFile, readNames } from './sources';

const fileEntries = (): unknown[] => {
  const parsed: unknown = JSON.parse(readFileSync(namesFile, 'utf8'));
  return Array.isArray(parsed) ? parsed : [];
};
const dandong = { kind: 'prefecture', slug: 'dandong', code: 210600 };

describe('data/geo/names.json', () => {
  const names = readNames();

  it('holds the 2 provinces, 23 prefectures and the towns, neighbours, countries and seas', () => {
    expect(names.provinces.map((p) => p.slug)).toEqual(['liaoning', 'jilin']);
    expect(names.prefectures).toHaveLength(23);
    expect(names.towns).toHaveLength(18);
    expect(names.neighbours).toHaveLength(6);
    expect(names.countries.map((c) => c.iso_a3)).toEqual(['CHN', 'PRK', 'KOR', 'MNG', 'RUS']);
    expect(names.seas).toHaveLength(4);
  });

  it('derives the province from the code and fills in the seat names', () => {
    const bySlug = (slug: string) => names.prefectures.find((p) => p.slug === slug);
    expect(bySlug('dandong')).toMatchObject({
      province: 'liaoning',
      seat: { name_en: 'Dandong', name_zh: '丹东', name_zh_hant: '丹東', name_ko: '단둥' },
    });
    // The seat takes the prefecture's names, not its alternatives: Port Arthur is a district of Dalian, not the city.
    expect(bySlug('dalian')?.seat.name_alt_en).toBeUndefined();
    expect(bySlug('yanbian')).toMatchObject({
      province: 'jilin',
      seat: { name_en: 'Yanji', name_zh: '延吉', name_ko: '옌지', name_alt_en: ['Yenchi', 'Yenki', 'Chientao City'] },
    });
  });

  // Search and the name fonts rely on it: a region or place without its Chinese or Korean name is unfindable
  // in that script.
  it('names every region, seat and town in English, Chinese (simplified and traditional) and Korean', () => {
    const named = [...names.provinces, ...names.prefectures, ...names.prefectures.map((p) => p.seat), ...names.towns];
    expect(named).toHaveLength(2 + 23 + 23 + 18);
    for (const entry of named) {
      expect(entry.name_en, JSON.stringify(entry)).toMatch(/^[A-Z][A-Za-z' ]+$/);
      expect(entry.name_zh, entry.name_en).toMatch(/^\p{Script=Han}+$/u);
      expect(entry.name_zh_hant, entry.name_en).toMatch(/^\p{Script=Han}+$/u);
      expect(entry.name_ko, entry.name_en).toMatch(/^[\p{Script=Hangul} ]+$/u);
      for (const alternative of entry.name_ko_alt ?? []) expect(alternative).toMatch(/^\p{Script=Hangul}+$/u);
      for (const alternative of entry.name_alt_en ?? []) expect(alternative).toMatch(/^[A-Z][\p{L}' -]+$/u);
    }
  });

  // names.json is the source; regions.json is what the build made of it. A mismatch means npm run data:geo
  // was not run after an edit.
  it('agrees with the committed regions.json', () => {
    const regions = RegionList.parse(JSON.parse(readFileSync(path.join(geoDir, 'regions.json'), 'utf8')));
    const expected = [...names.provinces, ...names.prefectures].map((n) => ({
      slug: n.slug,
      code: n.code,
      name_en: n.name_en,
      name_zh: n.name_zh,
      name_zh_full: n.name_zh_full,
      name_ko: n.name_ko,
      name_ko_alt: n.name_ko_alt,
      name_zh_hant: n.name_zh_hant,
      name_alt_en: n.name_alt_en,
    }));
    expect(
      regions.map((r) => ({
        slug: r.slug,
        code: r.code,
        name_en: r.name_en,
        name_zh: r.name_zh,
        name_zh_full: r.name_zh_full,
        name_ko: r.name_ko,
        name_ko_alt: r.name_ko_alt,
        name_zh_hant: r.name_zh_hant,
        name_alt_en: r.name_alt_en,
      })),
    ).toEqual(expected);
  });

  it('agrees with the committed places.json', () => {
    const places = NamedPlaceList.parse(JSON.parse(readFileSync(path.join(geoDir, 'places.json'), 'utf8')));
    const expected = [...names.prefectures.map((p) => p.seat), ...names.towns].map((n) => ({
      name_en: n.name_en,
      name_zh: n.name_zh,
      name_zh_hant: n.name_zh_hant,
      name_ko: n.name_ko,
      name_ko_alt: n.name_ko_alt,
      name_alt_en: n.name_alt_en,
    }));
    expect(
      places.map((p) => ({
        name_en: p.name_en,
        name_zh: p.name_zh,
        name_zh_hant: p.name_zh_hant,
        name_ko: p.name_ko,
        name_ko_alt: p.name_ko_alt,
        name_alt_en: p.name_alt_en,
      })),
    ).toEqual(expected);
  });
});

describe('parseNames', () => {
  const valid = fileEntries();

  it('rejects a misspelt field instead of ignoring it', () => {
    const entries = valid.map((e) =>
      typeof e === 'object' && e !== null && 'slug' in e && e.slug === 'dandong' ? { ...e, name_kr: '단둥' } : e,
    );
    expect(() => parseNames(entries)).toThrow(/name_kr/);
  });

  it('rejects a duplicate slug and a prefecture outside both provinces', () => {
    const withDuplicate = [
      ...valid,
      { ...dandong, code: 210699, name_en: 'X', name_zh: 'X', name_zh_full: 'X', name_ko: 'X' },
    ];
    expect(() => parseNames(withDuplicate)).toThrow(/slug dandong appears more than once/);
    const outside = [
      ...valid,
      { ...dandong, slug: 'harbin', code: 230100, name_en: 'X', name_zh: 'X', name_zh_full: 'X', name_ko: 'X' },
    ];
    expect(() => parseNames(outside)).toThrow(/harbin: no province/);
  });

  it('rejects a note in parentheses inside an older romanisation', () => {
    const entries = valid.map((e) =>
      typeof e === 'object' && e !== null && 'slug' in e && e.slug === 'dandong'
        ? { ...e, name_alt_en: ['Antung (until 1965)'] }
        : e,
    );
    expect(() => parseNames(entries)).toThrow(/plain name/);
  });

  it('rejects a seat with an English name of its own but no Korean one', () => {
    const entries = valid.map((e) =>
      typeof e === 'object' && e !== null && 'slug' in e && e.slug === 'dandong'
        ? { ...e, seat: { name_en: 'Antung', name_zh: '安东' } }
        : e,
    );
    expect(() => parseNames(entries)).toThrow(/gives its own name_zh and name_ko/);
  });

  it('rejects names with stray spaces', () => {
    const entries = valid.map((e) =>
      typeof e === 'object' && e !== null && 'slug' in e && e.slug === 'dandong' ? { ...e, name_ko: '단둥 ' } : e,
    );
    expect(() => parseNames(entries)).toThrow(/leading or trailing spaces/);
  });
});
