/**
 * Reports per month inside a short window (three years or less), for the time chart's month bars. Reports whose date
 * spans more than one month (a year, or a range `2016-07..2018-01`) cannot be put in a month: they are counted
 * apart, never spread over months, so the bars and that count add up to the listed reports.
 */
import { monthSpan, reportDate } from './filters';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import type { Period, ViewState } from './view-state';

/** Windows up to this many months get month bars. */
export const MONTH_BARS_MAX = 36;

export type MonthCount = {
  /** `YYYY-MM` */
  readonly month: string;
  readonly count: number;
  readonly bySector: Readonly<Record<string, number>>;
};

export type MonthBars = {
  readonly months: readonly MonthCount[];
  /** Listed reports whose date spans more than one month: dated only to a year, or a range. */
  readonly spanning: number;
};

/** `YYYY-MM` of a month index (lib/view/filters.ts `monthSpan` gives the index of a period's first and last month). */
export const monthName = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** How many months a period spans, ends included: `2017..2019` is 36, `2019-06..2020-01` is 8. */
export function periodMonths(period: Period): number {
  return monthSpan(period.to)[1] - monthSpan(period.from)[0] + 1;
}

/** Month bars for the listed reports of a window, or null when the window is open or longer than three years. */
export function monthBars(
  listed: readonly ReportIndexEntry[],
  window: Period | null,
  sectorKeys: readonly string[],
): MonthBars | null {
  if (window === null) return null;
  const start = monthSpan(window.from)[0];
  const end = monthSpan(window.to)[1];
  if (end - start + 1 > MONTH_BARS_MAX) return null;
  const counts = new Map<number, { count: number; bySector: Record<string, number> }>();
  for (let index = start; index <= end; index += 1)
    counts.set(index, { count: 0, bySector: Object.fromEntries(sectorKeys.map((key) => [key, 0])) });
  let spanning = 0;
  for (const report of listed) {
    const date = reportDate(report);
    if (date === null) continue;
    const [first, last] = monthSpan(date);
    if (first !== last) {
      spanning += 1;
      continue;
    }
    const bucket = counts.get(first);
    if (!bucket) continue;
    bucket.count += 1;
    for (const sector of report.sectors) bucket.bySector[sector] = (bucket.bySector[sector] ?? 0) + 1;
  }
  return {
    months: [...counts].map(([index, bucket]) => ({ month: monthName(index), ...bucket })),
    spanning,
  };
}

/** The focus window with open ends closed at the data's first and last year, so it can be named and compared. */
export function focusPeriod(view: Pick<ViewState, 'from' | 'to'>, years: readonly number[]): Period | null {
  if (view.from === null && view.to === null) return null;
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return null;
  return { from: view.from ?? String(first), to: view.to ?? String(last) };
}
