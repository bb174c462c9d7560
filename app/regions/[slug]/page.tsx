import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/dashboard';
import { dashboardPageData } from '@/lib/page-data';
import { regionMetadata } from '@/lib/region-meta';
import { getRegion, regionSlugs } from '@/lib/regions';

export const dynamicParams = false;

export function generateStaticParams() {
  return regionSlugs.map((slug) => ({ slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const region = getRegion((await params).slug);
  return region ? regionMetadata(region) : {};
}

export default async function RegionPage({ params }: Params) {
  const region = getRegion((await params).slug);
  if (!region) notFound();
  return <Dashboard page={dashboardPageData(region)} />;
}
