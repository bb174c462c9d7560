import { getDataset } from '@/lib/data/dataset';
import { datasetVersion } from '@/lib/data/dataset-version';
import type { Report } from '@/lib/data/schema';
import { serverTranslators } from '@/lib/i18n/catalogues';
import type { Locale } from '@/lib/i18n/locales';
import { citeReport, siteCitationContext } from '@/lib/export/citation';
import { dataPath, siteUrl } from '@/lib/export/site';
import { richSiteText } from './rich-text';

const LINK = 'text-blue-900 underline underline-offset-2';
const PRE = 'mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded bg-gray-50 p-2 text-xs';

/**
 * The record's citation in every format, as text to select: APA and Chicago shown, BibTeX, RIS and CSL-JSON in
 * disclosures that open without script. The citations themselves are in English, as their styles write them.
 */
export function ReportPageCite({ report, locale }: { report: Report; locale: Locale }) {
  const dataset = getDataset();
  const { site } = serverTranslators(locale);
  const citation = citeReport(report, siteCitationContext(datasetVersion(dataset), siteUrl()));
  const formats = [
    ['BibTeX', citation.bibtex.trimEnd(), 'cite-bibtex'],
    ['RIS', citation.ris.trimEnd(), 'cite-ris'],
    ['CSL-JSON', JSON.stringify(citation.csl, null, 2), 'cite-csl'],
  ] as const;
  const file = (name: string) => (
    <a key={name} href={dataPath(name)} className={LINK} download>
      {name}
    </a>
  );
  return (
    <section className="space-y-2 text-sm" data-testid="cite-block" lang="en">
      <h2 className="text-lg font-semibold" lang={locale === 'en' ? undefined : locale}>
        {site('report.citeHeading')}
      </h2>
      <p className="text-gray-700" lang={locale === 'en' ? undefined : locale}>
        {site('report.citeIntro')}
      </p>
      <h3 className="font-semibold">APA</h3>
      <p data-testid="cite-apa">{citation.apa}</p>
      <h3 className="font-semibold">Chicago</h3>
      <p data-testid="cite-chicago">{citation.chicago}</p>
      {formats.map(([name, text, testId]) => (
        <details key={name}>
          <summary className="cursor-pointer font-semibold">{name}</summary>
          <pre className={PRE} data-testid={testId}>
            {text}
          </pre>
        </details>
      ))}
      <p className="text-gray-700" lang={locale === 'en' ? undefined : locale}>
        {richSiteText(site, 'report.citeFiles', {
          files: (
            <>
              {file('reports.bib')}, {file('reports.ris')}, {file('reports.csl.json')}
            </>
          ),
        })}
      </p>
    </section>
  );
}
