/**
 * English names for the citation formats (lib/export/citation.ts): a BibTeX or RIS record names its language in English
 * whatever the page's language. The interface's own words are in lib/i18n/.
 */
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  ko: 'Korean',
  ja: 'Japanese',
  zh: 'Chinese',
  es: 'Spanish',
};

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}
