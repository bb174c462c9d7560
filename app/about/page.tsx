import type { Metadata } from 'next';
import Link from 'next/link';
import { getDataset } from '@/lib/data';
import { datasetVersion } from '@/lib/dataset-version';
import { recordsByEvent } from '@/lib/provenance';
import { aboutMetadata } from '@/lib/region-meta';
import { getRegion } from '@/lib/regions';

export function generateMetadata(): Metadata {
  return aboutMetadata();
}

export default function AboutPage() {
  const dataset = getDataset();
  const { reports, confidence, coverage } = dataset;
  const events = recordsByEvent(reports);
  const linked = [...events.values()].filter((group) => group.length >= 2);
  const noneFound = coverage
    .filter((entry) => entry.status === 'none-found')
    .map((entry) => getRegion(entry.region)?.name_en ?? entry.region);
  const outlets = new Set(reports.map((report) => report.source.outlet)).size;
  return (
    <main className="mx-auto max-w-2xl space-y-4 px-5 py-8 text-gray-900">
      <p>
        <Link href="/" className="text-blue-900 underline">
          ← Back to the map
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">About the data</h1>
      <p>
        This map collects {reports.length} cited public reports from {outlets} outlets on North Korean workers in
        China’s Liaoning and Jilin provinces, who kept working in restaurants, garment factories, seafood plants and
        assembly plants after the 2017 UN sanctions required their repatriation. Each report links to its source; the
        summaries are ours.
      </p>
      <h2 className="text-lg font-semibold">How reports are placed and dated</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          A place is never drawn more exactly than the source gives it. Reports that name only a province get no pin and
          count on the province’s badge.
        </li>
        <li>Places taken from a company name, a caption or a passing mention are marked as inferred.</li>
        <li>Dates keep the precision the source gives; inferred dates say so.</li>
        <li>
          Conflicting figures (the Dandong workforce is put at anything from 5,000 to 80,000) stay in separate reports,
          never merged.
        </li>
        <li>
          Confidence describes how a report was sourced (an anonymous source, on-site reporting, an official document, a
          relay), not whether it is true.
        </li>
        <li>Links marked “read via” go to a mirror or relay of the original outlet.</li>
      </ul>
      <h2 className="text-lg font-semibold">How we know: sourcing labels</h2>
      <p>
        Each report carries one label for how its information was sourced. It says nothing about whether a report is
        true; it tells you what to check. On the map, reports of the outlet’s own reporting are solid markers, relays
        and reports of others’ reporting are faded, and an outer ring marks an event that two or more independent
        outlets report ({linked.length} events link {linked.reduce((sum, group) => sum + group.length, 0)} reports).
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Reports by sourcing label</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-1 pr-2">
              Label
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              Reports
            </th>
            <th scope="col" className="py-1">
              What it means
            </th>
          </tr>
        </thead>
        <tbody>
          {confidence.map((label) => (
            <tr key={label.key} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-1 pr-2 font-medium">
                {label.label}
                {label.strength === 'secondary' ? ' (secondary)' : ''}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">
                {reports.filter((report) => report.confidence === label.key).length}
              </td>
              <td className="py-1">{label.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="text-lg font-semibold">Where nothing was found</h2>
      <p>
        {noneFound.length} of the 23 prefecture-level regions have no report: {noneFound.join(', ')}. For each, at least
        three searches in at least two languages found nothing; the searches are listed in the data (
        <code>coverage.json</code>). “No report found” is not “no workers”.
      </p>
      <h2 className="text-lg font-semibold">Downloads</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <a className="text-blue-900 underline" href="/data/reports.csv" download>
            reports.csv
          </a>{' '}
          — one row per report and place (UTF-8, opens in Excel)
        </li>
        <li>
          <a className="text-blue-900 underline" href="/data/reports.json" download>
            reports.json
          </a>{' '}
          — the records as validated
        </li>
        <li>
          <a className="text-blue-900 underline" href="/data/reports.geojson" download>
            reports.geojson
          </a>{' '}
          — a point per place, with its precision
        </li>
        <li>
          <a className="text-blue-900 underline" href="/data/reports.bib" download>
            reports.bib
          </a>
          ,{' '}
          <a className="text-blue-900 underline" href="/data/reports.ris" download>
            reports.ris
          </a>
          ,{' '}
          <a className="text-blue-900 underline" href="/data/reports.csl.json" download>
            reports.csl.json
          </a>{' '}
          — every report as a reference (BibTeX, RIS, CSL-JSON) citing the original outlet, with our record and its link
          in a note; dataset version {datasetVersion(dataset)}
        </li>
        <li>
          <a className="text-blue-900 underline" href="/data/regions.geojson" download>
            regions.geojson
          </a>{' '}
          — the two provinces and 23 prefecture-level regions
        </li>
      </ul>
      <h2 className="text-lg font-semibold">Map data</h2>
      <p>
        Boundaries from Apache ECharts 4.9.0 (converted from the GCJ-02 datum to WGS84), countries and land from Natural
        Earth, places from GeoNames (CC BY 4.0). Boundaries are approximate and not authoritative. Everything, fonts
        included, is served from this site: your browsing reaches no third party.
      </p>
    </main>
  );
}
