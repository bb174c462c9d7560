import { independentOutlets } from '@/lib/provenance';
import type { ConfidenceLabel, Report } from '@/lib/schema';

type ReportProvenanceProps = {
  report: Report;
  confidence: ConfidenceLabel | undefined;
  /** Other records of the same event (same place, time and facts), from other outlets or copies. */
  siblings: readonly Report[];
  onOpenReport: (id: string) => void;
};

/** How we know it: the sourcing in plain words, who else reported the same happening, and the source itself. */
export function ReportProvenance({ report, confidence, siblings, onOpenReport }: ReportProvenanceProps) {
  const outlets = independentOutlets([report, ...siblings]).length;
  return (
    <div className="mt-2 space-y-1 text-xs text-gray-800" data-testid="provenance">
      <details>
        <summary className="cursor-pointer">
          Sourcing: <span className="font-medium">{confidence?.label ?? report.confidence}</span>
          {confidence?.strength === 'secondary' ? ' (secondary)' : ''}
        </summary>
        {confidence && <p className="mt-0.5 text-gray-700">{confidence.description}</p>}
      </details>
      {siblings.length > 0 && (
        <p data-testid="also-reported">
          Also reported by:{' '}
          {siblings.map((sibling, index) => (
            <span key={sibling.id}>
              {index > 0 && ', '}
              <a
                href={`/?report=${sibling.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenReport(sibling.id);
                }}
                className="text-blue-900 underline underline-offset-2"
                data-sibling={sibling.id}
              >
                {sibling.source.outlet}
                {sibling.source.via ? ` via ${sibling.source.via}` : ''}
              </a>
            </span>
          ))}
          . {outlets === 1 ? 'One outlet' : `${outlets} independent outlets`} report this.
        </p>
      )}
      <p>
        <a
          href={report.source.url}
          target="_blank"
          rel="noopener noreferrer"
          className="font-medium text-blue-900 underline underline-offset-2"
        >
          Read the source<span aria-hidden="true"> ↗</span>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  );
}
