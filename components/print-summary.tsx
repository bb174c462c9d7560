import { describeView } from '@/lib/i18n/text';
import { serialize } from '@/lib/view/url-state';
import { useI18n } from './i18n';
import { usePrintMap, type PrintedView } from './print-map';

/**
 * What a printed page starts with, in place of the controls: the view in words, its address and its map, drawn
 * for the filters by the image export's renderer (./print-map.tsx). Until that is ready (or without it) the
 * pre-drawn map of the page stands in, and its caption says that it shows the page with no filters.
 */
export function PrintSummary(printed: PrintedView) {
  const { page, view, selection } = printed;
  const i18n = useI18n();
  const printMap = usePrintMap(printed);
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
        {serialize({ ...view, embed: false, theme: null })}
      </p>
      {printMap ? (
        <figure
          className="break-inside-avoid [&>svg]:mx-auto [&>svg]:h-auto [&>svg]:max-h-[120mm] [&>svg]:w-full"
          data-testid="print-map"
          dangerouslySetInnerHTML={{ __html: printMap }}
        />
      ) : (
        <figure className="break-inside-avoid">
          {/* eslint-disable-next-line @next/next/no-img-element -- the pre-drawn SVG map, already cached by the page */}
          <img src={page.assets.mapImage} alt="" className="mx-auto max-h-[110mm] w-full object-contain" />
          <figcaption className="text-xs text-gray-700">
            {t('print.caption')} {page.attribution}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
