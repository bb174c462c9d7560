'use client';

import { useId } from 'react';
import { comparePresets, focusPeriod } from '@/lib/view/compare';
import { periodLabel, presetLabel } from '@/lib/i18n/compare-text';
import type { Period, ViewState } from '@/lib/view/view-state';
import { useI18n } from './i18n';
import { richText } from './rich-text';

type CompareControlProps = {
  view: Pick<ViewState, 'from' | 'to' | 'compare'>;
  years: readonly number[];
  onChange: (change: { from: string | null; to: string | null; compare: Period | null }) => void;
};

/**
 * "Compare with…": sets a baseline for the current window, or both from a turning point (the UN deadline, the
 * border closure, the returns). A native select: keyboard and screen readers know it.
 */
export function CompareControl({ view, years, onChange }: CompareControlProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const focus = focusPeriod(view, years);
  const presets = comparePresets(focus, years);
  if (view.compare !== null && focus !== null) {
    return (
      <p className="mt-1.5 flex flex-wrap items-center gap-x-2 text-sm text-gray-900" data-testid="comparing">
        <span>
          {richText(t, 'compare.comparing', {
            focus: <strong>{periodLabel(i18n, focus)}</strong>,
            baseline: <strong>{periodLabel(i18n, view.compare)}</strong>,
          })}
        </span>
        <button
          type="button"
          onClick={() => onChange({ from: view.from, to: view.to, compare: null })}
          className="text-blue-800 underline"
        >
          {t('compare.stop')}
        </button>
      </p>
    );
  }
  return (
    <div className="mt-1.5 flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-gray-800">
        {t('compare.label')}
      </label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          const preset = presets.find((candidate) => candidate.key === event.target.value);
          if (preset) onChange({ from: preset.from, to: preset.to, compare: preset.compare });
        }}
        className="min-w-0 flex-1 rounded border border-gray-400 bg-white px-1 py-0.5 text-sm"
        data-testid="compare-select"
      >
        <option value="">{t('compare.placeholder')}</option>
        {presets.map((preset) => (
          <option key={preset.key} value={preset.key}>
            {presetLabel(i18n, preset)}
          </option>
        ))}
      </select>
    </div>
  );
}
