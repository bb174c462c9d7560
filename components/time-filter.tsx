import type { Sector, TimelineEvent } from '@/lib/schema';
import type { YearCount } from '@/lib/selection';
import { TimeChart } from './time-chart';

type TimeFilterProps = {
  /** Years the data covers, oldest first: reports shown per year inside the window, reports it would add outside. */
  years: readonly YearCount[];
  sectors: readonly Sector[];
  events: readonly TimelineEvent[];
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
  label,
  value,
  years,
  onChange,
}: {
  label: string;
  value: string | null;
  years: readonly number[];
  onChange: (period: string | null) => void;
}) {
  const { year, month } = splitPeriod(value);
  const id = `period-${label.toLowerCase()}`;
  return (
    <div className="flex items-center gap-1">
      <label htmlFor={`${id}-year`} className="w-10 text-sm text-gray-800">
        {label}
      </label>
      <select
        id={`${id}-year`}
        value={year}
        onChange={(event) => onChange(joinPeriod(event.target.value, event.target.value === '' ? '' : month))}
        className="rounded border border-gray-400 bg-white px-1 py-0.5 text-sm"
      >
        <option value="">any year</option>
        {years.map((candidate) => (
          <option key={candidate} value={String(candidate)}>
            {candidate}
          </option>
        ))}
      </select>
      <select
        aria-label={`${label} month`}
        value={month}
        disabled={year === ''}
        onChange={(event) => onChange(joinPeriod(year, event.target.value))}
        className="rounded border border-gray-400 bg-white px-1 py-0.5 text-sm disabled:opacity-50"
      >
        <option value="">any month</option>
        {MONTHS.map((name, index) => (
          <option key={name} value={String(index + 1).padStart(2, '0')}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The time chart (bars, events, window sliders), then from/to to the month. */
export function TimeFilter({ years, sectors, events, from, to, onChange }: TimeFilterProps) {
  const yearList = years.map((year) => year.year);
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold text-gray-900">Time</legend>
      <TimeChart years={years} sectors={sectors} events={events} from={from} to={to} onChange={onChange} />
      <div className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1">
        <PeriodPicker label="From" value={from} years={yearList} onChange={(period) => onChange(period, to)} />
        <PeriodPicker label="To" value={to} years={yearList} onChange={(period) => onChange(from, period)} />
      </div>
      {(from !== null || to !== null) && (
        <button type="button" onClick={() => onChange(null, null)} className="mt-1 text-sm text-blue-800 underline">
          Any time
        </button>
      )}
    </fieldset>
  );
}
