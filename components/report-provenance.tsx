import { independentOutlets } from '@/lib/data/provenance';
import { localePath } from '@/lib/i18n/locales';
import type { ConfidenceTerm } from '@/lib/data/page-data';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import { useI18n } from './i18n';
import { richText } from './rich-text';

/** Another record of the same event, with its relay's name once the texts have arrived. */
export type Sibling = { entry: ReportIndexEntry; via: string | undefined };

type ReportProvenanceProps = {
  report: ReportIndexEntry;
  confidence: ConfidenceTerm | undefined;
  /** What the sourcing label means; absent until the page has it. */
  description: string | undefined;
  /** Other records of the same event (same place, time and facts), from other outlets or copies. */
  siblings: readonly Sibling[];
  onOpenReport: (id: string) => void;
};

/** How we know it: the sourcing in plain words, who else reported the same happening, and the source itself. */
export function ReportProvenance({ report, confidence, description, siblings, onOpenReport }: ReportProvenanceProps) {
  const { t, locale } = useI18n();
  const outlets = independentOutlets([report, ...siblings.map((sibling) => sibling.entry)]).length;
  return (
    <div className="mt-2 space-y-1 text-xs text-gray-800" data-testid="provenance">
      <details>
        <summary className="cursor-pointer">
          {richText(t, 'provenance.sourcing', {
            label: <span className="font-medium">{confidence?.label ?? report.confidence}</span>,
          })}
          {confidence?.strength === 'secondary' ? ` ${t('confidence.secondary')}` : ''}
        </summary>
        {description && <p className="mt-0.5 text-gray-700">{description}</p>}
      </details>
      {siblings.length > 0 && (
        <p data-testid="also-reported">
          {t('provenance.alsoReported')}{' '}
          {siblings.map(({ entry: sibling, via }, index) => (
            <span key={sibling.id}>
              {index > 0 && t('punct.listSeparator')}
              <a
                href={`${localePath(locale, '/')}?report=${sibling.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenReport(sibling.id);
                }}
                className="text-blue-900 underline underline-offset-2"
                data-sibling={sibling.id}
              >
                {via ? t('provenance.via', { outlet: sibling.source.outlet, via }) : sibling.source.outlet}
              </a>
            </span>
          ))}
          {t('punct.sentenceEnd')}
          {t('provenance.outlets', { count: outlets })}
        </p>
      )}
      <p>
        <a
          href={report.source.url}
          target="_blank"
          rel="noopener noreferrer"
          className="font-medium text-blue-900 underline underline-offset-2"
        >
          {t('provenance.readSource')}
          <span aria-hidden="true"> ↗</span>
          <span className="sr-only"> {t('link.newTab')}</span>
        </a>
      </p>
    </div>
  );
}
