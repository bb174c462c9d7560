import { changeColours } from '@/lib/view/change-bins';
import type { Comparison } from '@/lib/view/compare';
import { changeLabel, periodLabel } from '@/lib/i18n/compare-text';
import { choroplethBins, TONE_COLOURS } from '@/lib/map/colours';
import type { SectorTerm } from '@/lib/data/page-data';
import type { Tone } from '@/lib/data/schema';
import { useI18n } from './i18n';
import { useTheme } from './theme';

/** What the map's colours, rings, bubbles and shading mean. */
export function Legend({
  sectors,
  defaultOpen,
  comparison = null,
  onOpenChange,
}: {
  sectors: readonly SectorTerm[];
  defaultOpen: boolean;
  /** With a comparison the shading is the change between the two periods. */
  comparison?: Pick<Comparison, 'baseline' | 'focus' | 'scale'> | null;
  /** Told when the reader opens or closes it (the map fits its frames beside an open legend). */
  onOpenChange?: (open: boolean) => void;
}) {
  const i18n = useI18n();
  // The swatches are the map's colours in the theme shown.
  const theme = useTheme();
  const bins = choroplethBins(theme);
  const changeColour = changeColours(theme);
  const { t } = i18n;
  const tones: Tone[] = ['good', 'mixed', 'bad', 'neutral'];
  return (
    <details
      open={defaultOpen}
      onToggle={(event) => onOpenChange?.(event.currentTarget.open)}
      className="rounded-lg bg-white/95 p-2 text-xs text-gray-900 shadow"
      data-testid="legend"
    >
      <summary className="cursor-pointer font-semibold coarse:-m-2 coarse:px-2">{t('legend.heading')}</summary>
      <div className="mt-1.5 space-y-2">
        <div>
          <p className="font-medium">{t('legend.sectorColour')}</p>
          <ul className="mt-0.5 grid grid-cols-2 gap-x-3">
            {sectors
              .filter((sector) => !sector.neutral)
              .map((sector) => (
                <li key={sector.key} className="flex items-center gap-1">
                  <span
                    aria-hidden="true"
                    className="h-3 w-3 rounded-full dark:ring-1 dark:ring-gray-500"
                    style={{ backgroundColor: sector.colour }}
                  />
                  {sector.label}
                </li>
              ))}
          </ul>
          {/* "Sector not stated" is no kind of work: a line of its own, in its pale grey with the map's grey outline. */}
          {sectors
            .filter((sector) => sector.neutral)
            .map((sector) => (
              <p key={sector.key} className="mt-0.5 flex items-center gap-1" data-testid="legend-neutral-sector">
                <span
                  aria-hidden="true"
                  className="h-3 w-3 rounded-full border border-gray-500"
                  style={{ backgroundColor: sector.colour }}
                />
                {sector.label}
              </p>
            ))}
        </div>
        <div>
          <p className="font-medium">{t('legend.toneRing')}</p>
          <ul className="mt-0.5 grid grid-cols-2 gap-x-3">
            {tones.map((tone) => (
              <li key={tone} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="h-3 w-3 rounded-full border-[2.5px] bg-gray-300"
                  style={{ borderColor: TONE_COLOURS[tone] }}
                />
                {t(`tone.${tone}`)}
              </li>
            ))}
          </ul>
        </div>
        <div data-testid="legend-provenance">
          <p className="font-medium">{t('legend.provenance')}</p>
          <ul className="mt-0.5 space-y-0.5">
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="h-3 w-3 rounded-full border-2 border-gray-500 bg-gray-700" />
              {t('legend.solid')}
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="h-3 w-3 rounded-full border-2 border-gray-500 bg-gray-700/35" />
              {t('legend.faded')}
            </li>
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="h-3 w-3 rounded-full border-2 border-gray-500 bg-gray-700 outline outline-[1.5px] outline-offset-1 outline-gray-900"
              />
              {t('legend.corroborated')}
            </li>
          </ul>
        </div>
        <p>
          <span
            aria-hidden="true"
            className="mr-1 inline-flex h-4 w-4 items-center justify-center rounded-full bg-gray-700 text-[9px] font-semibold text-white"
          >
            5
          </span>
          {t('legend.bubble')}
        </p>
        {comparison ? (
          <div data-testid="legend-change">
            <p className="font-medium">
              {t('legend.changeTitle', {
                baseline: periodLabel(i18n, comparison.baseline.period),
                focus: periodLabel(i18n, comparison.focus.period),
              })}
            </p>
            {/* Column by column: fewer down to "No change" on the left, more up to "None in either period" on the right. */}
            <ul
              className="mt-0.5 grid grid-flow-col grid-cols-2 gap-x-2"
              style={{ gridTemplateRows: `repeat(${(comparison.scale.bins.length + 1) / 2}, auto)` }}
            >
              {[...comparison.scale.bins, { key: 'none' as const, from: 0, to: 0 }].map((change) => (
                <li key={change.key} className="flex items-center gap-1" data-change={change.key}>
                  <span
                    aria-hidden="true"
                    className="h-3 w-4 shrink-0 border border-gray-400"
                    style={{ backgroundColor: changeColour[change.key] }}
                  />
                  {changeLabel(i18n, change)}
                </li>
              ))}
            </ul>
            <p className="mt-0.5">{t('legend.changeMarkers', { focus: periodLabel(i18n, comparison.focus.period) })}</p>
          </div>
        ) : (
          <div>
            <p className="font-medium">{t('legend.shading')}</p>
            <ul className="mt-0.5 flex flex-wrap gap-x-2">
              {bins.map((bin, index) => (
                <li key={bin.label} className="flex items-center gap-1">
                  <span
                    aria-hidden="true"
                    className="h-3 w-4 border border-gray-400"
                    style={{ backgroundColor: bin.colour }}
                  />
                  {index === bins.length - 1 ? t('legend.binOrMore', { count: bin.min }) : bin.label}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="h-3 w-4 shrink-0 border border-gray-400 bg-[repeating-linear-gradient(45deg,#9ca3af_0_1px,transparent_1px_5px)]"
          />
          {t('legend.hatched')}
        </p>
        <p>{t('legend.provinceOnly')}</p>
      </div>
    </details>
  );
}
