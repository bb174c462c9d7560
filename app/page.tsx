import { Dashboard } from '@/components/dashboard';
import { dashboardProps } from '@/lib/page-data';

export default function HomePage() {
  return <Dashboard {...dashboardProps(null)} />;
}
