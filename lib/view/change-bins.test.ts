import { describe, expect, it } from 'vitest';
import { CHANGE_COLOURS, CHANGE_COLOURS_DARK, changeKey, changeScale } from './change-bins';

const key = (changes: number[], change: number) =>
  changeKey(changeScale(changes), change < 0 ? { baseline: -change, focus: 0 } : { baseline: 0, focus: change });

/** Relative luminance (WCAG 2), to check the ramps darken outward. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

describe('changeScale', () => {
  it('puts −12, −9 and −7 in three classes when −12 is the largest change', () => {
    const changes = [-12, -9, -7, 3, 0];
    const keys = [-12, -9, -7].map((change) => key(changes, change));
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toBe('fewer-5');
  });

  it('is symmetrical: the same ranges on both sides, from the largest change by size', () => {
    const { bins, max } = changeScale([-4, 11, 2]);
    expect(max).toBe(11);
    const fewer = bins.filter((bin) => bin.to < 0).map((bin) => [-bin.from, -bin.to]);
    const more = bins.filter((bin) => bin.to > 0).map((bin) => [bin.from, bin.to]);
    expect(fewer.reverse()).toEqual(more);
    // The classes tile 1..max with no gap or overlap.
    expect(more[0]?.[0]).toBe(1);
    expect(more[more.length - 1]?.[1]).toBe(11);
    for (let index = 1; index < more.length; index += 1) expect(more[index]?.[0]).toBe((more[index - 1]?.[1] ?? 0) + 1);
  });

  it('gives each change its own class when the largest is five or less, the largest the darkest', () => {
    const { bins } = changeScale([1, -2, 3]);
    expect(bins.map((bin) => bin.key)).toEqual(['fewer-5', 'fewer-3', 'fewer-2', 'same', 'more-2', 'more-3', 'more-5']);
    expect(bins.map((bin) => [bin.from, bin.to])).toEqual([
      [-3, -3],
      [-2, -2],
      [-1, -1],
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('has only "no change" when nothing changed', () => {
    expect(changeScale([0, 0]).bins.map((bin) => bin.key)).toEqual(['same']);
  });

  it('classes "none" apart from "no change", and a change beyond the scale at its end', () => {
    const scale = changeScale([-3, 3]);
    expect(changeKey(scale, { baseline: 0, focus: 0 })).toBe('none');
    expect(changeKey(scale, { baseline: 2, focus: 2 })).toBe('same');
    expect(changeKey(scale, { baseline: 0, focus: 9 })).toBe('more-5');
    expect(changeKey(scale, { baseline: 9, focus: 0 })).toBe('fewer-5');
  });

  it('uses ramps that darken outward and share no colour with each other or the chart', () => {
    const fewer = [1, 2, 3, 4, 5].map((step) => luminance(CHANGE_COLOURS[`fewer-${step as 1 | 2 | 3 | 4 | 5}`]));
    const more = [1, 2, 3, 4, 5].map((step) => luminance(CHANGE_COLOURS[`more-${step as 1 | 2 | 3 | 4 | 5}`]));
    for (const ramp of [fewer, more])
      for (let index = 1; index < ramp.length; index += 1) expect(ramp[index]).toBeLessThan(ramp[index - 1] ?? 0);
    const colours = Object.values(CHANGE_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
    // The time chart's baseline amber (components/time-chart.tsx) means "the baseline period", never a decrease.
    expect(colours).not.toContain('#b7791f');
  });

  it('in dark, lightens outward instead, keeping the light ramps’ colours and telling "none" from every class', () => {
    for (const side of ['fewer', 'more'] as const) {
      const ramp = [1, 2, 3, 4, 5].map((step) =>
        luminance(CHANGE_COLOURS_DARK[`${side}-${step as 1 | 2 | 3 | 4 | 5}`]),
      );
      for (let index = 1; index < ramp.length; index += 1) expect(ramp[index]).toBeGreaterThan(ramp[index - 1] ?? 0);
      for (let step = 1; step <= 5; step += 1)
        expect(Object.values(CHANGE_COLOURS)).toContain(CHANGE_COLOURS_DARK[`${side}-${step as 1 | 2 | 3 | 4 | 5}`]);
    }
    const colours = Object.values(CHANGE_COLOURS_DARK);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
