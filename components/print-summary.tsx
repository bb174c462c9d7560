import type { PageData } from '@/lib/page-data';
import type { Selection } from '@/lib/selection';
import { serialize, type ViewState } from '@/lib/url-state';

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
  const heading = selection?.heading ?? page.initial.heading;
  return (
    <section className="hidden space-y-2 p-3 print:block" aria-hidden="true" data-testid="print-summary">
      <p className="text-sm">
        <strong>View:</strong> {heading}
        {selection ? `: ${selection.total} reports` : ''}
      </p>
      <p className="break-all text-xs">
        <strong>Address:</strong> {page.siteUrl}
        {serialize({ ...view, embed: false })}
      </p>
      <figure className="break-inside-avoid">
        {/* eslint-disable-next-line @next/next/no-img-element -- the pre-drawn SVG map, already cached by the page */}
        <img src={page.assets.mapImage} alt="" className="mx-auto max-h-[110mm] w-full object-contain" />
        <figcaption className="text-xs text-gray-700">
          Static map: reports per prefecture for this page with no filters; hatched prefectures were searched with no
          report found. {page.attribution}
        </figcaption>
      </figure>
    </section>
  );
}
