import type { ReactNode } from 'react';
import { LANGUAGE_TAGS, type Locale } from '@/lib/i18n/locales';
import { THEME_SCRIPT } from '@/lib/view/theme';

/**
 * The HTML document of every page, in its language (`lang="en"`, `"ko"`, `"zh-Hans"`): each language's routes have
 * their own root layout (app/(en), app/ko and app/zh), so the pre-rendered <html> already says it.
 */
export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    // The head script sets data-theme before React hydrates, so React must not complain that it differs.
    <html lang={LANGUAGE_TAGS[locale]} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- the App Router's root document; next/head is the pages router's */}
      <head>
        {/* `theme=light|dark` in the URL, applied before the first paint (lib/view/theme.ts); CSS does the rest. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* Without JavaScript, controls that need it are hidden rather than shown dead. */}
        <noscript>
          <style>{'.js-only{display:none!important}'}</style>
        </noscript>
      </head>
      <body className="h-full bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
