/** Which characters the subset name fonts must cover (see scripts/build-name-fonts.ts). */

/** Characters the cards and panel print besides the names themselves. */
export const NAME_FONT_EXTRA_CHARACTERS = '省市州朝鲜族自治';

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
