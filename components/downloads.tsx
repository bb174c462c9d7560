import { localePath } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/view/base-path';
import { useI18n } from './i18n';

// The two CSV files say what a row is; the other formats are named as their tools name them, in every language.
const CSV_FILES = [
  { href: '/data/reports.csv', labelKey: 'downloads.csvReports' },
  { href: '/data/report-places.csv', labelKey: 'downloads.csvPlaces' },
] as const;
const FILES = [
  { href: '/data/reports.json', label: 'JSON' },
  { href: '/data/reports.geojson', label: 'GeoJSON' },
  { href: '/data/reports.bib', label: 'BibTeX' },
  { href: '/data/reports.ris', label: 'RIS' },
  { href: '/data/reports.csl.json', label: 'CSL-JSON' },
];

// At least 24 px tall: comfortable targets on touch screens (WCAG 2.5.8).
const LINK =
  'inline-flex min-h-6 items-center text-blue-900 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-900';

/** The whole dataset as files: plain links, so they work without JavaScript too. */
export function Downloads({ version }: { version: string }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="downloads-heading" className="border-t border-gray-200 pt-2 text-sm print:hidden">
      <h2 id="downloads-heading" className="font-semibold text-gray-900">
        {t('downloads.heading')}
      </h2>
      <p className="text-xs text-gray-700">{t('downloads.version', { version })}</p>
      <p className="mt-0.5 flex flex-wrap gap-x-3">
        {[...CSV_FILES.map((file) => ({ href: file.href, label: t(file.labelKey) })), ...FILES].map((file) => (
          <a key={file.href} href={withBasePath(file.href)} className={LINK} download>
            {file.label}
          </a>
        ))}
        <a href={localePath(locale, '/about')} className={LINK}>
          {t('downloads.method')}
        </a>
      </p>
    </section>
  );
}
