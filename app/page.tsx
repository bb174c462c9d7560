import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard';
import { dashboardPageData } from '@/lib/page-data';
import { homeMetadata } from '@/lib/region-meta';

export function generateMetadata(): Metadata {
  return homeMetadata();
}

export default function HomePage() {
  return <Dashboard page={dashboardPageData(null)} />;
}
