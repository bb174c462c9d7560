/**
 * A relay's name in a sentence of the page's language. `source.via` is written in English for the English page: the
 * relay's name, then what it is ("thepressunited.com (mirror of Daily NK)", "Zoglo Media repost on moyiza.kr of a
 * Korean press summary"). A Korean or Chinese sentence takes the name only: the leading run of capitalised words,
 * addresses and other scripts, up to a parenthesis or a comma, so no English clause sits inside it; the template
 * around it ("…경유", "经由…") says that it is a relay.
 */
import type { Locale } from './locales';

/** Small words that join the words of one name ("U.S. Embassy in Japan", "Wildcats & Black Sheep"). */
export const NAME_JOINERS = new Set(['of', 'in', 'the', 'and', 'on', 'de', '&', '/']);

const NAME_START = /^[\p{Lu}\p{N}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ADDRESS = /^[\w-]+(?:\.[\w-]+)+/;

export function relayName(via: string, locale: Locale): string {
  if (locale === 'en') return via;
  const head = via.split(/\s*[(,，（]/u)[0]?.trim() ?? '';
  const tokens = head.split(/\s+/);
  const name: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const next = tokens[index + 1];
    const joins = NAME_JOINERS.has(token) && next !== undefined && (NAME_START.test(next) || ADDRESS.test(next));
    if (!(NAME_START.test(token) || ADDRESS.test(token) || joins)) break;
    name.push(token);
  }
  return name.length === 0 ? via : name.join(' ');
}
