import { describeView } from '@/lib/i18n/text';
import type { PageData } from '@/lib/data/page-data';
import type { Selection } from '@/lib/view/selection';
import { type ViewState } from '@/lib/view/view-state';
import { serialize } from '@/lib/view/url-state';
import { useI18n } from './i18n';

/**
 * What a printed page starts with, in place of the controls: the static map, the view in words and its address.
 * The pre-drawn map shades every report of the page (the filters apply to the list under it): said in the caption.
 */
export function PrintSummary({
  page,
  view,
  selection,
}: {
  page: PageData;
  view: ViewState;
  selection: Selection | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const region = page.regions.find((candidate) => candidate.slug === view.region) ?? null;
  const heading = describeView(i18n, view, page, region);
  return (
    <section className="hidden space-y-2 p-3 print:block" aria-hidden="true" data-testid="print-summary">
      <p className="text-sm">
        <strong>{t('print.view')}</strong> {heading}
        {selection ? `${t('punct.colon')}${t('count.reports', { count: selection.total })}` : ''}
      </p>
      <p className="break-all text-xs">
        <strong>{t('print.address')}</strong> {page.siteUrl}
        {serialize({ ...view, embed: false })}
      </p>
      <figure className="break-inside-avoid">
        {/* eslint-disable-next-line @next/next/no-img-element -- the pre-drawn SVG map, already cached by the page */}
        <img src={page.assets.mapImage} alt="" className="mx-auto max-h-[110mm] w-full object-contain" />
        <figcaption className="text-xs text-gray-700">
          {t('print.caption')} {page.attribution}
        </figcaption>
      </figure>
    </section>
  );
}
