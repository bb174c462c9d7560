import { relayName } from '@/lib/i18n/relay';
import type { ReactNode } from 'react';
import { getDataset } from '@/lib/data/dataset';
import { independentAccounts, independentOutlets, outletKey } from '@/lib/data/provenance';
import type { Report } from '@/lib/data/schema';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { formatPartialDate } from '@/lib/i18n/dates';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { localizedVocabularies } from '@/lib/i18n/vocabulary';
import { eventSiblings, sameArticle } from '@/lib/export/report-page';
import { reportPath } from '@/lib/export/site';
import { richText } from './rich-text';

const LINK = 'text-blue-900 underline underline-offset-2';

/**
 * How we know: the sourcing in plain words, what the record passes on, who else reported the same happening
 * (counted as independent accounts, lib/data/provenance.ts), the other records split from the same article, our
 * notes, when we checked, and the source. Each record it names links to that record's page.
 */
export function ReportPageProvenance({ report, locale }: { report: Report; locale: Locale }) {
  const { reports } = getDataset();
  const { ui, site } = serverTranslators(locale);
  const english = locale === 'en' ? undefined : 'en';
  const byId = new Map(reports.map((record) => [record.id, record]));
  const confidence = localizedVocabularies(locale).confidence.find((label) => label.key === report.confidence);
  const siblings = eventSiblings(report, reports);
  const group = [report, ...siblings];
  const accounts = independentAccounts(group, byId);
  const outlets = independentOutlets(group).length;
  const article = sameArticle(report, reports);
  const recordLink = (id: string, label: ReactNode) => (
    <a href={localePath(locale, reportPath(id))} className={LINK} data-record-link={id}>
      {label}
    </a>
  );
  const from = report.derived_from;
  let original: ReactNode = null;
  if (typeof from === 'string') original = recordLink(from, byId.get(from)?.source.outlet ?? from);
  else if (from !== undefined && outletKey(from.outlet) !== outletKey(report.source.outlet))
    original =
      from.url === undefined ? (
        from.outlet
      ) : (
        <a href={from.url} className={LINK} rel="noopener noreferrer">
          {from.outlet}
        </a>
      );
  return (
    <section className="space-y-2 text-sm" data-testid="provenance">
      <h2 className="text-lg font-semibold">{site('report.howHeading')}</h2>
      <p>
        {richText(ui, 'provenance.sourcing', {
          label: <span className="font-medium">{confidence?.label ?? report.confidence}</span>,
        })}
        {confidence?.strength === 'secondary' ? ` ${ui('confidence.secondary')}` : ''}
        {confidence && <span className="block text-gray-700">{confidence.description}</span>}
      </p>
      {original && <p data-testid="passes-on">{richText(ui, 'provenance.passesOn', { original })}</p>}
      {siblings.length > 0 && (
        <p data-testid="also-reported" data-outlets={outlets} data-accounts={accounts.length}>
          {ui('provenance.alsoReported')}{' '}
          {siblings.map((sibling, index) => (
            <span key={sibling.id}>
              {index > 0 && ui('punct.listSeparator')}
              {recordLink(
                sibling.id,
                sibling.source.via
                  ? ui('provenance.via', { outlet: sibling.source.outlet, via: relayName(sibling.source.via, locale) })
                  : sibling.source.outlet,
              )}
            </span>
          ))}
          {ui('punct.sentenceEnd')}
          {ui('provenance.sources', {
            outlets: ui('count.outlets', { count: outlets }),
            accounts: ui('count.accounts', { count: accounts.length }),
            names: accounts.map((account) => account.name).join(ui('punct.listSeparator')),
          })}
        </p>
      )}
      {article.length > 1 && (
        <p data-testid="same-article">
          {site('report.sameArticle', { count: article.length })}{' '}
          {article.map((record, index) => (
            <span key={record.id}>
              {index > 0 && ui('punct.listSeparator')}
              {record.id === report.id ? (
                <span className="font-medium">{record.id}</span>
              ) : (
                recordLink(record.id, record.id)
              )}
            </span>
          ))}
        </p>
      )}
      {report.notes && (
        <>
          <h3 className="font-semibold">{ui('card.sourcingNotes')}</h3>
          <p lang={english}>{report.notes}</p>
        </>
      )}
      <p className="text-gray-700">
        {site(report.checked.against === 'page' ? 'report.checkedPage' : 'report.checkedDigest', {
          date: formatPartialDate(locale, report.checked.date),
        })}
      </p>
      <p>
        <a
          href={report.source.url}
          className={`${LINK} font-medium`}
          rel="noopener noreferrer"
          data-testid="source-link"
        >
          {ui('provenance.readSource')}
          <span aria-hidden="true"> ↗</span>
        </a>
      </p>
    </section>
  );
}
