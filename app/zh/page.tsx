import { ChineseDashboard } from '@/components/dashboard-zh';
import { dashboardPageData } from '@/lib/page-data';
import { homeRouteMetadata } from '@/lib/page-routes';

export const generateMetadata = homeRouteMetadata('zh');

export default function HomePage() {
  return <ChineseDashboard page={dashboardPageData(null, 'zh')} />;
}
