import type { Condition, Region, Search, Sector, TimelineEvent } from '@/lib/schema';
import { languageName } from '@/lib/format';
import type { Selection } from '@/lib/selection';
import { formatPartialDate, formatReportDate } from '@/lib/format';
import { ToneDot } from './tone-dot';

type RegionSummaryProps = {
  region: Region;
  sectors: readonly Sector[];
  conditionsByKey: ReadonlyMap<string, Condition>;
  /** Null while the reports load for a filtered view. */
  selection: Selection | null;
  /** The searches made where no report was found at all; null for a region with reports. */
  searches: readonly Search[] | null;
  /** Timeline events that name this region. */
  events: readonly TimelineEvent[];
  onClose: () => void;
};

/** A region's names in three languages, its counts by sector and the latest reported condition per sector. */
export function RegionSummary({
  region,
  sectors,
  conditionsByKey,
  selection,
  searches,
  events,
  onClose,
}: RegionSummaryProps) {
  const here = events.filter((event) => event.places?.includes(region.slug));
  const sectorCounts = selection?.listedBySector ?? {};
  const present = sectors.filter((sector) => (sectorCounts[sector.key] ?? 0) > 0);
  return (
    <section
      aria-labelledby="region-heading"
      data-testid="region-summary"
      className="rounded-lg border border-gray-200 bg-gray-50 p-3"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="region-heading" className="text-lg font-semibold leading-tight">
          {region.name_en}{' '}
          <span lang="zh-Hans" className="font-normal">
            {region.name_zh}
          </span>{' '}
          <span lang="ko" className="font-normal">
            {region.name_ko}
          </span>
          {region.name_ko_alt && (
            <span lang="ko" className="ml-1 text-sm font-normal text-gray-700">
              (also {region.name_ko_alt.join(', ')})
            </span>
          )}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="shrink-0 rounded px-2 py-0.5 text-sm text-blue-900 underline"
        >
          Both provinces
        </button>
      </div>
      <p className="text-xs text-gray-700">
        {region.level === 'province'
          ? 'Province'
          : `Prefecture-level region of ${region.province === 'liaoning' ? 'Liaoning' : 'Jilin'}`}{' '}
        · <span lang="zh-Hans">{region.name_zh_full}</span> · GB/T 2260 {region.code}
      </p>
      {searches ? (
        <div
          className="mt-2 rounded border border-dashed border-gray-500 bg-white p-2 text-sm"
          data-testid="none-found"
        >
          <p className="font-medium">No report found (searched {searches.length} times).</p>
          <p className="text-xs text-gray-700">Nothing found is not the same as nothing there. The searches:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-gray-800">
            {searches.map((search, index) => (
              <li key={index}>
                <span lang={search.language}>{search.query}</span> ({languageName(search.language)}, {search.date})
              </li>
            ))}
          </ul>
        </div>
      ) : selection === null ? null : present.length === 0 ? (
        <p className="mt-2 text-sm text-gray-800">No report matches the current filters here.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Reports by sector, with the latest reported condition</caption>
          <thead>
            <tr className="text-xs text-gray-700">
              <th scope="col" className="font-medium">
                Sector
              </th>
              <th scope="col" className="pr-2 font-medium">
                Reports
              </th>
              <th scope="col" className="font-medium">
                Latest condition
              </th>
            </tr>
          </thead>
          <tbody>
            {present.map((sector) => {
              const report = selection?.latest[sector.key];
              const conditions =
                report?.conditions
                  .map((key) => conditionsByKey.get(key))
                  .filter((condition) => condition !== undefined) ?? [];
              return (
                <tr key={sector.key} className="border-t border-gray-200 align-top">
                  <th scope="row" className="py-1 pr-2 font-normal">
                    <span className="inline-flex items-center gap-1.5">
                      <span
                        aria-hidden="true"
                        className="h-2.5 w-2.5 rounded-full"
                        style={{ backgroundColor: sector.colour }}
                      />
                      {sector.label}
                    </span>
                  </th>
                  <td className="py-1 pr-2 tabular-nums">{sectorCounts[sector.key]}</td>
                  <td className="py-1">
                    {conditions.map((condition) => (
                      <span key={condition.key} className="mr-1.5 inline-flex items-center gap-1">
                        <ToneDot tone={condition.tone} />
                        {condition.label}
                      </span>
                    ))}
                    {report && <span className="text-xs text-gray-700">({formatReportDate(report)})</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {here.length > 0 && (
        <div className="mt-2 text-xs" data-testid="region-events">
          <h3 className="font-semibold text-gray-900">Events here</h3>
          <ol className="mt-0.5 space-y-0.5">
            {here.map((event) => (
              <li key={event.id}>
                <span className="tabular-nums text-gray-700">{formatPartialDate(event.date)}</span>{' '}
                <a href={event.url} target="_blank" rel="noopener noreferrer" className="text-blue-900 underline">
                  {event.label}
                </a>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
