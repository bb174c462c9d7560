import { describe, expect, it } from 'vitest';
import { isLocale, isPrefixedLocale, LANGUAGE_TAGS, localePath, NATIVE_NAMES } from './locales';

describe('locales', () => {
  it('keeps English at the root and puts the others under their prefix', () => {
    expect(localePath('en', '/')).toBe('/');
    expect(localePath('en', '/regions/dandong')).toBe('/regions/dandong');
    expect(localePath('ko', '/')).toBe('/ko');
    expect(localePath('zh', '/about')).toBe('/zh/about');
    expect(localePath('zh', 'regions/dandong')).toBe('/zh/regions/dandong');
  });

  it('knows only its own languages', () => {
    expect(isLocale('ko')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isPrefixedLocale('en')).toBe(false);
    expect(isPrefixedLocale('zh')).toBe(true);
    expect(LANGUAGE_TAGS.zh).toBe('zh-Hans');
    expect(Object.values(NATIVE_NAMES)).toEqual(['English', '한국어', '中文']);
  });
});
