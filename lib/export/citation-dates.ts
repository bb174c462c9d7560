/**
 * Dates at the precision a source gives them, in the forms the citation formats need (lib/export/citation.ts).
 */

export type CslDateParts = [number] | [number, number] | [number, number, number];
export type CslDate = { 'date-parts': [CslDateParts] };

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type PartialDate = { year: number; month?: number; day?: number };

export function parseDate(value: string | undefined): PartialDate | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
  };
}

export function cslDate(date: PartialDate): CslDate {
  if (date.month === undefined) return { 'date-parts': [[date.year]] };
  if (date.day === undefined) return { 'date-parts': [[date.year, date.month]] };
  return { 'date-parts': [[date.year, date.month, date.day]] };
}

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** APA: `2020, April 17`, `2020, April`, `2020`. */
export function apaDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}, ${monthName(date.month)}`;
  return `${date.year}, ${monthName(date.month)} ${date.day}`;
}

/** Chicago: `April 17, 2020`, `April 2020`, `2020`. */
export function chicagoDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${monthName(date.month)} ${date.year}`;
  return `${monthName(date.month)} ${date.day}, ${date.year}`;
}

/** RIS `DA`: `YYYY/MM/DD/`, with empty parts for what is unknown (`2020///`, `2020/04//`). */
export function risDate(date: PartialDate): string {
  return `${date.year}/${date.month === undefined ? '' : pad2(date.month)}/${date.day === undefined ? '' : pad2(date.day)}/`;
}

/** ISO 8601 at the known precision (`2020`, `2020-04`, `2020-04-27`): biblatex's `date`, schema.org dates. */
export function isoPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad2(date.month)}`;
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}
