/**
 * How loosely a report is placed in time. A report is dated by the time it describes (`observed`), else by its
 * publication (lib/view/filters.ts `reportDate`); the time filter says so, and says how many of the reports shown
 * have a date that fixes no month: a year alone ("2020") or a range whose bounds the source gives ("2016-07..2018-01").
 * Such a report stays in any window its span touches, so a reader should know how many there are.
 */
import type { ReportIndexEntry } from '@/lib/data/report-index';
import { isDateRange, reportDate } from './filters';

/** Whether a report's date is a year alone or a range (undated reports are counted apart, as undated). */
export function looselyDated(report: Pick<ReportIndexEntry, 'observed' | 'published'>): boolean {
  const date = reportDate(report);
  return date !== null && (isDateRange(date) || /^\d{4}$/.test(date));
}

export function countLooselyDated(reports: readonly Pick<ReportIndexEntry, 'observed' | 'published'>[]): number {
  return reports.filter(looselyDated).length;
}
