'use client';

import type { ReactNode } from 'react';
import type { Theme } from '@/lib/view/theme';
import { I18nProvider, type I18n } from './i18n';
import { ThemeProvider } from './theme';

/** What every part of the dashboard reads from context: its words and the theme shown. */
export function DashboardContext({ i18n, theme, children }: { i18n: I18n; theme: Theme; children: ReactNode }) {
  return (
    <I18nProvider value={i18n}>
      <ThemeProvider value={theme}>{children}</ThemeProvider>
    </I18nProvider>
  );
}
