import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cjkCharacters, hangulCharacters, printedNames } from './name-fonts';
import { places } from '@/lib/data/places';
import { regions } from '@/lib/data/regions';
import { allCardText } from '@/lib/export/social-card';
import { NATIVE_NAMES } from '@/lib/i18n/locales';

const Manifest = z.object({
  chinese: z.string(),
  korean: z.string(),
  latin: z.string(),
  cardChinese: z.string(),
  cardKorean: z.string(),
});

describe('name fonts', () => {
  it('split text by script', () => {
    expect(cjkCharacters('Dandong 丹东 단둥 丹')).toBe('东丹');
    expect(hangulCharacters('Dandong 丹东 단둥 단')).toBe('단둥');
  });

  it('cover every Chinese and Korean character of the region and place names (run `npm run data:fonts` when this fails)', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync('data/fonts/manifest.json', 'utf8')));
    const names = printedNames(regions, places);
    expect(names.map((name) => name.key)).toEqual(
      expect.arrayContaining(['dandong', 'yanbian/Yanji', "tonghua/Ji'an"]),
    );
    for (const { key, text } of names) {
      for (const char of cjkCharacters(text)) expect(manifest.chinese, `${key}: ${char}`).toContain(char);
      for (const char of hangulCharacters(text)) expect(manifest.korean, `${key}: ${char}`).toContain(char);
    }
  });

  it('cover the language links, which name Korean and Chinese in their own scripts on every page', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync('data/fonts/manifest.json', 'utf8')));
    for (const name of Object.values(NATIVE_NAMES)) {
      for (const char of cjkCharacters(name)) expect(manifest.chinese, `${name}: ${char}`).toContain(char);
      for (const char of hangulCharacters(name)) expect(manifest.korean, `${name}: ${char}`).toContain(char);
    }
  });

  it('cover every word the Korean and Chinese social cards print (run `npm run data:fonts` when this fails)', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync('data/fonts/manifest.json', 'utf8')));
    const text = allCardText();
    const missing = [
      ...[...cjkCharacters(text)].filter((char) => !manifest.cardChinese.includes(char)),
      ...[...hangulCharacters(text)].filter((char) => !manifest.cardKorean.includes(char)),
    ];
    expect(missing.join('')).toBe('');
  });
});
