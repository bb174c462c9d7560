/**
 * Message catalogues and the function that fills them in. Pure, no catalogue imported here: the browser gets only
 * its page's catalogue (as props), the server picks one in lib/i18n/catalogues.ts.
 *
 * A catalogue is a flat record of keys to messages. A message is a string with `{name}` placeholders, or plural
 * forms chosen by `Intl.PluralRules` from the `count` parameter (`{ one: '{count} report', other: '{count} reports' }`;
 * Korean and Chinese need only `other`). The English catalogue is the source of the types: the other languages
 * must have every key (a missing one is a compile error), and `t` asks for exactly the placeholders its English
 * message has.
 */
import { LANGUAGE_TAGS, type Locale } from './locales';

export type PluralForms = {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};
export type Message = string | PluralForms;
export type Source = Readonly<Record<string, Message>>;

/** The shape another language must fill: the same keys, a string where English has one, plural forms where it has them. */
export type CatalogueOf<S extends Source> = { readonly [K in keyof S]: S[K] extends string ? string : PluralForms };

type Placeholders<T> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The parameter names a message needs: its placeholders, and `count` for plural forms. */
export type ParamNames<M> = M extends string
  ? Placeholders<M>
  : M extends PluralForms
    ? Placeholders<Extract<M[keyof M], string>> | 'count'
    : never;

export type ParamValue = string | number;
type Args<M> = [ParamNames<M>] extends [never] ? [] : [params: Readonly<Record<ParamNames<M>, ParamValue>>];

export type Translate<S extends Source> = <K extends keyof S & string>(key: K, ...args: Args<S[K]>) => string;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names of a message (all its plural forms together), sorted: the checks compare these. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((form) => form !== undefined);
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) if (match[1]) names.add(match[1]);
  if (typeof message !== 'string') names.add('count');
  return [...names].sort();
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], { useGrouping: true });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(LANGUAGE_TAGS[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** Fills a message: picks the plural form for `count`, formats numbers for the language, leaves text as given. */
export function formatMessage(
  locale: Locale,
  message: Message,
  params: Readonly<Record<string, ParamValue>> = {},
): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = params.count;
    const category = typeof count === 'number' ? pluralCategory(locale, count) : 'other';
    text = message[category] ?? message.other;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** `t` for one language's catalogue. A key the catalogue lacks throws: a translated page never falls back to English. */
export function createTranslate<S extends Source>(locale: Locale, catalogue: CatalogueOf<S>): Translate<S> {
  const messages: Readonly<Record<string, Message | undefined>> = catalogue;
  return ((key: string, params?: Readonly<Record<string, ParamValue>>) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`i18n: ${locale}: no message "${key}"`);
    return formatMessage(locale, message, params);
  }) as Translate<S>;
}
