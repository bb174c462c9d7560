/**
 * A comparison of two periods in words, in the page's language: the periods, the change classes of the map's
 * diverging shading, the "Compare with…" presets and the one-line summary ("Dandong: 12 reports in 2017–2019, 4 in
 * 2020–2022"). lib/view/compare.ts computes; this says.
 */
import type { ChangeClass, Comparison, ComparePreset } from '@/lib/view/compare';
import type { Period } from '@/lib/view/view-state';
import { describePeriod, type UiI18n } from './text';

export function periodLabel(i18n: UiI18n, period: Period): string {
  return describePeriod(i18n, period.from, period.to);
}

export function changeLabel({ t }: UiI18n, key: ChangeClass): string {
  return t(`change.${key}`);
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
