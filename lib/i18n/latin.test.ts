import { describe, expect, it } from 'vitest';
import vocabulary from '@/data/i18n/vocabulary.json' with { type: 'json' };
import { strayLatinWords } from './latin';
import { siteKo } from './site-ko';
import { siteZh } from './site-zh';
import { uiKo } from './ui-ko';
import { uiZh } from './ui-zh';

/** Every text of a catalogue or vocabulary, plural forms and nested objects included, with where it is. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  return [];
}

describe('strayLatinWords', () => {
  it('finds English words and lets names, acronyms and addresses through', () => {
    expect(strayLatinWords('thepressunited.com (mirror of Daily NK) 경유')).toEqual(['mirror', 'of']);
    expect(strayLatinWords('CSV 파일, GCJ-02 좌표, Apache ECharts, {count}건, dailynk.jp/archives/49104')).toEqual([]);
    expect(strayLatinWords('经由 via 阅读')).toEqual(['via']);
  });
});

describe('the Korean and Chinese words of the interface', () => {
  const catalogues = {
    'ui-ko': uiKo,
    'ui-zh': uiZh,
    'site-ko': siteKo,
    'site-zh': siteZh,
    'vocabulary.ko': vocabulary.ko,
    'vocabulary.zh': vocabulary.zh,
  };
  for (const [name, catalogue] of Object.entries(catalogues))
    it(`${name} has no English word inside its sentences`, () => {
      const stray = texts(catalogue, name).flatMap(([path, text]) =>
        strayLatinWords(text).map((word) => `${path}: ${word}`),
      );
      expect(stray).toEqual([]);
    });
});
