import { describe, expect, it } from 'vitest';
import { containsPoint, padBBox, reportFrame, unionBBox } from './bbox';

describe('unionBBox', () => {
  it('covers every box', () => {
    expect(
      unionBBox([
        [120, 40, 122, 41],
        [119, 39.5, 121, 42],
      ]),
    ).toEqual([119, 39.5, 122, 42]);
  });
  it('refuses an empty list', () => {
    expect(() => unionBBox([])).toThrow();
  });
});

describe('padBBox', () => {
  it('grows each side by the fraction of the extent', () => {
    expect(padBBox([120, 40, 124, 42], 0.25)).toEqual([119, 39.5, 125, 42.5]);
  });
});

describe('reportFrame', () => {
  const dandong: [number, number, number, number] = [123.4, 39.7, 125.7, 41.2];
  const home: [number, number, number, number] = [118.8, 38.7, 131.3, 46.3];
  const dandongCity = [124.39, 40.13] as const;
  const yanji = [129.5, 42.9] as const;

  it('frames a report’s places on the overview, however many', () => {
    expect(reportFrame(home, [dandongCity], false)).toEqual([124.39, 40.13, 124.39, 40.13]);
    expect(reportFrame(home, [dandongCity, yanji], false)).toEqual([124.39, 40.13, 129.5, 42.9]);
  });

  it('keeps a region page’s frame when it already shows every place, and leaves it when one lies outside', () => {
    expect(reportFrame(dandong, [dandongCity], true)).toBe(dandong);
    expect(reportFrame(dandong, [dandongCity, yanji], true)).toEqual([124.39, 40.13, 129.5, 42.9]);
  });

  it('keeps the frame for a report with no pinned place', () => {
    expect(reportFrame(dandong, [], true)).toBe(dandong);
    expect(reportFrame(home, [], false)).toBe(home);
  });

  it('counts a point on the edge as inside', () => {
    expect(containsPoint(dandong, [123.4, 41.2])).toBe(true);
    expect(containsPoint(dandong, [123.39, 41.2])).toBe(false);
  });
});
