import type { FacetCount } from '@/lib/view/selection';
import { useI18n } from './i18n';

/** A filter value's number: how many shown reports carry it, or ("+3") how many switching it on would add. */
export function FacetNumber({ facet, inverted = false }: { facet: FacetCount; inverted?: boolean }) {
  const { t, number } = useI18n();
  return (
    <>
      <span className={`tabular-nums ${inverted ? 'text-gray-200' : 'text-gray-600'}`}>
        {facet.on ? number(facet.count) : `+${number(facet.count)}`}
      </span>
      <span className="sr-only">
        {' '}
        {facet.on ? t('facet.shown', { count: facet.count }) : t('facet.adds', { count: facet.count })}
      </span>
    </>
  );
}
