/**
 * Server-only: what the route files of every language share (app/(en), app/ko, app/zh), so each route file is a
 * few lines naming its language and its dashboard module. Each language has its own route tree rather than one
 * `[lang]` segment: a route then loads only its own language's words (components/dashboard-<lang>.tsx), and any
 * other prefix (`/fr/…`) is simply not a page, so the static host answers it with the 404 page.
 */
import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n/locales';
import { dashboardPageData, type PageData } from '@/lib/data/page-data';
import { aboutMetadata, homeMetadata, regionMetadata } from './region-meta';
import { getRegion, regionSlugs } from '@/lib/data/regions';
import { getDataset } from '@/lib/data/dataset';
import { getReleases } from '@/lib/data/releases';
import type { Report, Tombstone } from '@/lib/data/schema';
import { reportMetadata, withdrawnMetadata } from './report-meta';

export type RegionRouteProps = { params: Promise<{ slug: string }> };

export function regionStaticParams(): { slug: string }[] {
  return regionSlugs.map((slug) => ({ slug }));
}

export function regionRouteMetadata(locale: Locale): (props: RegionRouteProps) => Promise<Metadata> {
  return async ({ params }) => {
    const region = getRegion((await params).slug);
    return region ? regionMetadata(region, locale) : {};
  };
}

/** The region page's data, or null for a slug that names no region (the route answers notFound). */
export async function regionRouteData(props: RegionRouteProps, locale: Locale): Promise<PageData | null> {
  const region = getRegion((await props.params).slug);
  return region ? dashboardPageData(region, locale) : null;
}

export function homeRouteMetadata(locale: Locale): () => Metadata {
  return () => homeMetadata(locale);
}

export function aboutRouteMetadata(locale: Locale): () => Metadata {
  return () => aboutMetadata(locale);
}

export type ReportRouteProps = { params: Promise<{ id: string }> };

/** Every record has a page; any other id is not a page (the route sets `dynamicParams = false`: a real 404). */
/**
 * Every record gets a page, unless `RECORD_PAGE_LIMIT` caps them: the benchmark's 10,000-report variant measures the
 * dashboard pages and would otherwise spend most of its build writing 30,000 record pages nobody opens there.
 */
export function reportStaticParams(): { id: string }[] {
  const limit = Number(process.env.RECORD_PAGE_LIMIT ?? Number.POSITIVE_INFINITY);
  return [
    ...getDataset()
      .reports.slice(0, Number.isNaN(limit) ? undefined : Math.max(1, limit))
      .map((report) => ({ id: report.id })),
    // A withdrawn record keeps its address: its page says what happened (data/withdrawn.json).
    ...getReleases().tombstones.map((tombstone) => ({ id: tombstone.id })),
  ];
}

let reportsById: ReadonlyMap<string, Report> | null = null;

/** One index for every record page, instead of a search through all records per page. */
function findReport(id: string): Report | null {
  reportsById ??= new Map(getDataset().reports.map((report) => [report.id, report]));
  return reportsById.get(id) ?? null;
}

export function reportRouteMetadata(locale: Locale): (props: ReportRouteProps) => Promise<Metadata> {
  return async ({ params }) => {
    const id = (await params).id;
    const report = findReport(id);
    if (report) return reportMetadata(report, locale);
    const tombstone = getReleases().tombstonesById.get(id);
    return tombstone ? withdrawnMetadata(tombstone, locale) : {};
  };
}

export type ReportRouteData = { kind: 'record'; report: Report } | { kind: 'withdrawn'; tombstone: Tombstone };

/** What a record's address shows: the record, or its tombstone; null for an id that names neither (notFound). */
export async function reportRouteData(props: ReportRouteProps): Promise<ReportRouteData | null> {
  const id = (await props.params).id;
  const report = findReport(id);
  if (report) return { kind: 'record', report };
  const tombstone = getReleases().tombstonesById.get(id);
  return tombstone ? { kind: 'withdrawn', tombstone } : null;
}
