import { relayName } from '@/lib/i18n/relay';
import { getDataset } from '@/lib/data/dataset';
import { datasetVersion } from '@/lib/data/dataset-version';
import { reportMapUrl } from '@/lib/data/assets';
import { sourceDomain } from '@/lib/data/provenance';
import { regionsBySlug } from '@/lib/data/regions';
import type { Report } from '@/lib/data/schema';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { placeLabel, regionName } from '@/lib/i18n/text';
import { localizedVocabularies } from '@/lib/i18n/vocabulary';
import { placeName, reportJsonLd, jsonLdText } from '@/lib/export/report-page';
import { reportPath, siteAddress, siteUrl } from '@/lib/export/site';
import { serialize } from '@/lib/view/url-state';
import { DEFAULT_STATE } from '@/lib/view/view-state';
import { ReportDates } from './report-card-parts';
import { ReportPageCite } from './report-page-cite';
import { ReportPageProvenance } from './report-page-provenance';
import { richText } from './rich-text';
import { ToneDot } from './tone-dot';

export const PAGE_LINK = 'text-blue-900 underline underline-offset-2';

/**
 * A record's own page (`/reports/<id>`): everything the record says, how we know it, and how to cite it, as plain
 * server-rendered HTML in the page's language. No script of ours: it reads the same with JavaScript off.
 */
export function ReportPage({ report, locale }: { report: Report; locale: Locale }) {
  const dataset = getDataset();
  const { ui, site } = serverTranslators(locale);
  const i18n = { locale, t: ui };
  const { sectors, conditions } = localizedVocabularies(locale);
  const english = locale === 'en' ? undefined : 'en';
  const { source } = report;
  const region = regionsBySlug.get(report.places[0]?.region ?? '');
  const mapUrl = reportMapUrl(report.id);
  const places = report.places.map((place) => placeName(place, regionsBySlug, locale));
  const keywords = [...report.sectors, ...report.conditions].flatMap((key) => {
    const term = [...dataset.sectors, ...dataset.conditions].find((candidate) => candidate.key === key);
    return term ? [term.label] : [];
  });
  const jsonLd = reportJsonLd(report, {
    pageUrl: `${siteUrl()}${localePath(locale, reportPath(report.id))}`,
    siteUrl: siteAddress(),
    version: datasetVersion(dataset),
    keywords,
    regionsBySlug,
  });
  const translated = source.title !== undefined && source.title_en !== undefined && source.title_en !== source.title;
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-5 py-8 text-gray-900" data-report-id={report.id}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <p className="flex flex-wrap gap-x-4 text-sm">
        <a href={localePath(locale, '/')} className={PAGE_LINK}>
          {site('report.back')}
        </a>
        {region && (
          <a href={localePath(locale, `/regions/${region.slug}`)} className={PAGE_LINK}>
            {site('report.regionLink', { region: regionName(region, locale) })}
          </a>
        )}
      </p>
      <p className="text-xs text-gray-700">{site('report.record', { id: report.id })}</p>
      <h1 className="text-2xl font-semibold leading-snug" lang={source.title !== undefined ? source.language : english}>
        {source.title ?? (
          <span className="font-normal italic">
            {richText(ui, 'card.untitled', { description: <span lang={english}>{source.description}</span> })}
          </span>
        )}
      </h1>
      {translated && (
        <p className="text-gray-800" lang={english}>
          {site('report.translation', { title: source.title_en ?? '' })}
        </p>
      )}
      <p className="flex flex-wrap gap-x-2 text-sm text-gray-700" data-testid="report-meta">
        <span>
          <ReportDates i18n={i18n} report={report} />
        </span>
        <span aria-hidden="true">·</span>
        <span className="font-medium text-gray-900" data-testid="report-outlet">
          {source.outlet}
        </span>
        {source.language !== 'en' && (
          <span>{ui('card.language', { language: ui(`language.${source.language}`) })}</span>
        )}
        <span>{sourceDomain(source.url)}</span>
      </p>
      {source.via && <p className="text-sm text-amber-900">{ui('card.via', { via: relayName(source.via, locale) })}</p>}

      <h2 className="text-lg font-semibold">{site('report.placesHeading')}</h2>
      <div className="flex flex-wrap items-start gap-4">
        {mapUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- a pre-drawn SVG: nothing for the image optimiser to do
          <img
            src={mapUrl}
            alt={site('report.mapAlt', { places: places.join(ui('punct.listSeparator')) })}
            width={360}
            className="h-auto w-72 max-w-full rounded border border-gray-200"
            data-testid="report-map"
          />
        )}
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {report.places.map((place, index) => (
            <li key={index}>
              <a href={localePath(locale, `/regions/${place.region}`)} className={PAGE_LINK}>
                {placeLabel(i18n, place, places[index] ?? place.region)}
              </a>
            </li>
          ))}
        </ul>
      </div>

      <h2 className="text-lg font-semibold">{site('report.tagsHeading')}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-gray-700">{site('report.sectors')}</dt>
        <dd>
          {report.sectors.map((key) => {
            const sector = sectors.find((candidate) => candidate.key === key);
            return (
              <span key={key} className="mr-2 inline-flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="h-2.5 w-2.5 rounded-full dark:ring-1 dark:ring-gray-500"
                  style={{ backgroundColor: sector?.colour }}
                />
                {sector?.label ?? key}
              </span>
            );
          })}
        </dd>
        <dt className="text-gray-700">{site('report.conditions')}</dt>
        <dd>
          {report.conditions.map((key) => {
            const condition = conditions.find((candidate) => candidate.key === key);
            return (
              <span key={key} className="mr-2 inline-flex items-center gap-1">
                {condition && <ToneDot tone={condition.tone} />}
                {condition?.label ?? key}
              </span>
            );
          })}
        </dd>
      </dl>

      <h2 className="text-lg font-semibold">{site('report.summaryHeading')}</h2>
      {english && <p className="text-xs font-medium text-gray-600">{ui('card.englishSummary')}</p>}
      <p className="leading-relaxed" lang={english} data-testid="report-summary">
        {report.summary}
      </p>
      {report.figures && report.figures.length > 0 && (
        <>
          <h3 className="font-semibold">{site('report.figures')}</h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm" lang={english}>
            {report.figures.map((figure, index) => (
              <div key={index} className="contents">
                <dt className="text-gray-700">{figure.label}</dt>
                <dd className="font-medium">
                  {figure.value}
                  {figure.original !== undefined && (
                    <span className="block font-normal text-gray-700" lang={source.language}>
                      {figure.original}
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <ReportPageProvenance report={report} locale={locale} />
      <ReportPageCite report={report} locale={locale} />

      <h2 className="text-lg font-semibold">{site('report.mapHeading')}</h2>
      <p className="flex flex-wrap gap-x-4 text-sm">
        <a
          href={serialize({ ...DEFAULT_STATE, locale, region: region?.slug ?? null, report: report.id })}
          className={`${PAGE_LINK} font-medium`}
          data-testid="open-on-map"
        >
          {site('report.openOnMap')}
        </a>
      </p>
    </main>
  );
}
