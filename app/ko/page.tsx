import { KoreanDashboard } from '@/components/dashboard-ko';
import { JsonLd } from '@/components/json-ld';
import { dashboardPageData } from '@/lib/data/page-data';
import { homeRouteMetadata } from '@/app/_lib/page-routes';
import { datasetJsonLdText } from '@/app/_lib/dataset-meta';

export const generateMetadata = homeRouteMetadata('ko');

export default function HomePage() {
  return (
    <>
      <JsonLd text={datasetJsonLdText('ko', '/')} />
      <KoreanDashboard page={dashboardPageData(null, 'ko')} />
    </>
  );
}
