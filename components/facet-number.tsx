import type { FacetCount } from '@/lib/view/selection';
import { useI18n } from './i18n';

/** A filter value's number: the reports carrying it under the other filters (what choosing it alone shows). */
export function FacetNumber({ facet, inverted = false }: { facet: FacetCount; inverted?: boolean }) {
  const { t, number } = useI18n();
  return (
    <>
      <span className={`tabular-nums ${inverted ? 'text-gray-200' : 'text-gray-600'}`}>{number(facet.count)}</span>
      <span className="sr-only"> {t('facet.reports', { count: facet.count })}</span>
    </>
  );
}
