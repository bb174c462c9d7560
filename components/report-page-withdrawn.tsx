import { getDataset } from '@/lib/data/dataset';
import type { Tombstone } from '@/lib/data/schema';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { formatPartialDate } from '@/lib/i18n/dates';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { reportPath } from '@/lib/export/site';
import { PAGE_LINK } from './report-page';

/**
 * A withdrawn record's page (`/reports/<id>` of a tombstone in data/withdrawn.json): when and why it was withdrawn,
 * and the record that carries it on, so that a citation of it still leads somewhere. Plain HTML, no script.
 */
export function WithdrawnPage({ tombstone, locale }: { tombstone: Tombstone; locale: Locale }) {
  const { ui, site } = serverTranslators(locale);
  const replacement =
    tombstone.replacement === undefined
      ? undefined
      : getDataset().reports.find((report) => report.id === tombstone.replacement);
  const english = locale === 'en' ? undefined : 'en';
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-5 py-8 text-gray-900" data-withdrawn-id={tombstone.id}>
      <p className="text-sm">
        <a href={localePath(locale, '/')} className={PAGE_LINK}>
          {site('report.back')}
        </a>
      </p>
      <p className="text-xs text-gray-700">{site('report.record', { id: tombstone.id })}</p>
      <section
        className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4"
        aria-labelledby="withdrawn-heading"
        data-testid="withdrawn-notice"
      >
        <h1 id="withdrawn-heading" className="text-2xl font-semibold leading-snug">
          {site('withdrawn.heading')}
        </h1>
        <p>{site('withdrawn.body', { id: tombstone.id, date: formatPartialDate(locale, tombstone.date) })}</p>
        <p>
          <span className="font-medium">{site('withdrawn.reasonLabel')}</span>{' '}
          {ui(`withdrawn.reason.${tombstone.reason}`)}
        </p>
        <p>
          <span className="font-medium">{site('withdrawn.noteLabel')}</span>{' '}
          <span lang={english}>{tombstone.note}</span>
        </p>
        {replacement && (
          <p data-testid="withdrawn-replacement">
            <span className="font-medium">{site('withdrawn.replacement')}</span>{' '}
            <a
              href={localePath(locale, reportPath(replacement.id))}
              className={PAGE_LINK}
              lang={replacement.source.title === undefined ? english : replacement.source.language}
            >
              {replacement.source.title ?? replacement.source.description ?? replacement.id}
            </a>
          </p>
        )}
      </section>
      <p className="text-sm">
        <a href="/data/changelog.md" className={PAGE_LINK}>
          {site('withdrawn.changelog')}
        </a>
      </p>
    </main>
  );
}
