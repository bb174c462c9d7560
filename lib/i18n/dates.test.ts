import { describe, expect, it } from 'vitest';
import { formatPartialDate, monthName } from './dates';

describe('dates', () => {
  it('writes a date at its precision, never more, in each language', () => {
    expect(formatPartialDate('en', '2020')).toBe('2020');
    expect(formatPartialDate('en', '2020-04')).toBe('Apr 2020');
    expect(formatPartialDate('en', '2020-04-07')).toBe('7 Apr 2020');
    expect(formatPartialDate('en', '2020-09')).toBe('Sep 2020');
    expect(formatPartialDate('ko', '2020')).toBe('2020년');
    expect(formatPartialDate('ko', '2020-04')).toBe('2020년 4월');
    expect(formatPartialDate('ko', '2020-04-07')).toBe('2020년 4월 7일');
    expect(formatPartialDate('zh', '2020')).toBe('2020年');
    expect(formatPartialDate('zh', '2020-04')).toBe('2020年4月');
    expect(formatPartialDate('zh', '2020-04-07')).toBe('2020年4月7日');
  });

  it('is a calendar date: the first and last day of a year stay in their year whatever the time zone', () => {
    expect(formatPartialDate('zh', '2019-12-31')).toBe('2019年12月31日');
    expect(formatPartialDate('en', '2020-01-01')).toBe('1 Jan 2020');
  });

  it('leaves anything that is not a partial date as it is', () => {
    expect(formatPartialDate('ko', 'soon')).toBe('soon');
  });

  it('names months in each language', () => {
    expect([1, 12].map((month) => monthName('en', month))).toEqual(['Jan', 'Dec']);
    expect(monthName('ko', 4)).toBe('4월');
    expect(monthName('zh', 4)).toBe('4月');
  });
});
