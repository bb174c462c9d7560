'use client';

import { useState } from 'react';
import { formatPartialDate } from '@/lib/format';
import type { TimelineEvent } from '@/lib/schema';

type TimelineMarksProps = {
  events: readonly TimelineEvent[];
  first: number;
  last: number;
  /** The plot's margins as fractions of the chart's width, so marks line up with the bars. */
  plotLeft: number;
  plotRight: number;
};

/** Where in its year a partial date falls: mid-year for a year, mid-month for a month. */
function yearFraction(date: string): number {
  const [year = '0', month, day] = date.split('-');
  if (month === undefined) return Number(year) + 0.5;
  return Number(year) + (Number(month) - 1) / 12 + (day === undefined ? 0.5 : Number(day) / 31) / 12;
}

/**
 * Dated events under the time axis: each a button (hover, focus or click shows what happened and its source),
 * so the context of a spike or a gap is one step away, by mouse or keyboard.
 */
export function TimelineMarks({ events, first, last, plotLeft, plotRight }: TimelineMarksProps) {
  const [active, setActive] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const shown = events.find((event) => event.id === (active ?? pinned));
  const span = last - first + 1;
  const inRange = events.filter((event) => {
    const value = yearFraction(event.date);
    return value >= first && value < last + 1;
  });
  return (
    <div data-testid="timeline-marks">
      <div className="relative h-4" aria-label="Events" role="group">
        {inRange.map((event) => {
          const left = plotLeft + ((yearFraction(event.date) - first) / span) * (1 - plotLeft - plotRight);
          return (
            <button
              key={event.id}
              type="button"
              data-event={event.id}
              aria-label={`${formatPartialDate(event.date)}: ${event.label}`}
              aria-expanded={pinned === event.id}
              onClick={() => setPinned((current) => (current === event.id ? null : event.id))}
              onMouseEnter={() => setActive(event.id)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(event.id)}
              onBlur={() => setActive(null)}
              className="absolute top-0 h-4 w-3 -translate-x-1/2 p-0 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
              style={{ left: `${(left * 100).toFixed(2)}%` }}
            >
              <span
                aria-hidden="true"
                className={`mx-auto block h-0 w-0 border-x-[5px] border-b-[8px] border-x-transparent ${
                  event.kind === 'un' || event.kind === 'government' ? 'border-b-blue-800' : 'border-b-amber-700'
                }`}
              />
            </button>
          );
        })}
      </div>
      {shown && (
        <div
          className="mt-1 rounded border border-gray-300 bg-white p-2 text-xs text-gray-900"
          data-testid="event-details"
        >
          <p className="font-semibold">
            {formatPartialDate(shown.date)}: {shown.label}
          </p>
          <p className="mt-0.5">{shown.description}</p>
          <a href={shown.url} target="_blank" rel="noopener noreferrer" className="text-blue-900 underline">
            Source: {shown.outlet}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </div>
      )}
    </div>
  );
}
