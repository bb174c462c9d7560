import type { WithdrawnEntry } from '@/lib/data/client-data';
import { formatPartialDate } from '@/lib/i18n/dates';
import { localePath } from '@/lib/i18n/locales';
import { reportPath } from '@/lib/export/site';
import { useI18n } from './i18n';

/**
 * What the panel shows for a `report=` link to a withdrawn record: when and why, the record that carries it on, and
 * its page (which has our note). The same notice as the record's own page, in short.
 */
export function WithdrawnNotice({
  entry,
  onOpenReport,
  onClose,
}: {
  entry: WithdrawnEntry;
  onOpenReport: (id: string) => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { replacement } = entry;
  return (
    <section
      aria-labelledby="withdrawn-report-heading"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-gray-900"
      data-testid="withdrawn-report"
    >
      <div className="mb-1 flex items-center justify-between">
        <h2 id="withdrawn-report-heading" className="font-semibold">
          {t('panel.withdrawnHeading')}
        </h2>
        <button type="button" onClick={onClose} className="text-blue-900 underline">
          {t('panel.closeReport')}
        </button>
      </div>
      <p>
        {t('panel.withdrawn', {
          id: entry.id,
          date: formatPartialDate(locale, entry.date),
          reason: t(`withdrawn.reason.${entry.reason}`),
        })}
      </p>
      <p className="mt-1 flex flex-wrap gap-x-3">
        {replacement !== undefined && (
          <button type="button" onClick={() => onOpenReport(replacement)} className="text-blue-900 underline">
            {t('panel.withdrawnReplacement')}
          </button>
        )}
        <a href={localePath(locale, reportPath(entry.id))} className="text-blue-900 underline">
          {t('panel.withdrawnPage')}
        </a>
      </p>
    </section>
  );
}
