/**
 * The languages of the site. English lives at the root (`/`, `/regions/<slug>`, `/about`: links in the wild keep
 * working); every other language under its own path prefix (`/ko/…`, `/zh/…`). Pure data, safe in the browser.
 */
import { BASE_PATH, withBasePath } from '@/lib/view/base-path';

export const LOCALES = ['en', 'ko', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The languages with a path prefix (the `[lang]` route segment). */
export const PREFIXED_LOCALES = ['ko', 'zh'] as const satisfies readonly Locale[];
export type PrefixedLocale = (typeof PREFIXED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags for `lang`, `hreflang` and Intl: Chinese is written in Simplified characters. */
export const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = { en: 'en', ko: 'ko', zh: 'zh-Hans' };

/** Each language named in its own script, as the language switcher shows it. */
export const NATIVE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어', zh: '中文' };

/** Open Graph locales (`og:locale`). */
export const OG_LOCALES: Readonly<Record<Locale, string>> = { en: 'en_GB', ko: 'ko_KR', zh: 'zh_CN' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isPrefixedLocale(value: unknown): value is PrefixedLocale {
  return typeof value === 'string' && (PREFIXED_LOCALES as readonly string[]).includes(value);
}

/** `''` for English, `/ko` and `/zh` otherwise. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/**
 * A site path in a language, as served: `localePath('ko', '/regions/dandong')` is `/ko/regions/dandong`, and the
 * home page of a prefixed language has no trailing slash (`/ko`), as the static export names it (`ko.html`). Under
 * a base path (BASE_PATH, lib/view/base-path.ts) it is prefixed: `/nk-workers/ko/regions/dandong`.
 */
export function localePath(locale: Locale, path: string, base: string = BASE_PATH): string {
  const prefix = localePrefix(locale);
  if (prefix === '') return withBasePath(path, base);
  return withBasePath(path === '/' ? prefix : `${prefix}${path.startsWith('/') ? path : `/${path}`}`, base);
}

/** The About page's section on reading the map (precision, sourcing, hatching): the header links to it. */
export const HOW_TO_READ_ID = 'how-to-read';
