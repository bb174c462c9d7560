import { EnglishDashboard } from '@/components/dashboard-en';
import { dashboardPageData } from '@/lib/page-data';
import { homeRouteMetadata } from '@/lib/page-routes';

export const generateMetadata = homeRouteMetadata('en');

export default function HomePage() {
  return <EnglishDashboard page={dashboardPageData(null, 'en')} />;
}
