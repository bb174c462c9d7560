import { EnglishDashboard } from '@/components/dashboard-en';
import { JsonLd } from '@/components/json-ld';
import { dashboardPageData } from '@/lib/data/page-data';
import { homeRouteMetadata } from '@/app/_lib/page-routes';
import { datasetJsonLdText } from '@/app/_lib/dataset-meta';

export const generateMetadata = homeRouteMetadata('en');

export default function HomePage() {
  return (
    <>
      <JsonLd text={datasetJsonLdText('en', '/')} />
      <EnglishDashboard page={dashboardPageData(null, 'en')} />
    </>
  );
}
