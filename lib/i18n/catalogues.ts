/**
 * Server-side: every language's catalogues, and the check that they agree with English (run by
 * `npm run check:i18n` before each build and by a unit test). The browser never imports this module: a page hands
 * its client components only its own language's dashboard catalogue.
 */
import { LANGUAGE_TAGS, LOCALES, type Locale } from './locales';
import { siteEn, type SiteCatalogue, type SiteSource, type SiteTranslate } from './site-en';
import { siteKo } from './site-ko';
import { siteZh } from './site-zh';
import { createTranslate, placeholdersOf, type Message } from './translate';
import { uiEn, type UiCatalogue, type UiSource, type UiTranslate } from './ui-en';
import { uiKo } from './ui-ko';
import { uiZh } from './ui-zh';

const UI: Readonly<Record<Locale, UiCatalogue>> = { en: uiEn, ko: uiKo, zh: uiZh };
const SITE: Readonly<Record<Locale, SiteCatalogue>> = { en: siteEn, ko: siteKo, zh: siteZh };

/** The dashboard catalogue of one language: what a page passes to its client components. */
export function uiCatalogue(locale: Locale): UiCatalogue {
  return UI[locale];
}

/** Both translators of a language, for server code (pages, metadata, social cards). */
export function serverTranslators(locale: Locale): { ui: UiTranslate; site: SiteTranslate } {
  return { ui: createTranslate<UiSource>(locale, UI[locale]), site: createTranslate<SiteSource>(locale, SITE[locale]) };
}

export type CatalogueProblem = { catalogue: string; locale: Locale; key: string; message: string };

export function formatCatalogueProblem({ catalogue, locale, key, message }: CatalogueProblem): string {
  return `lib/i18n/${catalogue}-${locale}.ts: language "${locale}": key "${key}": ${message}`;
}

const list = (names: readonly string[]) => (names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', '));

function checkMessage(
  catalogue: string,
  locale: Locale,
  key: string,
  message: Message | undefined,
  english: Message,
): CatalogueProblem[] {
  const problem = (text: string): CatalogueProblem => ({ catalogue, locale, key, message: text });
  if (message === undefined) return [problem('is missing')];
  if (typeof message !== typeof english)
    return [
      problem(
        typeof english === 'string' ? 'must be a string, as in English' : 'must have plural forms, as in English',
      ),
    ];
  const problems: CatalogueProblem[] = [];
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  if (texts.some((text) => text === undefined || text.trim() === '')) problems.push(problem('is empty'));
  if (typeof message !== 'string') {
    const needed = new Intl.PluralRules(LANGUAGE_TAGS[locale]).resolvedOptions().pluralCategories;
    for (const category of needed)
      if (message[category] === undefined) problems.push(problem(`has no plural form "${category}"`));
  }
  const ours = placeholdersOf(message);
  const theirs = placeholdersOf(english);
  if (ours.join() !== theirs.join())
    problems.push(problem(`placeholders ${list(ours)} do not match English ${list(theirs)}`));
  return problems;
}

/** Compares one catalogue across languages: same keys, same kinds, same placeholders, the plural forms each needs. */
export function compareCatalogues(
  catalogue: string,
  byLocale: Readonly<Record<Locale, Readonly<Record<string, Message>>>>,
): CatalogueProblem[] {
  const english = byLocale.en;
  const problems: CatalogueProblem[] = [];
  for (const locale of LOCALES) {
    const messages: Readonly<Record<string, Message | undefined>> = byLocale[locale];
    for (const [key, source] of Object.entries(english))
      problems.push(...checkMessage(catalogue, locale, key, messages[key], source));
    for (const key of Object.keys(messages))
      if (!(key in english))
        problems.push({ catalogue, locale, key, message: 'is not in the English catalogue (a stale key?)' });
  }
  return problems;
}

/** Every problem in the committed catalogues; empty when all three languages agree. */
export function checkCatalogues(): CatalogueProblem[] {
  return [...compareCatalogues('ui', UI), ...compareCatalogues('site', SITE)];
}
