import { KoreanDashboard } from '@/components/dashboard-ko';
import { dashboardPageData } from '@/lib/page-data';
import { homeRouteMetadata } from '@/lib/page-routes';

export const generateMetadata = homeRouteMetadata('ko');

export default function HomePage() {
  return <KoreanDashboard page={dashboardPageData(null, 'ko')} />;
}
