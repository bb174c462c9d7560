import type { Metadata } from 'next';
import Link from 'next/link';
import { getDataset } from '@/lib/data';
import { aboutMetadata } from '@/lib/region-meta';

export function generateMetadata(): Metadata {
  return aboutMetadata();
}

export default function AboutPage() {
  const { reports } = getDataset();
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
