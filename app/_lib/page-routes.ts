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
