/** The whole dataset as files: plain links, so they work without JavaScript too. */
export function Downloads({ version }: { version: string }) {
  // At least 24 px tall: comfortable targets on touch screens (WCAG 2.5.8).
  const link =
    'inline-flex min-h-6 items-center text-blue-900 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-900';
  return (
    <section aria-labelledby="downloads-heading" className="border-t border-gray-200 pt-2 text-sm">
      <h2 id="downloads-heading" className="font-semibold text-gray-900">
        Download all reports
      </h2>
      <p className="text-xs text-gray-700">Dataset version {version}</p>
      <p className="mt-0.5 flex flex-wrap gap-x-3">
        <a href="/data/reports.csv" className={link} download>
          CSV
        </a>
        <a href="/data/reports.json" className={link} download>
          JSON
        </a>
        <a href="/data/reports.geojson" className={link} download>
          GeoJSON
        </a>
        <a href="/data/reports.bib" className={link} download>
          BibTeX
        </a>
        <a href="/data/reports.ris" className={link} download>
          RIS
        </a>
        <a href="/data/reports.csl.json" className={link} download>
          CSL-JSON
        </a>
        <a href="/about" className={link}>
          Method and sources
        </a>
      </p>
    </section>
  );
}
