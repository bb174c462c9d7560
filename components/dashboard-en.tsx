'use client';

import type { PageData } from '@/lib/data/page-data';
import { uiEn } from '@/lib/i18n/ui-en';
import { Dashboard } from './dashboard';

/**
 * The dashboard in English. Its words travel in this module's script chunk, loaded only by English pages and cached
 * across them, instead of inside every page's HTML (each language's route files, app/(en), app/ko and app/zh, render their own module).
 */
export function EnglishDashboard({ page }: { page: PageData }) {
  return <Dashboard page={page} messages={uiEn} />;
}
