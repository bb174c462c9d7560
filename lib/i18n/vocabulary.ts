/**
 * Server-side: the data vocabularies (sectors, conditions, confidence labels) in every language. English lives in
 * data/sectors.json, conditions.json and confidence.json; Korean and Chinese in data/i18n/vocabulary.json,
 * validated here against those files: every key in every language, nothing extra, no empty text.
 */
import { z } from 'zod';
import vocabularyJson from '@/data/i18n/vocabulary.json' with { type: 'json' };
import { type DataError, type Dataset, fieldPath, getDataset, InvalidDataError } from '@/lib/data/dataset';
import type { Condition, ConfidenceLabel, Sector } from '@/lib/data/schema';
import { PREFIXED_LOCALES, type Locale, type PrefixedLocale } from './locales';

export const VOCABULARY_FILE = 'data/i18n/vocabulary.json';

const Term = z.strictObject({ label: z.string().trim().min(1), description: z.string().trim().min(1) });
const Terms = z.record(z.string(), Term);
const LanguageTerms = z.strictObject({ sectors: Terms, conditions: Terms, confidence: Terms });
const VocabularyFile = z.strictObject({ ko: LanguageTerms, zh: LanguageTerms });
export type VocabularyTranslations = z.infer<typeof VocabularyFile>;

type Vocabularies = Pick<Dataset, 'sectors' | 'conditions' | 'confidence'>;

const FACETS = ['sectors', 'conditions', 'confidence'] as const;

/** Checks the translations file against the English vocabularies; every problem names the language and the key. */
export function validateVocabularyTranslations(
  input: unknown,
  english: Vocabularies,
): { ok: true; value: VocabularyTranslations } | { ok: false; errors: DataError[] } {
  const parsed = VocabularyFile.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((issue) => {
        const [language = '(file)', ...rest] = issue.path;
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        return keys.map((extra) => ({
          file: VOCABULARY_FILE,
          record: String(language),
          field: fieldPath(extra === undefined ? rest : [...rest, extra]),
          message:
            extra !== undefined
              ? 'is not a known field'
              : issue.code === 'invalid_type' && issue.input === undefined
                ? 'is missing'
                : issue.message,
        }));
      }),
    };
  }
  const errors: DataError[] = [];
  for (const language of PREFIXED_LOCALES) {
    for (const facet of FACETS) {
      const keys = english[facet].map((term) => term.key);
      const terms = parsed.data[language][facet];
      const add = (key: string, message: string) =>
        errors.push({ file: VOCABULARY_FILE, record: language, field: `${facet}.${key}`, message });
      for (const key of keys) if (!(key in terms)) add(key, 'is missing: every term needs a translation');
      for (const key of Object.keys(terms)) if (!keys.includes(key)) add(key, `is not a key of data/${facet}.json`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

let translations: VocabularyTranslations | null = null;

function getTranslations(): VocabularyTranslations {
  if (translations) return translations;
  const result = validateVocabularyTranslations(vocabularyJson, getDataset());
  if (!result.ok) throw new InvalidDataError(result.errors);
  translations = result.value;
  return translations;
}

function translate<T extends { key: string; label: string; description: string }>(
  terms: readonly T[],
  locale: PrefixedLocale,
  facet: (typeof FACETS)[number],
): T[] {
  const table = getTranslations()[locale][facet];
  return terms.map((term) => {
    const translated = table[term.key];
    // validateVocabularyTranslations guarantees every key; a gap here is a bug, never an English fallback.
    if (!translated) throw new Error(`${VOCABULARY_FILE}: ${locale}: ${facet}.${term.key} is missing`);
    return { ...term, label: translated.label, description: translated.description };
  });
}

/**
 * The terms' descriptions in a language, by key. A page carries only those its HTML shows (the sourcing labels of
 * its first cards); the rest, tooltips included, arrive with the dataset as a small per-language file.
 */
export type Descriptions = {
  readonly sectors: Readonly<Record<string, string>>;
  readonly conditions: Readonly<Record<string, string>>;
  readonly confidence: Readonly<Record<string, string>>;
};

/** Every description of a language, by key: the per-language file lib/data/assets.ts writes. */
export function allDescriptions(locale: Locale): Descriptions {
  const { sectors, conditions, confidence } = localizedVocabularies(locale);
  const byKey = (terms: readonly { key: string; description: string }[]) =>
    Object.fromEntries(terms.map((term) => [term.key, term.description]));
  return { sectors: byKey(sectors), conditions: byKey(conditions), confidence: byKey(confidence) };
}

/** The vocabularies as a page in `locale` shows them: same keys, colours and tones, labels in that language. */
export function localizedVocabularies(locale: Locale): {
  sectors: Sector[];
  conditions: Condition[];
  confidence: ConfidenceLabel[];
} {
  const { sectors, conditions, confidence } = getDataset();
  if (locale === 'en') return { sectors, conditions, confidence };
  return {
    sectors: translate(sectors, locale, 'sectors'),
    conditions: translate(conditions, locale, 'conditions'),
    confidence: translate(confidence, locale, 'confidence'),
  };
}
