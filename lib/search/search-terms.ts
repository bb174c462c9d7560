/**
 * Server-side: the sector and condition names the search index tags reports with, in every language
 * (lib/search/search.ts `SearchTerms`). "Other" and "Sector not stated" are left out: they name no kind of work, and
 * a query with "other" or "not" in it would match every such report.
 */
import { localizedVocabularies } from '@/lib/i18n/vocabulary';
import { LOCALES } from '@/lib/i18n/locales';
import type { SearchTerms } from './search';

const UNTAGGED_SECTORS = new Set(['other', 'unstated']);

export function searchTerms(): SearchTerms {
  const sectors: Record<string, string[]> = {};
  const conditions: Record<string, string[]> = {};
  for (const locale of LOCALES) {
    const vocabulary = localizedVocabularies(locale);
    for (const sector of vocabulary.sectors)
      if (!UNTAGGED_SECTORS.has(sector.key)) (sectors[sector.key] ??= []).push(sector.label);
    for (const condition of vocabulary.conditions) (conditions[condition.key] ??= []).push(condition.label);
  }
  return { sectors, conditions };
}
