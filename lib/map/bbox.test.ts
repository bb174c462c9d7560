import { describe, expect, it } from 'vitest';
import { padBBox, unionBBox } from './bbox';

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
