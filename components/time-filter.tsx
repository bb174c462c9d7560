import { lazy, Suspense } from 'react';
import { monthName } from '@/lib/i18n/dates';
import type { MonthBars } from '@/lib/view/months';
import type { SectorTerm } from '@/lib/data/page-data';
import type { TimelineEvent } from '@/lib/data/schema';
import type { YearCount } from '@/lib/view/selection';
import type { Period } from '@/lib/view/view-state';
import { CompareControl } from './compare-control';
import { useI18n } from './i18n';
import { TimeChart } from './time-chart';

// Month bars appear only for windows of three years or less: their code loads then, in a frame of their size.
const MonthChart = lazy(() => import('./month-chart').then((module) => ({ default: module.MonthChart })));

/** Holds the month chart's place while its code loads, so nothing below it moves. */
function MonthChartFrame() {
  return (
    <div className="relative mt-1" aria-hidden="true">
      <p className="text-xs">&nbsp;</p>
      <svg viewBox="0 0 320 56" className="w-full" />
    </div>
  );
}

type TimeFilterProps = {
  /** Years the data covers, oldest first: reports shown per year inside the window, reports it would add outside. */
  years: readonly YearCount[];
  /** Month bars, when the window is three years or less. */
  months: MonthBars | null;
  sectors: readonly SectorTerm[];
  events: readonly TimelineEvent[];
  from: string | null;
  to: string | null;
  compare: Period | null;
  /** Ids of the reports no source dates (the other filters apply): no window shows them, so they are listed apart. */
  undated: readonly string[];
  /** Of the reports shown, those dated only to a year or by a range; null while the reports load. */
  looselyDated: number | null;
  onShowUndated: (ids: readonly string[]) => void;
  onChange: (change: { from: string | null; to: string | null; compare?: Period | null }) => void;
  playback: PlaybackControls;
};

export type PlaybackControls = {
  playing: boolean;
  year: number | null;
  play: () => void;
  pause: () => void;
  cancel: () => void;
};

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function splitPeriod(period: string | null): { year: string; month: string } {
  if (period === null) return { year: '', month: '' };
  const [year = '', month = ''] = period.split('-');
  return { year, month };
}

function joinPeriod(year: string, month: string): string | null {
  if (year === '') return null;
  return month === '' ? year : `${year}-${month}`;
}

function PeriodPicker({
  end,
  value,
  years,
  onChange,
}: {
  end: 'from' | 'to';
  value: string | null;
  years: readonly number[];
  onChange: (period: string | null) => void;
}) {
  const { t, locale } = useI18n();
  const { year, month } = splitPeriod(value);
  // Ids stay English words in every language: they are not shown, and tests and links may rely on them.
  const id = `period-${end}`;
  return (
    <div className="flex items-center gap-1">
      <label htmlFor={`${id}-year`} className="w-10 text-sm text-gray-800">
        {end === 'from' ? t('time.from') : t('time.to')}
      </label>
      <select
        id={`${id}-year`}
        value={year}
        onChange={(event) => onChange(joinPeriod(event.target.value, event.target.value === '' ? '' : month))}
        className="rounded border border-gray-400 bg-white px-1 py-0.5 text-sm"
      >
        <option value="">{t('time.anyYear')}</option>
        {years.map((candidate) => (
          <option key={candidate} value={String(candidate)}>
            {candidate}
          </option>
        ))}
      </select>
      <select
        aria-label={end === 'from' ? t('time.fromMonth') : t('time.toMonth')}
        value={month}
        disabled={year === ''}
        onChange={(event) => onChange(joinPeriod(year, event.target.value))}
        className="rounded border border-gray-400 bg-white px-1 py-0.5 text-sm disabled:opacity-50"
      >
        <option value="">{t('time.anyMonth')}</option>
        {MONTHS.map((number) => (
          <option key={number} value={String(number).padStart(2, '0')}>
            {monthName(locale, number)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The time chart (bars, events, window sliders), from/to to the month, playback and "Compare with…". */
export function TimeFilter({
  years,
  months,
  sectors,
  events,
  from,
  to,
  compare,
  undated,
  looselyDated,
  onShowUndated,
  onChange,
  playback,
}: TimeFilterProps) {
  const { t } = useI18n();
  const yearList = years.map((year) => year.year);
  // Choosing a window while playing ends playback without writing its year.
  const setWindow = (nextFrom: string | null, nextTo: string | null) => {
    if (playback.playing) playback.cancel();
    onChange({ from: nextFrom, to: nextTo });
  };
  return (
    // min-w-0: a fieldset is as wide as its content by default, which pushed the pickers out of a narrow panel.
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold text-gray-900">{t('time.heading')}</legend>
      {/* Above the charts: the month bars that a one-year step brings in would otherwise push it down mid-playback. */}
      <div className="mb-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <button
          type="button"
          onClick={playback.playing ? playback.pause : playback.play}
          aria-label={playback.playing ? t('time.pause') : t('time.playLabel')}
          className="inline-flex min-h-7 items-center gap-1 rounded border border-gray-400 bg-white px-2 text-sm font-medium text-gray-900 hover:bg-gray-50"
          data-testid="play"
        >
          <span aria-hidden="true">{playback.playing ? '❚❚' : '▶'}</span>
          {playback.playing ? t('time.pause') : t('time.play')}
        </button>
        <span role="status" className="text-sm text-gray-800" data-testid="play-status">
          {playback.year !== null ? t('time.showing', { year: String(playback.year) }) : ''}
        </span>
      </div>
      <TimeChart
        years={years}
        sectors={sectors}
        events={events}
        from={from}
        to={to}
        baseline={compare}
        onChange={setWindow}
      />
      <p className="mt-0.5 text-xs text-gray-700" data-testid="date-rule">
        {t('time.dateRule')}
        {looselyDated !== null && looselyDated > 0 && ` ${t('time.looselyDated', { count: looselyDated })}`}
      </p>
      {months && (
        <Suspense fallback={<MonthChartFrame />}>
          <MonthChart bars={months} sectors={sectors} onSelectMonth={(month) => setWindow(month, month)} />
        </Suspense>
      )}
      {undated.length > 0 && (
        <button
          type="button"
          onClick={() => onShowUndated(undated)}
          className="mt-1 text-xs text-blue-800 underline"
          data-testid="undated"
        >
          {t('time.undated', { count: undated.length })}
        </button>
      )}
      <div className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1">
        <PeriodPicker end="from" value={from} years={yearList} onChange={(period) => setWindow(period, to)} />
        <PeriodPicker end="to" value={to} years={yearList} onChange={(period) => setWindow(from, period)} />
      </div>
      <CompareControl
        view={{ from, to, compare }}
        years={yearList}
        onChange={(change) => {
          if (playback.playing) playback.cancel();
          onChange(change);
        }}
      />
      {(from !== null || to !== null) && (
        <button
          type="button"
          onClick={() => {
            if (playback.playing) playback.cancel();
            onChange({ from: null, to: null, compare: null });
          }}
          className="mt-1 text-sm text-blue-800 underline"
        >
          {t('time.any')}
        </button>
      )}
    </fieldset>
  );
}
