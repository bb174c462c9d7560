'use client';

import type { PageData } from '@/lib/data/page-data';
import { uiKo } from '@/lib/i18n/ui-ko';
import { Dashboard } from './dashboard';

/**
 * The dashboard in Korean. Its words travel in this module's script chunk, loaded only by Korean pages and cached
 * across them, instead of inside every page's HTML (each language's route files, app/(en), app/ko and app/zh, render their own module).
 */
export function KoreanDashboard({ page }: { page: PageData }) {
  return <Dashboard page={page} messages={uiKo} />;
}
