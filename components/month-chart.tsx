'use client';

import { ChartAxis } from './chart-axis';
import { useState } from 'react';
import { joinList } from '@/lib/i18n/text';
import type { MonthBars } from '@/lib/view/months';
import type { SectorTerm } from '@/lib/data/page-data';
import { useI18n } from './i18n';

// components/time-filter.tsx's MonthChartFrame holds this size while the chart loads: change both together.
const WIDTH = 320;
const HEIGHT = 56;
const PLOT = { left: 22, right: 4, top: 4, bottom: 14 };

/**
 * The window's reports per month, under the year bars when the window is three years or less. Click a month to
 * narrow the window to it; the From/To month pickers are the keyboard way to the same. Reports dated only to a
 * year are counted apart, never spread over months.
 */
export function MonthChart({
  bars,
  sectors,
  onSelectMonth,
}: {
  bars: MonthBars;
  sectors: readonly SectorTerm[];
  onSelectMonth: (month: string) => void;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const [hovered, setHovered] = useState<string | null>(null);
  const { months } = bars;
  const max = Math.max(1, ...months.map((month) => month.count));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const barWidth = plotWidth / Math.max(1, months.length);
  const shown = months.find((month) => month.month === hovered);
  const describe = (month: (typeof months)[number]) => {
    const parts = sectors
      .filter((sector) => (month.bySector[sector.key] ?? 0) > 0)
      .map((sector) => t('time.sectorCount', { sector: sector.label, count: month.bySector[sector.key] ?? 0 }));
    const summary = t('month.summary', { month: date(month.month), total: t('count.reports', { count: month.count }) });
    return parts.length > 0 ? t('time.yearSectors', { summary, sectors: joinList(i18n, parts, 'comma') }) : summary;
  };
  const withReports = months.filter((month) => month.count > 0);
  return (
    <div className="relative mt-1" data-testid="month-chart">
      <p className="text-xs text-gray-700">
        {t('month.heading')}
        {bars.spanning > 0 && ` ${t('month.spanning', { reports: t('count.reports', { count: bars.spanning }) })}`}
      </p>
      <p className="sr-only">
        {withReports.length === 0
          ? t('month.none')
          : t('month.withReports', { months: joinList(i18n, withReports.map(describe), 'semicolon') })}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full select-none" aria-hidden="true">
        <ChartAxis width={WIDTH} height={HEIGHT} plot={PLOT} max={max} />
        {months.map((month, index) => {
          const height = month.count === 0 ? 1 : Math.max(3, (month.count / max) * plotHeight);
          return (
            <rect
              key={month.month}
              data-month={month.month}
              x={PLOT.left + index * barWidth + 0.5}
              y={HEIGHT - PLOT.bottom - height}
              width={Math.max(1, barWidth - 1)}
              height={height}
              rx="1"
              className={`cursor-pointer fill-gray-700 ${hovered === month.month ? 'stroke-gray-900' : ''}`}
              onPointerEnter={() => setHovered(month.month)}
              onPointerLeave={() => setHovered(null)}
              onClick={() => onSelectMonth(month.month)}
            />
          );
        })}
        {months
          .map((month, index) => ({ month, index }))
          .filter(({ month }) => month.month.endsWith('-01'))
          .map(({ month, index }) => (
            <text
              key={month.month}
              x={PLOT.left + index * barWidth}
              y={HEIGHT - 3}
              fontSize="8"
              textAnchor="start"
              className="fill-gray-700"
            >
              {month.month.slice(0, 4)}
            </text>
          ))}
      </svg>
      {shown && (
        <p
          role="status"
          className="pointer-events-none absolute -top-1 right-0 max-w-[90%] -translate-y-full rounded bg-gray-900/90 px-2 py-1 text-xs text-white"
        >
          {describe(shown)}
        </p>
      )}
    </div>
  );
}
