/**
 * Latin-script words that do not belong in a Korean or Chinese sentence. Names and acronyms stay in Latin script
 * in those languages (CSV, PNG, Apache ECharts, Natural Earth); an English word such as "via" or "mirror" is a
 * fragment left untranslated. A word is allowed when it is an acronym (capitals, digits, hyphens: CSV, GCJ-02,
 * CSL-JSON), a name in `NAMES`, or starts with a capital and is part of a run of capitalised words (a proper name
 * such as "Daily NK" or "The Korea Economic Daily", with the small words that join one: "U.S. Embassy in Japan"). Placeholders (`{count}`) and web addresses are skipped.
 */

import { NAME_JOINERS } from './relay';

/** Names written with lower-case letters inside (so they pass as names, not as English words). */
const NAMES = new Set(['WebGL', 'BibTeX', 'ECharts', 'GeoNames', 'Excel', 'Apache', 'UTF']);

const ACRONYM = /^[A-Z0-9][A-Z0-9-]*$/;
const CAPITALISED = /^\p{Lu}/u;

/** The words of `text` that are neither acronyms nor names: lower-case Latin words, English fragments. */
export function strayLatinWords(text: string): string[] {
  const plain = text
    .replace(/\{[^}]*\}/g, ' ')
    // Web addresses and domain names are names: thepressunited.com, dailynk.jp/archives/49104.
    .replace(/\b[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/g, ' ');
  const words = [...plain.matchAll(/[A-Za-z][A-Za-z'’!-]*/g)].map(([word]) => word);
  const isName = (word: string | undefined) =>
    word !== undefined && (ACRONYM.test(word) || NAMES.has(word) || CAPITALISED.test(word));
  // A small word between two capitalised words is part of a name: "U.S. Embassy in Japan".
  return words.filter(
    (word, index) => !isName(word) && !(NAME_JOINERS.has(word) && isName(words[index - 1]) && isName(words[index + 1])),
  );
}
