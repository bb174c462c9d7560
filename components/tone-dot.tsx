import { TONE_COLOURS } from '@/lib/map/colours';
import type { Tone } from '@/lib/data/schema';

/** A ring in the tone's colour, as markers draw it. */
export function ToneDot({ tone }: { tone: Tone }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3 w-3 shrink-0 rounded-full border-[2.5px] bg-white"
      style={{ borderColor: TONE_COLOURS[tone] }}
    />
  );
}
