/**
 * The fixed vocabularies of the data model as plain lists. lib/data/schema.ts builds its zod schemas from them; code
 * that runs in the browser imports them from here, so the browser never loads zod (about 40 KB of script).
 */

export const provinceSlugs = ['liaoning', 'jilin'] as const;
export const tones = ['good', 'mixed', 'bad', 'neutral'] as const;
export const precisions = ['point', 'city', 'prefecture', 'province'] as const;
export const languages = ['en', 'ko', 'ja', 'zh', 'es'] as const;
export const sourceKinds = ['news', 'ngo', 'un', 'government', 'think-tank'] as const;
export const confidenceLevels = [
  'single-anonymous-source',
  'multiple-anonymous-sources',
  'named-sources',
  'on-site-reporting',
  'official-document',
  'investigation',
  'press-report',
  'relay',
] as const;

/**
 * Why a record left the dataset, in a closed vocabulary: rested only on a spam-style copy (`mirror-only`) or an
 * aggregator's, its only address was not a public page (`not-public`), it places no worker in the two provinces
 * (`out-of-scope`), it was folded into another record (`merged`) or given another id (`renamed`), or it was wrong.
 */
export const withdrawalReasons = [
  'mirror-only',
  'aggregator',
  'not-public',
  'out-of-scope',
  'merged',
  'renamed',
  'wrong',
] as const;
export type WithdrawalReason = (typeof withdrawalReasons)[number];
