import type { FacetCount } from '@/lib/selection';

/** A filter value's number: how many shown reports carry it, or ("+3") how many switching it on would add. */
export function FacetNumber({ facet, inverted = false }: { facet: FacetCount; inverted?: boolean }) {
  const noun = facet.count === 1 ? 'report' : 'reports';
  return (
    <>
      <span className={`tabular-nums ${inverted ? 'text-gray-200' : 'text-gray-600'}`}>
        {facet.on ? facet.count : `+${facet.count}`}
      </span>
      <span className="sr-only">{facet.on ? ` ${noun} shown` : ` more ${noun} if switched on`}</span>
    </>
  );
}
