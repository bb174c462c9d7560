import { KoreanDashboard } from '@/components/dashboard-ko';
import { dashboardPageData } from '@/lib/data/page-data';
import { homeRouteMetadata } from '@/app/_lib/page-routes';

export const generateMetadata = homeRouteMetadata('ko');

export default function HomePage() {
  return <KoreanDashboard page={dashboardPageData(null, 'ko')} />;
}
