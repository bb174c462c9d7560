import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';
import { uiEn } from '@/lib/i18n/ui-en';

describe('format', () => {
  it('names a source language in English for citations, as the English interface does', () => {
    expect(languageName('ko')).toBe('Korean');
    expect(languageName('xx')).toBe('xx');
    for (const code of ['en', 'ko', 'ja', 'zh', 'es'] as const)
      expect(languageName(code)).toBe(uiEn[`language.${code}`]);
  });
});
