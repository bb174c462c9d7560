/** Which characters the subset name fonts must cover (see scripts/build-name-fonts.ts). */
import type { NamedPlace, Region } from '@/lib/data/schema';

/**
 * Characters the cards and panel print besides the names themselves, and the names of Korean and Chinese in their
 * own scripts (한국어, 中文): the language links now draw those from fonts of their own (language-names-*.woff2), but a
 * headline or note may still print them.
 */
export const NAME_FONT_EXTRA_CHARACTERS = '省市州朝鲜族自治中文한국어';

function uniqueSorted(characters: Iterable<string>): string {
  return [...new Set(characters)].sort().join('');
}

/** CJK unified ideographs (Chinese characters) in a text, each once. */
export function cjkCharacters(text: string): string {
  return uniqueSorted([...text].filter((char) => /\p{Script=Han}/u.test(char)));
}

/** Hangul syllables and jamo in a text, each once. */
export function hangulCharacters(text: string): string {
  return uniqueSorted([...text].filter((char) => /\p{Script=Hangul}/u.test(char)));
}

/**
 * The Chinese and Korean names the site prints: a region's names (headings, cards, social images, search results)
 * and the names of seats and towns (search results). An alternative name that a search matched (丹東, 단동) is
 * shown as the reader typed it, so their own fonts have it: those stay out of the subsets, which every page loads.
 */
export function printedNames(
  regions: readonly Region[],
  places: readonly NamedPlace[],
): { key: string; text: string }[] {
  return [
    ...regions.map((region) => ({
      key: region.slug,
      text: [region.name_zh, region.name_zh_full, region.name_ko, ...(region.name_ko_alt ?? [])].join(''),
    })),
    ...places.map((place) => ({ key: `${place.region}/${place.name_en}`, text: place.name_zh + place.name_ko })),
  ];
}
