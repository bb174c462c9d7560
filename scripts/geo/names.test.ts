import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegionList } from '../../lib/schema';
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
    expect(bySlug('dandong')).toMatchObject({ province: 'liaoning', seat: { name_en: 'Dandong', name_zh: '丹东' } });
    expect(bySlug('yanbian')).toMatchObject({ province: 'jilin', seat: { name_en: 'Yanji', name_zh: '延吉' } });
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

  it('rejects names with stray spaces', () => {
    const entries = valid.map((e) =>
      typeof e === 'object' && e !== null && 'slug' in e && e.slug === 'dandong' ? { ...e, name_ko: '단둥 ' } : e,
    );
    expect(() => parseNames(entries)).toThrow(/leading or trailing spaces/);
  });
});
