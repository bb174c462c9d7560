'use client';

import { ChartAxis } from './chart-axis';
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { joinList } from '@/lib/i18n/text';
import type { SectorTerm } from '@/lib/data/page-data';
import type { TimelineEvent } from '@/lib/data/schema';
import type { YearCount } from '@/lib/view/selection';
import type { Period } from '@/lib/view/view-state';
import { useI18n } from './i18n';
import { eventsIn, TimelineMarks } from './timeline-marks';

type TimeChartProps = {
  years: readonly YearCount[];
  sectors: readonly SectorTerm[];
  events: readonly TimelineEvent[];
  from: string | null;
  to: string | null;
  /** The comparison's baseline, drawn in its own colour; null when not comparing. */
  baseline?: Period | null;
  /** A new window (years); null ends mean open. */
  onChange: (from: string | null, to: string | null) => void;
};

const WIDTH = 320;
const HEIGHT = 96;
const PLOT = { left: 22, right: 4, top: 6, bottom: 16 };

/** The baseline's bars: amber, apart from the focus window's dark grey and the rest's light grey. */
export const BASELINE_COLOUR = '#b7791f';

function inPeriod(year: number, period: Period): boolean {
  return year >= Number(period.from.slice(0, 4)) && year <= Number(period.to.slice(0, 4));
}

function yearOfPeriod(period: string | null, fallback: number): number {
  return period === null ? fallback : Number(period.slice(0, 4));
}

/**
 * Reports per year as bars with axes: hover or focus says the counts by sector; click a bar for that year, drag
 * across bars for a window. Two sliders are the accessible control (arrows move an end, Shift+arrows the window);
 * dated events are marks under the axis.
 */
export function TimeChart({ years, sectors, events, from, to, baseline = null, onChange }: TimeChartProps) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const first = years[0]?.year ?? 2000;
  const last = years[years.length - 1]?.year ?? first;
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [draft, setDraft] = useState<{ start: number; end: number } | null>(null);

  const start = draft?.start ?? drag?.start ?? yearOfPeriod(from, first);
  const end = draft?.end ?? drag?.end ?? yearOfPeriod(to, last);
  const [low, high] = start <= end ? [start, end] : [end, start];
  const max = Math.max(1, ...years.map((year) => year.count));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const barWidth = plotWidth / Math.max(1, years.length);
  const x = (year: number) => PLOT.left + (year - first) * barWidth;
  // First, last and every fifth year, leaving out a fifth year too close to either end to keep labels apart.
  const ticks = years
    .map((year) => year.year)
    .filter((year) => year === first || year === last || (year % 5 === 0 && year - first > 2 && last - year > 2));

  const commit = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    onChange(lo === first && hi === last ? null : String(lo), lo === first && hi === last ? null : String(hi));
  };
  const yearAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const svgX = ((event.clientX - box.left) / box.width) * WIDTH;
    return Math.min(last, Math.max(first, first + Math.floor((svgX - PLOT.left) / barWidth)));
  };
  const describe = (year: YearCount) => {
    const parts = sectors
      .filter((sector) => (year.bySector[sector.key] ?? 0) > 0)
      .map((sector) => t('time.sectorCount', { sector: sector.label, count: year.bySector[sector.key] ?? 0 }));
    const total = year.inWindow ? t('count.reports', { count: year.count }) : t('time.outside', { count: year.count });
    // Event labels are our English words, like the report summaries.
    const happened = eventsIn(events, year.year).map((event) => event.label);
    let summary = t('time.yearSummary', { year: String(year.year), total });
    if (parts.length > 0) summary = t('time.yearSectors', { summary, sectors: joinList(i18n, parts, 'comma') });
    if (year.uncertain > 0) summary = t('time.yearUncertain', { summary, count: year.uncertain });
    if (happened.length > 0) summary = t('time.yearEvents', { summary, events: joinList(i18n, happened, 'semicolon') });
    return summary;
  };
  const shown = years.find((year) => year.year === hovered);

  const onSliderKey = (which: 'start' | 'end') => (event: KeyboardEvent<HTMLInputElement>) => {
    if (!event.shiftKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    // Shift+arrows move the whole window, keeping its length.
    event.preventDefault();
    const step = event.key === 'ArrowLeft' ? -1 : 1;
    if (low + step < first || high + step > last) return;
    commit(low + step, high + step);
    setHovered(which === 'start' ? low + step : high + step);
  };

  return (
    <div role="group" aria-labelledby="time-chart-label" data-testid="time-chart" className="max-w-md">
      <p id="time-chart-label" className="sr-only">
        {t('time.chartLabel')}
      </p>
      <div className="relative">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="w-full touch-none select-none"
          aria-hidden="true"
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            const year = yearAt(event);
            setDrag({ start: year, end: year });
          }}
          onPointerMove={(event) => {
            const year = yearAt(event);
            setHovered(year);
            if (drag) setDrag({ ...drag, end: year });
          }}
          onPointerUp={() => {
            if (drag) commit(drag.start, drag.end);
            setDrag(null);
          }}
          onPointerLeave={() => setHovered(null)}
        >
          <defs>
            <pattern
              id="uncertain-hatch"
              width="3"
              height="3"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="1.5" height="3" className="fill-white" fillOpacity="0.7" />
            </pattern>
          </defs>
          <ChartAxis width={WIDTH} height={HEIGHT} plot={PLOT} max={max} />
          <text x={PLOT.left - 3} y={HEIGHT - PLOT.bottom} fontSize="8" textAnchor="end" className="fill-gray-700">
            0
          </text>
          {years.map((year) => {
            const height = year.count === 0 ? 1 : Math.max(3, (year.count / max) * plotHeight);
            const selected = year.year >= low && year.year <= high;
            const inBaseline = baseline !== null && inPeriod(year.year, baseline);
            // The top of a bar, hatched, holds its reports dated by a range that may fall in another year.
            const uncertain = year.count === 0 ? 0 : (year.uncertain / year.count) * height;
            return (
              <g key={year.year}>
                <rect
                  x={x(year.year) + 0.5}
                  y={HEIGHT - PLOT.bottom - height}
                  width={Math.max(1, barWidth - 1)}
                  height={height}
                  rx="1"
                  // Palette classes, so the bars follow the theme (app/globals.css); the baseline's amber reads on both.
                  className={`${selected ? 'fill-gray-700' : inBaseline ? '' : 'fill-gray-300'} ${hovered === year.year ? 'stroke-gray-900' : ''}`}
                  fill={inBaseline && !selected ? BASELINE_COLOUR : undefined}
                />
                {uncertain > 0 && (
                  <rect
                    x={x(year.year) + 0.5}
                    y={HEIGHT - PLOT.bottom - height}
                    width={Math.max(1, barWidth - 1)}
                    height={uncertain}
                    fill="url(#uncertain-hatch)"
                    data-testid="uncertain-part"
                  />
                )}
              </g>
            );
          })}
          {ticks.map((year) => (
            <text
              key={year}
              x={x(year) + barWidth / 2}
              y={HEIGHT - 4}
              fontSize="8"
              textAnchor="middle"
              className="fill-gray-700"
            >
              {year}
            </text>
          ))}
        </svg>
        <TimelineMarks
          events={events}
          first={first}
          last={last}
          plotLeft={PLOT.left / WIDTH}
          plotRight={PLOT.right / WIDTH}
        />
        {shown && (
          <p
            role="status"
            className="pointer-events-none absolute -top-1 right-0 max-w-[90%] -translate-y-full rounded bg-gray-900/90 px-2 py-1 text-xs text-white"
            data-testid="time-tooltip"
          >
            {describe(shown)}
          </p>
        )}
      </div>
      <div className="mt-1 grid grid-cols-2 gap-x-3 text-xs text-gray-800">
        {(['start', 'end'] as const).map((which) => {
          const value = which === 'start' ? low : high;
          const year = years.find((candidate) => candidate.year === value);
          return (
            <label key={which} className="flex flex-col">
              <span>
                {which === 'start'
                  ? t('time.sliderFrom', { year: String(value) })
                  : t('time.sliderTo', { year: String(value) })}
              </span>
              <input
                type="range"
                min={first}
                max={last}
                step={1}
                value={value}
                aria-valuetext={year ? describe(year) : String(value)}
                data-time-slider={which}
                onChange={(event) => {
                  const next = Number(event.target.value);
                  setDraft(
                    which === 'start'
                      ? { start: Math.min(next, high), end: high }
                      : { start: low, end: Math.max(next, low) },
                  );
                  setHovered(next);
                }}
                onKeyDown={onSliderKey(which)}
                onPointerUp={() => {
                  if (draft) commit(draft.start, draft.end);
                  setDraft(null);
                }}
                onKeyUp={(event) => {
                  if (draft && !event.shiftKey) commit(draft.start, draft.end);
                  setDraft(null);
                }}
                onFocus={() => setHovered(value)}
                onBlur={() => {
                  if (draft) commit(draft.start, draft.end);
                  setDraft(null);
                  setHovered(null);
                }}
                className="w-full accent-gray-800"
              />
            </label>
          );
        })}
      </div>
      {(from !== null || to !== null) && (
        <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-gray-700">
          <span>
            <span aria-hidden="true" className="mr-1 inline-block h-2 w-2 bg-gray-700" />
            {t('time.window', {
              from: from ? date(from) : t('time.windowStart'),
              to: to ? date(to) : t('time.windowLatest'),
            })}
          </span>
          {baseline && (
            <span data-testid="baseline-key">
              <span
                aria-hidden="true"
                className="mr-1 inline-block h-2 w-2"
                style={{ backgroundColor: BASELINE_COLOUR }}
              />
              {t('time.baseline', { from: date(baseline.from), to: date(baseline.to) })}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
