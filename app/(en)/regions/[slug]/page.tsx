import { notFound } from 'next/navigation';
import { EnglishDashboard } from '@/components/dashboard-en';
import {
  regionRouteData,
  regionRouteMetadata,
  regionStaticParams,
  type RegionRouteProps,
} from '@/app/_lib/page-routes';

export const dynamicParams = false;
export const generateStaticParams = regionStaticParams;
export const generateMetadata = regionRouteMetadata('en');

export default async function RegionPage(props: RegionRouteProps) {
  const page = await regionRouteData(props, 'en');
  if (!page) notFound();
  return <EnglishDashboard page={page} />;
}
