'use client';

import type { PageData } from '@/lib/data/page-data';
import { uiZh } from '@/lib/i18n/ui-zh';
import { Dashboard } from './dashboard';

/**
 * The dashboard in Chinese. Its words travel in this module's script chunk, loaded only by Chinese pages and cached
 * across them, instead of inside every page's HTML (each language's route files, app/(en), app/ko and app/zh, render their own module).
 */
export function ChineseDashboard({ page }: { page: PageData }) {
  return <Dashboard page={page} messages={uiZh} />;
}
