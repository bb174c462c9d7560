'use client';

import { createContext, useContext } from 'react';
import { formatPartialDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/locales';
import { createTranslate, formatNumber } from '@/lib/i18n/translate';
import type { UiCatalogue, UiSource, UiTranslate } from '@/lib/i18n/ui-en';

/** The page's language and its words: what client components read through useI18n. */
export type I18n = {
  readonly locale: Locale;
  readonly t: UiTranslate;
  /** A partial date (`2020-04`) at its precision, in the page's language. */
  readonly date: (date: string) => string;
  readonly number: (value: number) => string;
};

export function createI18n(locale: Locale, messages: UiCatalogue): I18n {
  return {
    locale,
    t: createTranslate<UiSource>(locale, messages),
    date: (date) => formatPartialDate(locale, date),
    number: (value) => formatNumber(locale, value),
  };
}

const I18nContext = createContext<I18n | null>(null);

export const I18nProvider = I18nContext;

/** The page's words. There is no default: a component outside the provider fails loudly instead of showing English. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n: no I18nProvider above this component');
  return i18n;
}
