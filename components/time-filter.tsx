import type { SectorTerm } from '@/lib/page-data';
import type { TimelineEvent } from '@/lib/schema';
import type { YearCount } from '@/lib/selection';
import { monthName } from '@/lib/i18n/dates';
import { useI18n } from './i18n';
import { TimeChart } from './time-chart';

type TimeFilterProps = {
  /** Years the data covers, oldest first: reports shown per year inside the window, reports it would add outside. */
  years: readonly YearCount[];
  sectors: readonly SectorTerm[];
  events: readonly TimelineEvent[];
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
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

/** The time chart (bars, events, window sliders), then from/to to the month. */
export function TimeFilter({ years, sectors, events, from, to, onChange }: TimeFilterProps) {
  const { t } = useI18n();
  const yearList = years.map((year) => year.year);
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold text-gray-900">{t('time.heading')}</legend>
      <TimeChart years={years} sectors={sectors} events={events} from={from} to={to} onChange={onChange} />
      <div className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1">
        <PeriodPicker end="from" value={from} years={yearList} onChange={(period) => onChange(period, to)} />
        <PeriodPicker end="to" value={to} years={yearList} onChange={(period) => onChange(from, period)} />
      </div>
      {(from !== null || to !== null) && (
        <button type="button" onClick={() => onChange(null, null)} className="mt-1 text-sm text-blue-800 underline">
          {t('time.any')}
        </button>
      )}
    </fieldset>
  );
}
