import { CHOROPLETH_BINS, TONE_COLOURS } from '@/lib/map-style';
import type { Sector, Tone } from '@/lib/schema';
import { TONE_LABELS } from './tone-dot';

/** What the map's colours, rings, bubbles and shading mean. */
export function Legend({ sectors, defaultOpen }: { sectors: readonly Sector[]; defaultOpen: boolean }) {
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
        <p>Reports that name only a province get no pin: the badge on the province counts them.</p>
      </div>
    </details>
  );
}
