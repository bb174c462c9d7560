import { relayName } from '@/lib/i18n/relay';
import type { ReactNode } from 'react';
import { independentAccounts, independentOutlets, outletKey } from '@/lib/data/provenance';
import { localePath } from '@/lib/i18n/locales';
import type { ConfidenceTerm } from '@/lib/data/page-data';
import type { ReportIndexEntry } from '@/lib/data/report-index';
import { useI18n } from './i18n';
import { richText } from './rich-text';

/** Another record of the same event, with its relay's name once the texts have arrived. */
export type Sibling = { entry: ReportIndexEntry; via: string | undefined };

type ReportProvenanceProps = {
  report: ReportIndexEntry;
  /** The source's address, once the texts (which carry it) are here. */
  sourceUrl: string | undefined;
  confidence: ConfidenceTerm | undefined;
  /** What the sourcing label means; absent until the page has it. */
  description: string | undefined;
  /** Other records of the same event (same place, time and facts), from other outlets or copies. */
  siblings: readonly Sibling[];
  /** Every record known so far by id, to follow `derived_from` beyond the event (the original's outlet, chains). */
  reportsById: ReadonlyMap<string, ReportIndexEntry>;
  onOpenReport: (id: string) => void;
};

const linkClass = 'touch-link text-blue-900 underline underline-offset-2';

/** How we know it: the sourcing in plain words, what it passes on, who else reported the same happening, the source. */
export function ReportProvenance({
  report,
  sourceUrl,
  confidence,
  description,
  siblings,
  reportsById,
  onOpenReport,
}: ReportProvenanceProps) {
  const { t, locale } = useI18n();
  const group = [report, ...siblings.map((sibling) => sibling.entry)];
  const outlets = independentOutlets(group).length;
  const accounts = independentAccounts(group, reportsById);
  const openReport = (id: string, label: ReactNode, attributes: Record<string, string>) => (
    <a
      href={`${localePath(locale, '/')}?report=${id}`}
      onClick={(event) => {
        event.preventDefault();
        onOpenReport(id);
      }}
      className={linkClass}
      {...attributes}
    >
      {label}
    </a>
  );
  const original = passesOn(report, reportsById, openReport, t('link.newTab'));
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
      {original && <p data-testid="passes-on">{richText(t, 'provenance.passesOn', { original })}</p>}
      {siblings.length > 0 && (
        <p data-testid="also-reported" data-outlets={outlets} data-accounts={accounts.length}>
          {t('provenance.alsoReported')}{' '}
          {siblings.map(({ entry: sibling, via }, index) => (
            <span key={sibling.id}>
              {index > 0 && t('punct.listSeparator')}
              {openReport(
                sibling.id,
                via
                  ? t('provenance.via', { outlet: sibling.source.outlet, via: relayName(via, locale) })
                  : sibling.source.outlet,
                { 'data-sibling': sibling.id },
              )}
            </span>
          ))}
          {t('punct.sentenceEnd')}
          {t('provenance.sources', {
            outlets: t('count.outlets', { count: outlets }),
            accounts: t('count.accounts', { count: accounts.length }),
            names: accounts.map((account) => account.name).join(t('punct.listSeparator')),
          })}
        </p>
      )}
      {sourceUrl !== undefined && (
        <p>
          <a
            href={sourceUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="touch-link font-medium text-blue-900 underline underline-offset-2"
          >
            {t('provenance.readSource')}
            <span aria-hidden="true"> ↗</span>
            <span className="sr-only"> {t('link.newTab')}</span>
          </a>
        </p>
      )}
    </div>
  );
}

/**
 * What the record passes on: the original record's card (named by its outlet), or an outside original's outlet,
 * linked where the relay names its address. Nothing when the record passes on nothing, or only its own outlet's
 * report (a relay page of the outlet, which the card's "via" line already names).
 */
function passesOn(
  report: ReportIndexEntry,
  reportsById: ReadonlyMap<string, ReportIndexEntry>,
  openReport: (id: string, label: ReactNode, attributes: Record<string, string>) => ReactNode,
  newTab: string,
): ReactNode {
  const from = report.derived_from;
  if (from === undefined) return null;
  if (typeof from === 'string')
    return openReport(from, reportsById.get(from)?.source.outlet ?? from, { 'data-derived-from': from });
  if (outletKey(from.outlet) === outletKey(report.source.outlet)) return null;
  if (from.url === undefined) return from.outlet;
  return (
    <a href={from.url} target="_blank" rel="noopener noreferrer" className={linkClass}>
      {from.outlet}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> {newTab}</span>
    </a>
  );
}
