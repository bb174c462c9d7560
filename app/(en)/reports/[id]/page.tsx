import { notFound } from 'next/navigation';
import { ReportPage } from '@/components/report-page';
import {
  reportRouteData,
  reportRouteMetadata,
  reportStaticParams,
  type ReportRouteProps,
} from '@/app/_lib/page-routes';

export const dynamicParams = false;
export const generateStaticParams = reportStaticParams;
export const generateMetadata = reportRouteMetadata('en');

export default async function RecordPage(props: ReportRouteProps) {
  const report = await reportRouteData(props);
  if (!report) notFound();
  return <ReportPage report={report} locale="en" />;
}
