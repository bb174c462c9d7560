import { ChineseDashboard } from '@/components/dashboard-zh';
import { JsonLd } from '@/components/json-ld';
import { dashboardPageData } from '@/lib/data/page-data';
import { homeRouteMetadata } from '@/app/_lib/page-routes';
import { datasetJsonLdText } from '@/app/_lib/dataset-meta';

export const generateMetadata = homeRouteMetadata('zh');

export default function HomePage() {
  return (
    <>
      <JsonLd text={datasetJsonLdText('zh', '/')} />
      <ChineseDashboard page={dashboardPageData(null, 'zh')} />
    </>
  );
}
