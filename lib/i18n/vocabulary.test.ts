import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDataError, getDataset } from '@/lib/data/dataset';
import { localizedVocabularies, validateVocabularyTranslations } from './vocabulary';

const file: unknown = JSON.parse(readFileSync('data/i18n/vocabulary.json', 'utf8'));

describe('vocabulary translations (data/i18n/vocabulary.json)', () => {
  it('translate every sector, condition and confidence label into Korean and Chinese', () => {
    const result = validateVocabularyTranslations(file, getDataset());
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([]);
  });

  it('keep keys, colours, tones and strengths; only the words change', () => {
    const english = localizedVocabularies('en');
    for (const locale of ['ko', 'zh'] as const) {
      const translated = localizedVocabularies(locale);
      expect(translated.sectors.map(({ key, colour }) => [key, colour])).toEqual(
        english.sectors.map(({ key, colour }) => [key, colour]),
      );
      expect(translated.conditions.map(({ key, tone }) => [key, tone])).toEqual(
        english.conditions.map(({ key, tone }) => [key, tone]),
      );
      expect(translated.confidence.map(({ key, strength }) => [key, strength])).toEqual(
        english.confidence.map(({ key, strength }) => [key, strength]),
      );
      for (const term of [...translated.sectors, ...translated.conditions, ...translated.confidence])
        expect(/[\p{Script=Hangul}\p{Script=Han}]/u.test(term.description), `${locale} ${term.key}`).toBe(true);
    }
    expect(localizedVocabularies('ko').sectors.find((sector) => sector.key === 'restaurants')?.label).toBe('식당');
    expect(localizedVocabularies('zh').conditions.find((c) => c.key === 'repatriation')?.label).toBe('遣返回国');
  });

  it('name the language and the key of a missing or unknown term', () => {
    const broken = structuredClone(file) as { ko: { sectors: Record<string, unknown> } };
    delete broken.ko.sectors.textile;
    broken.ko.sectors.spaceships = { label: '우주선', description: '없음' };
    const result = validateVocabularyTranslations(broken, getDataset());
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      'data/i18n/vocabulary.json: record "ko": field "sectors.textile": is missing: every term needs a translation',
      'data/i18n/vocabulary.json: record "ko": field "sectors.spaceships": is not a key of data/sectors.json',
    ]);
    const empty = structuredClone(file) as { zh: { conditions: Record<string, { label: string }> } };
    const closed = empty.zh.conditions.closed;
    if (closed) closed.label = ' ';
    const emptyResult = validateVocabularyTranslations(empty, getDataset());
    expect(emptyResult.ok ? [] : emptyResult.errors.map(formatDataError)).toEqual([
      'data/i18n/vocabulary.json: record "zh": field "conditions.closed.label": Too small: expected string to have >=1 characters',
    ]);
  });
});
