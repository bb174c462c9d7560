/**
 * A comparison of two periods in words, in the page's language: the periods, the change classes of the map's
 * diverging shading, the "Compare with…" presets and the one-line summary ("Dandong: 12 reports in 2017–2019, 4 in
 * 2020–2022"). lib/view/compare.ts computes; this says.
 */
import type { ChangeBin } from '@/lib/view/change-bins';
import type { Comparison, ComparePreset } from '@/lib/view/compare';
import type { Period } from '@/lib/view/view-state';
import { describePeriod, joinList, type UiI18n } from './text';

export function periodLabel(i18n: UiI18n, period: Period): string {
  return describePeriod(i18n, period.from, period.to);
}

/** A signed change: "+3", "−3" (a minus sign, not a hyphen), "0". */
export function signedChange(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

/** A class of the comparison's scale in words: "−1 to −3", "+5", "No change", "None in either period". */
export function changeLabel({ t }: UiI18n, bin: Pick<ChangeBin, 'key' | 'from' | 'to'>): string {
  if (bin.key === 'same' || bin.key === 'none') return t(`change.${bin.key}`);
  if (bin.from === bin.to) return t('change.one', { change: signedChange(bin.from) });
  return t('change.span', { from: signedChange(bin.from), to: signedChange(bin.to) });
}

/** "Largest change: Shenyang, 16 → 4" (every place that shares the largest change). */
export function describeLargestChange(
  i18n: UiI18n,
  rows: readonly { name: string; baseline: number; focus: number }[],
): string | null {
  const largest = Math.max(0, ...rows.map((row) => Math.abs(row.focus - row.baseline)));
  if (largest === 0) return null;
  const places = rows
    .filter((row) => Math.abs(row.focus - row.baseline) === largest)
    .map((row) => i18n.t('compare.largestPlace', { place: row.name, baseline: row.baseline, focus: row.focus }));
  return i18n.t('compare.largest', { places: joinList(i18n, places, 'semicolon') });
}

export function presetLabel(i18n: UiI18n, preset: ComparePreset): string {
  const { t } = i18n;
  switch (preset.key) {
    case 'previous':
      return t('compare.previous', { period: periodLabel(i18n, preset.compare) });
    case 'deadline':
      return t('compare.deadline');
    case 'closure':
      return t('compare.closure');
    case 'returns':
      return t('compare.returns');
  }
}

/** "Dandong: 12 reports in 2017–2019, 4 in 2020–2022" */
export function describeComparison(
  i18n: UiI18n,
  place: string,
  { baseline, focus }: Pick<Comparison, 'baseline' | 'focus'>,
): string {
  const { t } = i18n;
  return t('compare.summary', {
    place,
    baseline: t('count.reports', { count: baseline.total }),
    baselinePeriod: periodLabel(i18n, baseline.period),
    focus: focus.total,
    focusPeriod: periodLabel(i18n, focus.period),
  });
}

/** "6 reports straddle the two periods (…)": reports that overlap a period without lying inside it count in neither. */
export function describeStraddling({ t }: UiI18n, { straddling }: Pick<Comparison, 'straddling'>): string | null {
  return straddling === 0 ? null : t('compare.straddling', { count: straddling });
}
