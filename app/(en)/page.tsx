import { EnglishDashboard } from '@/components/dashboard-en';
import { dashboardPageData } from '@/lib/data/page-data';
import { homeRouteMetadata } from '@/app/_lib/page-routes';

export const generateMetadata = homeRouteMetadata('en');

export default function HomePage() {
  return <EnglishDashboard page={dashboardPageData(null, 'en')} />;
}
