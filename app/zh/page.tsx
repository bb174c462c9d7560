import { ChineseDashboard } from '@/components/dashboard-zh';
import { dashboardPageData } from '@/lib/data/page-data';
import { homeRouteMetadata } from '@/app/_lib/page-routes';

export const generateMetadata = homeRouteMetadata('zh');

export default function HomePage() {
  return <ChineseDashboard page={dashboardPageData(null, 'zh')} />;
}
