'use client';

import type { PageData } from '@/lib/data/page-data';
import { uiKo } from '@/lib/i18n/ui-ko';
import { Dashboard } from './dashboard';

/**
 * The dashboard in Korean. Its words travel in this module's script chunk, loaded only by Korean pages and cached
 * across them, instead of inside every page's HTML (components/localized-dashboard.tsx picks the module).
 */
export function KoreanDashboard({ page }: { page: PageData }) {
  return <Dashboard page={page} messages={uiKo} />;
}
