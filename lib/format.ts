import type { Place, Report } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date at exactly its precision: `2020`, `Apr 2020`, `27 Apr 2020`. */
export function formatPartialDate(date: string): string {
  const [year = '', month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

export function formatReportDate(report: Report): string {
  if (report.published === undefined) return 'Undated';
  const published = formatPartialDate(report.published);
  return report.published_inferred ? `${published} (date inferred)` : published;
}

const PRECISION_NOTE: Record<Place['precision'], string> = {
  point: 'exact site',
  city: 'city',
  prefecture: 'prefecture-wide',
  province: 'province-wide',
};

/** How a place reads on a card: its name (or its region's) and how precisely the source locates it. */
export function placeLabel(place: Place, regionName: string): string {
  const name = place.name ?? regionName;
  const note = PRECISION_NOTE[place.precision];
  return `${name} (${note}${place.inferred ? ', inferred' : ''})`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ko: 'Korean', ja: 'Japanese', zh: 'Chinese' };

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/** `single-anonymous-source` -> `Single anonymous source` */
export function humanise(key: string): string {
  const words = key.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
