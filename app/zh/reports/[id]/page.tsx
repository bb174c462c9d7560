import { notFound } from 'next/navigation';
import { ReportPage } from '@/components/report-page';
import { WithdrawnPage } from '@/components/report-page-withdrawn';
import {
  reportRouteData,
  reportRouteMetadata,
  reportStaticParams,
  type ReportRouteProps,
} from '@/app/_lib/page-routes';

export const dynamicParams = false;
export const generateStaticParams = reportStaticParams;
export const generateMetadata = reportRouteMetadata('zh');

export default async function RecordPage(props: ReportRouteProps) {
  const data = await reportRouteData(props);
  if (!data) notFound();
  if (data.kind === 'withdrawn') return <WithdrawnPage tombstone={data.tombstone} locale="zh" />;
  return <ReportPage report={data.report} locale="zh" />;
}
