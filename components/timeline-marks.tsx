import { useI18n } from './i18n';
import { richText } from './rich-text';
import type { TimelineEvent } from '@/lib/data/schema';

type TimelineMarksProps = {
  events: readonly TimelineEvent[];
  first: number;
  last: number;
  /** The plot's margins as fractions of the chart's width, so marks line up with the bars. */
  plotLeft: number;
  plotRight: number;
};

/** Where in its year a partial date falls: mid-year for a year, mid-month for a month. */
export function yearFraction(date: string): number {
  const [year = '0', month, day] = date.split('-');
  if (month === undefined) return Number(year) + 0.5;
  return Number(year) + (Number(month) - 1) / 12 + (day === undefined ? 0.5 : Number(day) / 31) / 12;
}

/** Events of a year, for the chart's tooltip. */
export function eventsIn(events: readonly TimelineEvent[], year: number): TimelineEvent[] {
  return events.filter((event) => Math.floor(yearFraction(event.date)) === year);
}

/**
 * Dated events under the time axis: marks to see (hovering a year or focusing a slider names its events in the
 * chart's tooltip), and the full list with sources one keyboard step away. Marks this dense would be too small to
 * tap, so the list is the control.
 */
export function TimelineMarks({ events, first, last, plotLeft, plotRight }: TimelineMarksProps) {
  const { t, date, locale } = useI18n();
  const span = last - first + 1;
  const inRange = events.filter((event) => {
    const value = yearFraction(event.date);
    return value >= first && value < last + 1;
  });
  return (
    <div data-testid="timeline-marks">
      <div className="relative h-2.5" aria-hidden="true">
        {inRange.map((event) => {
          const left = plotLeft + ((yearFraction(event.date) - first) / span) * (1 - plotLeft - plotRight);
          return (
            <span
              key={event.id}
              data-event-mark={event.id}
              className={`absolute top-0 h-0 w-0 -translate-x-1/2 border-x-[4px] border-b-[7px] border-x-transparent ${
                event.kind === 'un' || event.kind === 'government' ? 'border-b-blue-800' : 'border-b-amber-700'
              }`}
              style={{ left: `${(left * 100).toFixed(2)}%` }}
            />
          );
        })}
      </div>
      {inRange.length > 0 && (
        <details className="mt-1 text-xs" data-testid="timeline-events">
          <summary className="cursor-pointer text-gray-900">
            {t('timeline.events', { count: inRange.length })}{' '}
            {richText(t, 'list.comma', {
              a: (
                <>
                  <span className="text-blue-800">▲</span> {t('timeline.official')}
                </>
              ),
              b: (
                <>
                  <span className="text-amber-700">▲</span> {t('timeline.other')}
                </>
              ),
            })}
          </summary>
          <ol className="mt-1 max-h-48 space-y-1 overflow-y-auto pr-1">
            {inRange.map((event) => (
              <li key={event.id} data-event={event.id}>
                <span className="font-medium tabular-nums">{date(event.date)}</span>{' '}
                <span lang={locale === 'en' ? undefined : 'en'}>
                  {event.label}. <span className="text-gray-700">{event.description}</span>
                </span>{' '}
                <a
                  href={event.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="touch-link text-blue-900 underline"
                >
                  {event.outlet}
                  <span className="sr-only"> {t('link.newTab')}</span>
                </a>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
