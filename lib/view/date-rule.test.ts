import { describe, expect, it } from 'vitest';
import { countLooselyDated, looselyDated } from './date-rule';

describe('looselyDated', () => {
  it('is true for a year alone or a range, by the date a report is placed at', () => {
    expect(looselyDated({ published: '2020' })).toBe(true);
    expect(looselyDated({ published: '2021-03-04', observed: '2016-07..2018-01' })).toBe(true);
    expect(looselyDated({ published: '2021-03-04', observed: '2019' })).toBe(true);
    // The observed date wins over a loose publication date.
    expect(looselyDated({ published: '2021', observed: '2019-05' })).toBe(false);
    expect(looselyDated({ published: '2021-03' })).toBe(false);
    expect(looselyDated({})).toBe(false);
  });

  it('counts the loosely dated reports of a list', () => {
    expect(countLooselyDated([{ published: '2020' }, { published: '2020-01-02' }, { observed: '2018..2019' }])).toBe(2);
  });
});
