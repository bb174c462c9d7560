import { useId } from 'react';
import type { Condition, ConfidenceLabel, Place, Region, Report, Sector } from '@/lib/schema';
import { formatPartialDate, formatReportDate, languageName, placeLabel } from '@/lib/format';
import { sourceDomain } from '@/lib/provenance';
import { ReportProvenance } from './report-provenance';
import { ToneDot } from './tone-dot';

export type ReportCardContext = {
  sectorsByKey: ReadonlyMap<string, Sector>;
  conditionsByKey: ReadonlyMap<string, Condition>;
  confidenceByKey: ReadonlyMap<string, ConfidenceLabel>;
  regionsBySlug: ReadonlyMap<string, Region>;
  /** Other records of the report's event; empty until the dataset has loaded. */
  siblingsOf: (report: Report) => readonly Report[];
  onPlace: (place: Place) => void;
  onOpenReport: (id: string) => void;
  /** Opens the citation dialog for a report. */
  onCite: (report: Report) => void | Promise<void>;
};

type ReportCardProps = {
  report: Report;
  context: ReportCardContext;
  selected?: boolean;
  headingLevel?: 'h3' | 'h4';
  onOpen?: (id: string) => void;
};

/** One cited report: everything a reader needs to judge it, with a link to the source. */
export function ReportCard({
  report,
  context,
  selected = false,
  headingLevel: Heading = 'h3',
  onOpen,
}: ReportCardProps) {
  const { source } = report;
  // Cards can appear twice (the open report and the list): ids from useId stay unique.
  const titleId = useId();
  const translated = source.title !== undefined && source.title_en !== undefined && source.title_en !== source.title;
  return (
    <article
      id={`report-${report.id}`}
      data-report-id={report.id}
      aria-current={selected ? 'true' : undefined}
      className={`rounded-lg border bg-white p-3 text-sm ${selected ? 'border-blue-700 ring-2 ring-blue-700' : 'border-gray-200'}`}
    >
      <p className="flex flex-wrap gap-x-2 text-xs text-gray-700">
        <span>
          Published <time dateTime={report.published}>{formatReportDate(report)}</time>
          {report.observed && (
            <>
              , describes <time dateTime={report.observed}>{formatPartialDate(report.observed)}</time>
            </>
          )}
        </span>
        <span aria-hidden="true">·</span>
        <span className="font-medium text-gray-900">{source.outlet}</span>
        {source.language !== 'en' && <span>({languageName(source.language)})</span>}
        <span className="text-gray-600" data-testid="source-domain">
          {sourceDomain(source.url)}
        </span>
      </p>
      <Heading id={titleId} className="mt-1 text-[0.95rem] font-semibold leading-snug">
        <a
          href={source.url}
          target="_blank"
          rel="noopener noreferrer"
          className="text-blue-900 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-900"
          lang={source.title !== undefined ? source.language : 'en'}
        >
          {source.title ?? <span className="font-normal italic">Untitled (our description: {source.description})</span>}
          <span className="sr-only"> (opens the source in a new tab)</span>
        </a>
      </Heading>
      {translated && <p className="text-xs text-gray-700">“{source.title_en}”</p>}
      {source.via && <p className="mt-0.5 text-xs text-amber-900">Read via {source.via}; check the original outlet.</p>}

      <p className="sr-only">Sectors and conditions:</p>
      <ul className="mt-2 flex flex-wrap gap-1">
        {report.sectors.map((key) => {
          const sector = context.sectorsByKey.get(key);
          return (
            <li
              key={`s-${key}`}
              className="inline-flex items-center gap-1 rounded-full bg-gray-100 px-2 py-0.5 text-xs text-gray-900"
            >
              <span
                aria-hidden="true"
                className="h-2.5 w-2.5 rounded-full"
                style={{ backgroundColor: sector?.colour }}
              />
              {sector?.label ?? key}
            </li>
          );
        })}
        {report.conditions.map((key) => {
          const condition = context.conditionsByKey.get(key);
          return (
            <li
              key={`c-${key}`}
              className="inline-flex items-center gap-1 rounded-full border border-gray-300 px-2 py-0.5 text-xs text-gray-900"
            >
              {condition && <ToneDot tone={condition.tone} />}
              {condition?.label ?? key}
            </li>
          );
        })}
      </ul>

      <p className="mt-2 leading-relaxed text-gray-900">{report.summary}</p>

      {report.figures && report.figures.length > 0 && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
          {report.figures.map((figure, index) => (
            <div key={index} className="contents">
              <dt className="text-gray-700">{figure.label}</dt>
              <dd className="font-medium text-gray-900">{figure.value}</dd>
            </div>
          ))}
        </dl>
      )}

      <div className="mt-2 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-gray-700">
        <span>Places:</span>
        {report.places.map((place, index) => {
          const region = context.regionsBySlug.get(place.region);
          return (
            <button
              key={index}
              type="button"
              onClick={() => context.onPlace(place)}
              className="inline-flex min-h-6 items-center text-blue-900 underline underline-offset-2"
              data-place={place.name ?? place.region}
            >
              {placeLabel(place, region?.name_en ?? place.region)}
            </button>
          );
        })}
      </div>
      <ReportProvenance
        report={report}
        confidence={context.confidenceByKey.get(report.confidence)}
        siblings={context.siblingsOf(report)}
        onOpenReport={context.onOpenReport}
      />
      {report.notes && (
        <details className="mt-1 text-xs text-gray-700">
          <summary className="cursor-pointer">Sourcing notes</summary>
          <p className="mt-1">{report.notes}</p>
        </details>
      )}
      <div className="mt-1 flex flex-wrap gap-x-4">
        {onOpen && !selected && (
          <button
            type="button"
            onClick={() => onOpen(report.id)}
            className="inline-flex min-h-6 items-center text-xs font-medium text-blue-900 underline"
          >
            Open this report<span className="sr-only">: {source.title_en ?? source.title ?? source.description}</span>
          </button>
        )}
        <button
          type="button"
          onClick={() => void context.onCite(report)}
          className="js-only inline-flex min-h-6 items-center text-xs font-medium text-blue-900 underline print:hidden"
          data-testid="cite-report"
          aria-describedby={titleId}
        >
          Cite
        </button>
      </div>
    </article>
  );
}
