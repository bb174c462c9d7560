import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { filterReports, NO_FILTERS } from './filters';
import { monthBars } from './months';

const { reports, sectors } = getDataset();
const keys = sectors.map((sector) => sector.key);

describe('monthBars', () => {
  it('is null for an open window or one longer than three years', () => {
    expect(monthBars(reports, null, keys)).toBeNull();
    expect(monthBars(reports, { from: '2017', to: '2020' }, keys)).toBeNull();
    expect(monthBars(reports, { from: '2018', to: '2020' }, keys)?.months).toHaveLength(36);
  });

  it('puts every listed report in its month or among those spanning more than a month, once', () => {
    const listed = filterReports(reports, { ...NO_FILTERS, from: '2019-06', to: '2021-05' });
    const bars = monthBars(listed, { from: '2019-06', to: '2021-05' }, keys);
    if (!bars) throw new Error('no bars');
    expect(bars.months[0]?.month).toBe('2019-06');
    expect(bars.months.at(-1)?.month).toBe('2021-05');
    const inMonths = bars.months.reduce((sum, month) => sum + month.count, 0);
    expect(inMonths + bars.spanning).toBe(
      listed.filter((report) => (report.observed ?? report.published) !== undefined).length,
    );
    expect(bars.spanning).toBeGreaterThan(0);
  });
});
