import { notFound } from 'next/navigation';
import { ChineseDashboard } from '@/components/dashboard-zh';
import {
  regionRouteData,
  regionRouteMetadata,
  regionStaticParams,
  type RegionRouteProps,
} from '@/app/_lib/page-routes';

export const dynamicParams = false;
export const generateStaticParams = regionStaticParams;
export const generateMetadata = regionRouteMetadata('zh');

export default async function RegionPage(props: RegionRouteProps) {
  const page = await regionRouteData(props, 'zh');
  if (!page) notFound();
  return <ChineseDashboard page={page} />;
}
