import { CHANGE_CLASSES, NONE_IN_EITHER, type Comparison } from '@/lib/compare';
import { CHOROPLETH_BINS, TONE_COLOURS } from '@/lib/map-style';
import type { Sector, Tone } from '@/lib/schema';
import { TONE_LABELS } from './tone-dot';

/** What the map's colours, rings, bubbles and shading mean. */
export function Legend({
  sectors,
  defaultOpen,
  comparison = null,
}: {
  sectors: readonly Sector[];
  defaultOpen: boolean;
  /** With a comparison the shading is the change between the two periods. */
  comparison?: Pick<Comparison, 'baseline' | 'focus'> | null;
}) {
  const tones: Tone[] = ['good', 'mixed', 'bad', 'neutral'];
  return (
    <details
      open={defaultOpen}
      className="rounded-lg bg-white/95 p-2 text-xs text-gray-900 shadow"
      data-testid="legend"
    >
      <summary className="cursor-pointer font-semibold">Legend</summary>
      <div className="mt-1.5 space-y-2">
        <div>
          <p className="font-medium">Marker colour: sector</p>
          <ul className="mt-0.5 grid grid-cols-2 gap-x-3">
            {sectors.map((sector) => (
              <li key={sector.key} className="flex items-center gap-1">
                <span aria-hidden="true" className="h-3 w-3 rounded-full" style={{ backgroundColor: sector.colour }} />
                {sector.label}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-medium">Ring: tone of the reported condition</p>
          <ul className="mt-0.5 grid grid-cols-2 gap-x-3">
            {tones.map((tone) => (
              <li key={tone} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="h-3 w-3 rounded-full border-[2.5px] bg-gray-300"
                  style={{ borderColor: TONE_COLOURS[tone] }}
                />
                {TONE_LABELS[tone]}
              </li>
            ))}
          </ul>
        </div>
        <div data-testid="legend-provenance">
          <p className="font-medium">Marker style: how we know</p>
          <ul className="mt-0.5 space-y-0.5">
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="h-3 w-3 rounded-full border-2 border-gray-500 bg-gray-700" />
              Solid: the outlet&apos;s own reporting
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="h-3 w-3 rounded-full border-2 border-gray-500 bg-gray-700/35" />
              Faded: a relay or a report of others&apos; reporting
            </li>
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="h-3 w-3 rounded-full border-2 border-gray-500 bg-gray-700 outline outline-[1.5px] outline-offset-1 outline-gray-900"
              />
              Outer ring: two or more independent outlets report the same event
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
          A bubble with a number groups that many reports of one sector at or near one place; click it for the list.
          Sectors at the same place sit around it.
        </p>
        {comparison ? (
          <div data-testid="legend-change">
            <p className="font-medium">
              Shading: change in reports, {comparison.baseline.label} to {comparison.focus.label}
            </p>
            <ul className="mt-0.5 grid grid-cols-2 gap-x-2">
              {[...CHANGE_CLASSES, NONE_IN_EITHER].map((change) => (
                <li key={change.key} className="flex items-center gap-1">
                  <span
                    aria-hidden="true"
                    className="h-3 w-4 shrink-0 border border-gray-400"
                    style={{ backgroundColor: change.colour }}
                  />
                  {change.label}
                </li>
              ))}
            </ul>
            <p className="mt-0.5">Markers show the reports of {comparison.focus.label}.</p>
          </div>
        ) : (
          <div>
            <p className="font-medium">Shading: matching reports in the prefecture</p>
            <ul className="mt-0.5 flex flex-wrap gap-x-2">
              {CHOROPLETH_BINS.map((bin) => (
                <li key={bin.label} className="flex items-center gap-1">
                  <span
                    aria-hidden="true"
                    className="h-3 w-4 border border-gray-400"
                    style={{ backgroundColor: bin.colour }}
                  />
                  {bin.label}
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
          Hatched: searched, no report found (not the same as 0 under the current filters)
        </p>
        <p>Reports that name only a province get no pin: the badge on the province counts them.</p>
      </div>
    </details>
  );
}
