import { describe, expect, it } from 'vitest';
import { uiCatalogue } from './catalogues';
import { createTranslate, formatMessage, placeholdersOf } from './translate';
import type { UiSource } from './ui-en';

describe('translate', () => {
  it('chooses plural forms with Intl.PluralRules and formats numbers for the language', () => {
    const en = createTranslate<UiSource>('en', uiCatalogue('en'));
    const ko = createTranslate<UiSource>('ko', uiCatalogue('ko'));
    const zh = createTranslate<UiSource>('zh', uiCatalogue('zh'));
    expect(en('count.reports', { count: 1 })).toBe('1 report');
    expect(en('count.reports', { count: 3 })).toBe('3 reports');
    expect(en('count.reports', { count: 12000 })).toBe('12,000 reports');
    expect(ko('count.reports', { count: 1 })).toBe('보도 1건');
    expect(zh('count.reports', { count: 3 })).toBe('3篇报道');
  });

  it('fills placeholders, leaves unknown ones visible, and never falls back to another language', () => {
    expect(formatMessage('en', 'Only {sector}', { sector: 'Textile' })).toBe('Only Textile');
    expect(formatMessage('en', 'Only {sector}')).toBe('Only {sector}');
    const partial = createTranslate<UiSource>('ko', {} as never);
    expect(() => partial('site.title')).toThrow('i18n: ko: no message "site.title"');
  });

  it('lists placeholders, with count for plural messages', () => {
    expect(placeholdersOf('{a} and {b} and {a}')).toEqual(['a', 'b']);
    expect(placeholdersOf({ other: '보도' })).toEqual(['count']);
  });
});
