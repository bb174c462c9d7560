import { getDataset } from '@/lib/data/dataset';
import { datasetVersion } from '@/lib/data/dataset-version';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { HOW_TO_READ_ID, localePath, type Locale } from '@/lib/i18n/locales';
import { joinList, regionName } from '@/lib/i18n/text';
import { localizedVocabularies } from '@/lib/i18n/vocabulary';
import { independentOutlets, recordsByEvent } from '@/lib/data/provenance';
import { getRegion } from '@/lib/data/regions';
import { AboutReleases } from './about-releases';
import { richSiteText } from './rich-text';
import { dataPath } from '@/lib/export/site';

const LINK = 'text-blue-900 underline';

/** How the data was made and where to get it, in the page's language (a server component: no script). */
export function AboutPage({ locale }: { locale: Locale }) {
  const dataset = getDataset();
  const { reports, coverage } = dataset;
  const { confidence } = localizedVocabularies(locale);
  const { ui, site } = serverTranslators(locale);
  const events = recordsByEvent(reports);
  const linked = [...events.values()].filter((group) => group.length >= 2);
  const noneFound = coverage
    .filter((entry) => entry.status === 'none-found')
    .map((entry) => {
      const region = getRegion(entry.region);
      return region ? regionName(region, locale) : entry.region;
    });
  // Counted as the dashboard's header counts them: an outlet's editions and copies once.
  const outlets = independentOutlets(reports).length;
  const download = (file: string) => (
    <a className={LINK} href={dataPath(file)} download>
      {file}
    </a>
  );
  return (
    <main className="mx-auto max-w-2xl space-y-4 px-5 py-8 text-gray-900">
      <p>
        <a href={localePath(locale, '/')} className={LINK}>
          {site('about.back')}
        </a>
      </p>
      <h1 className="text-2xl font-semibold">{site('about.title')}</h1>
      <p>{site('about.intro', { reports: reports.length, outlets })}</p>
      {locale !== 'en' && <p className="text-sm text-gray-700">{site('about.languageNote')}</p>}
      <h2 id={HOW_TO_READ_ID} className="scroll-mt-4 text-lg font-semibold">
        {site('about.placingHeading')}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>{site('about.placingPin')}</li>
        <li>{site('about.placingInferred')}</li>
        <li>{site('about.placingDates')}</li>
        <li>{site('about.placingConflicts')}</li>
        <li>{site('about.placingSectors')}</li>
        <li>{site('about.placingHatching')}</li>
        <li>{site('about.placingConfidence')}</li>
        <li>{site('about.placingVia')}</li>
      </ul>
      <h2 className="text-lg font-semibold">{site('about.labelsHeading')}</h2>
      <p>
        {site('about.labelsIntro', {
          events: linked.length,
          linked: linked.reduce((sum, group) => sum + group.length, 0),
        })}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{site('about.labelsCaption')}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-1 pr-2">
              {site('about.labelsLabel')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              {site('about.labelsReports')}
            </th>
            <th scope="col" className="py-1">
              {site('about.labelsMeaning')}
            </th>
          </tr>
        </thead>
        <tbody>
          {confidence.map((label) => (
            <tr key={label.key} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-1 pr-2 font-medium">
                {label.label}
                {label.strength === 'secondary' ? site('about.secondary') : ''}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">
                {reports.filter((report) => report.confidence === label.key).length}
              </td>
              <td className="py-1">{label.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="text-lg font-semibold">{site('about.noneHeading')}</h2>
      <p>
        {richSiteText(site, 'about.noneBody', {
          count: noneFound.length,
          names: joinList({ locale, t: ui }, noneFound, 'comma'),
          file: <code>coverage.json</code>,
        })}
      </p>
      <h2 className="text-lg font-semibold">{site('about.downloadsHeading')}</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          {download('reports.csv')} — {site('about.downloadCsv')}
        </li>
        <li>
          {download('report-places.csv')} — {site('about.downloadPlacesCsv')}
        </li>
        <li>
          {download('reports.json')} — {site('about.downloadJson')}
        </li>
        <li>
          {download('reports.geojson')} — {site('about.downloadGeojson')}
        </li>
        <li>
          {download('reports.bib')}
          {ui('punct.listSeparator')}
          {download('reports.ris')}
          {ui('punct.listSeparator')}
          {download('reports.csl.json')} — {site('about.downloadReferences', { version: datasetVersion(dataset) })}
        </li>
        <li>
          {download('regions.geojson')} — {site('about.downloadRegions')}
        </li>
      </ul>
      <AboutReleases locale={locale} />
      <h2 className="text-lg font-semibold">{site('about.mapHeading')}</h2>
      <p>{site('about.mapBody')}</p>
    </main>
  );
}
