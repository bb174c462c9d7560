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
