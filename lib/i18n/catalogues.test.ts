import { describe, expect, it } from 'vitest';
import { checkCatalogues, compareCatalogues, formatCatalogueProblem, uiCatalogue } from './catalogues';
import { LOCALES } from './locales';
import { siteEn } from './site-en';
import { siteKo } from './site-ko';
import { siteZh } from './site-zh';
import { placeholdersOf } from './translate';
import { uiEn } from './ui-en';
import { uiKo } from './ui-ko';
import { uiZh } from './ui-zh';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/export/site';

describe('message catalogues', () => {
  it('every key exists in all three languages, with the placeholders and plural forms English has', () => {
    expect(checkCatalogues().map(formatCatalogueProblem)).toEqual([]);
    for (const [english, others] of [
      [uiEn, [uiKo, uiZh]],
      [siteEn, [siteKo, siteZh]],
    ] as const) {
      for (const other of others) {
        expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
        for (const [key, message] of Object.entries(english)) {
          const translated: unknown = Reflect.get(other, key);
          expect(translated, key).toBeDefined();
          if (typeof translated === 'string' || (typeof translated === 'object' && translated !== null))
            expect(placeholdersOf(translated as typeof message), key).toEqual(placeholdersOf(message));
        }
      }
    }
  });

  it('names the language and the key of each problem: missing, mismatched placeholders, missing plural forms', () => {
    const problems = compareCatalogues('ui', {
      en: { greeting: 'Hello {name}', count: { one: '{count} report', other: '{count} reports' } },
      ko: { greeting: '안녕하세요 {nmae}' },
      zh: { greeting: '你好{name}', count: { one: '{count}篇' }, stale: '旧' },
    } as never).map(formatCatalogueProblem);
    expect(problems).toEqual([
      'lib/i18n/ui-ko.ts: language "ko": key "greeting": placeholders {nmae} do not match English {name}',
      'lib/i18n/ui-ko.ts: language "ko": key "count": is missing',
      'lib/i18n/ui-zh.ts: language "zh": key "count": has no plural form "other"',
      'lib/i18n/ui-zh.ts: language "zh": key "stale": is not in the English catalogue (a stale key?)',
    ]);
  });

  it('catches an English plural message without its "one" form', () => {
    const problems = compareCatalogues('ui', {
      en: { count: { other: '{count} reports' } },
      ko: { count: { other: '{count}건' } },
      zh: { count: { other: '{count}篇' } },
    } as never);
    expect(problems.map((problem) => [problem.locale, problem.message])).toEqual([['en', 'has no plural form "one"']]);
  });

  it('keeps the English name and description the citations and the manifest use in step with the interface', () => {
    expect(uiEn['site.title']).toBe(SITE_NAME);
    expect(siteEn['meta.siteDescription']).toBe(SITE_DESCRIPTION);
  });

  it('hands a page only its own language', () => {
    for (const locale of LOCALES) expect(uiCatalogue(locale)['site.title']).not.toBe('');
    expect(uiCatalogue('ko')['site.title']).toBe('랴오닝·지린의 북한 노동자');
    expect(uiCatalogue('zh')['site.title']).toBe('辽宁、吉林的朝鲜工人');
  });
});
