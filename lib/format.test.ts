import { describe, expect, it } from 'vitest';
import { formatPartialDate, humanise, placeLabel, plural } from './format';

describe('format', () => {
  it('writes a date at its precision, never more', () => {
    expect(formatPartialDate('2020')).toBe('2020');
    expect(formatPartialDate('2020-04')).toBe('Apr 2020');
    expect(formatPartialDate('2020-04-07')).toBe('7 Apr 2020');
  });

  it('says how precisely a place is known', () => {
    expect(placeLabel({ region: 'liaoning', precision: 'province' }, 'Liaoning')).toBe('Liaoning (province-wide)');
    expect(
      placeLabel(
        { region: 'dandong', name: 'Donggang', lon: 124.15, lat: 39.86, precision: 'city', inferred: true },
        'Dandong',
      ),
    ).toBe('Donggang (city, inferred)');
  });

  it('pluralises and humanises', () => {
    expect(plural(1, 'report')).toBe('1 report');
    expect(plural(3, 'report')).toBe('3 reports');
    expect(humanise('single-anonymous-source')).toBe('Single anonymous source');
  });
});
