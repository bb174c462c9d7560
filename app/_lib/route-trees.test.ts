import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';

/** Each language has its own route tree (app/_lib/page-routes.ts says why); nothing but review kept them alike. */
const TREES: Record<(typeof LOCALES)[number], string> = { en: 'app/(en)', ko: 'app/ko', zh: 'app/zh' };

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full).map((file) => path.join(entry.name, file)) : [entry.name];
  });
}

/** A route file without its comments and with its language's names replaced, so the trees compare line by line. */
function neutral(text: string, locale: string): string {
  const language = { en: 'English', ko: 'Korean', zh: 'Chinese' }[locale] ?? locale;
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replaceAll(`'${locale}'`, "'LOCALE'")
    .replaceAll(`"${locale}"`, '"LOCALE"')
    .replaceAll(language, 'LANGUAGE')
    .replaceAll(`-${locale}`, '-LOCALE');
}

describe('the language route trees', () => {
  it('every language has a tree', () => {
    expect(Object.keys(TREES).sort()).toEqual([...LOCALES].sort());
  });

  it('hold the same pages', () => {
    const english = filesBelow(TREES.en).sort();
    expect(english.length).toBeGreaterThan(0);
    for (const [locale, dir] of Object.entries(TREES)) expect(filesBelow(dir).sort(), locale).toEqual(english);
  });

  it('and each page says the same thing, in its own language', () => {
    for (const file of filesBelow(TREES.en)) {
      const english = neutral(readFileSync(path.join(TREES.en, file), 'utf8'), 'en');
      for (const [locale, dir] of Object.entries(TREES)) {
        const other = neutral(readFileSync(path.join(dir, file), 'utf8'), locale);
        expect(other, `${dir}/${file}`).toBe(english);
      }
    }
  });
});
