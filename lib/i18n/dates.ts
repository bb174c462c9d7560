/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) written at exactly their precision, in a language, through Intl.
 * English keeps the site's day-month-year order (`7 Apr 2020`); Korean and Chinese use their own patterns
 * (`2020년 4월 7일`, `2020年4月7日`). Dates are calendar dates, so they are formatted in UTC.
 */
import { LANGUAGE_TAGS, type Locale } from './locales';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formats.get(key);
  if (!cached) {
    // English month names from en-US: its short names are the three-letter ones ("Sep", not en-GB's "Sept").
    cached = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : LANGUAGE_TAGS[locale], {
      ...options,
      timeZone: 'UTC',
    });
    formats.set(key, cached);
  }
  return cached;
}

/** A month's short name: `Apr`, `4월`, `4月` (month 1 to 12). */
export function monthName(locale: Locale, month: number): string {
  return format(locale, { month: 'short' }).format(Date.UTC(2000, month - 1, 15));
}

/** A partial date at exactly its precision. Anything not shaped like one is returned as given. */
export function formatPartialDate(locale: Locale, date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined || month < 1 || month > 12) {
    return locale === 'en' ? String(year) : format(locale, { year: 'numeric' }).format(Date.UTC(year, 0, 1));
  }
  const time = Date.UTC(year, month - 1, day ?? 1);
  if (locale === 'en') {
    const name = monthName('en', month);
    return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
  }
  return day === undefined
    ? format(locale, { year: 'numeric', month: 'long' }).format(time)
    : format(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(time);
}
