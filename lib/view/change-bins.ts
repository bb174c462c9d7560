/**
 * The classes of a comparison's diverging shading. The scale is derived from the data: the largest change in either
 * direction (by size) sets both ends, so it is symmetrical, and up to five classes a side split it in equal steps, so
 * −12, −9 and −7 fall in three classes when −12 is the largest change. Colours are ColorBrewer's PRGn (purple fewer,
 * green more): diverging, safe for colour-blind readers, and apart from the time chart's amber baseline and grey
 * window, so no colour means one thing on the chart and another on the map.
 *
 * A class key names its colour, not its range (`fewer-3` is the third purple whatever numbers it holds), so the map
 * style matches keys to fixed colours and only the feature-state and the legend's words follow the data.
 */

import type { Theme } from './theme';

/** Lightest to darkest, one ramp per side (PRGn, 11 classes, without its white middle). */
export const FEWER_COLOURS = ['#e7d4e8', '#c2a5cf', '#9970ab', '#762a83', '#40004b'] as const;
export const MORE_COLOURS = ['#d9f0d3', '#a6dba0', '#5aae61', '#1b7837', '#00441b'] as const;
/** No change: a neutral grey, darker than the "none in either period" fill so the two read apart. */
export const SAME_COLOUR = '#d1d5db';
export const NONE_COLOUR = '#fbfaf8';

const STEPS = FEWER_COLOURS.length;
type Step = 1 | 2 | 3 | 4 | 5;

export type ChangeKey = `fewer-${Step}` | `more-${Step}` | 'same' | 'none';

/** A class of the scale: its key, its colour and the changes it holds (signed, `from` nearest zero). */
export type ChangeBin = { key: ChangeKey; colour: string; from: number; to: number };

export type ChangeScale = {
  /** From the largest decrease to the largest increase, "no change" in the middle. */
  bins: ChangeBin[];
  /** The largest change by size (0 when nothing changed): the scale's ends are −max and +max. */
  max: number;
};

function keyedColours(
  fewer: readonly string[],
  more: readonly string[],
  same: string,
  none: string,
): Readonly<Record<ChangeKey, string>> {
  return {
    ...Object.fromEntries(fewer.map((colour, index) => [`fewer-${index + 1}`, colour])),
    ...Object.fromEntries(more.map((colour, index) => [`more-${index + 1}`, colour])),
    same,
    none,
  } as Record<ChangeKey, string>;
}

/** Every key with its colour: what the map style matches on. */
export const CHANGE_COLOURS = keyedColours(FEWER_COLOURS, MORE_COLOURS, SAME_COLOUR, NONE_COLOUR);

/**
 * On a dark map the same PRGn colours run the other way: the smallest change is the darkest, nearest the ground,
 * and the largest the lightest, so a larger change still stands out more. Same hues, so still colour-blind safe.
 */
export const SAME_COLOUR_DARK = '#6b7280';
export const NONE_COLOUR_DARK = '#252a33';
export const CHANGE_COLOURS_DARK = keyedColours(
  [...FEWER_COLOURS].reverse(),
  [...MORE_COLOURS].reverse(),
  SAME_COLOUR_DARK,
  NONE_COLOUR_DARK,
);

/** Each place's fill in a theme, from its change class: the map's, the static map's and the image's. */
export function changeFills(keys: Readonly<Record<string, ChangeKey>>, theme: Theme): Readonly<Record<string, string>> {
  const colours = changeColours(theme);
  return Object.fromEntries(Object.entries(keys).map(([slug, key]) => [slug, colours[key]]));
}

/** The change colours of a theme. */
export function changeColours(theme: Theme): Readonly<Record<ChangeKey, string>> {
  return theme === 'dark' ? CHANGE_COLOURS_DARK : CHANGE_COLOURS;
}

/**
 * The scale for a set of changes (focus minus baseline). With a largest change of M, k = min(5, M) classes a side
 * hold 1…⌈M/k⌉, …, up to M; with fewer than five classes the colours spread over the ramp so the largest change is
 * always the darkest.
 */
export function changeScale(changes: readonly number[]): ChangeScale {
  const max = changes.reduce((largest, change) => Math.max(largest, Math.abs(change)), 0);
  const classes = Math.min(STEPS, max);
  const magnitudes: { from: number; to: number; step: Step }[] = [];
  for (let index = 1; index <= classes; index += 1) {
    const to = Math.ceil((max * index) / classes);
    const from = index === 1 ? 1 : (magnitudes[index - 2]?.to ?? 0) + 1;
    const step = Math.round((index * STEPS) / classes) as Step;
    magnitudes.push({ from, to, step });
  }
  const bin = (key: ChangeKey, from: number, to: number): ChangeBin => ({ key, colour: CHANGE_COLOURS[key], from, to });
  const fewer = magnitudes.map(({ from, to, step }) => bin(`fewer-${step}`, -from, -to)).reverse();
  const more = magnitudes.map(({ from, to, step }) => bin(`more-${step}`, from, to));
  return { bins: [...fewer, bin('same', 0, 0), ...more], max };
}

/** The class of a place's change; `none` when it had no report in either period. Beyond the scale: its end class. */
export function changeKey(scale: ChangeScale, { baseline, focus }: { baseline: number; focus: number }): ChangeKey {
  if (baseline === 0 && focus === 0) return 'none';
  const change = focus - baseline;
  if (change === 0) return 'same';
  const side = scale.bins.filter((bin) => (change < 0 ? bin.to < 0 : bin.to > 0));
  const size = Math.abs(change);
  const bin = side.find((candidate) => Math.abs(candidate.from) <= size && size <= Math.abs(candidate.to));
  if (bin) return bin.key;
  const outermost = change < 0 ? side[0] : side[side.length - 1];
  return outermost?.key ?? 'same';
}
