import { notFound } from 'next/navigation';
import { KoreanDashboard } from '@/components/dashboard-ko';
import {
  regionRouteData,
  regionRouteMetadata,
  regionStaticParams,
  type RegionRouteProps,
} from '@/app/_lib/page-routes';

export const dynamicParams = false;
export const generateStaticParams = regionStaticParams;
export const generateMetadata = regionRouteMetadata('ko');

export default async function RegionPage(props: RegionRouteProps) {
  const page = await regionRouteData(props, 'ko');
  if (!page) notFound();
  return <KoreanDashboard page={page} />;
}
