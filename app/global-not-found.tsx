import type { Metadata } from 'next';
import './globals.css';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { LANGUAGE_TAGS, localePath, PREFIXED_LOCALES } from '@/lib/i18n/locales';

// The one 404 page of the static site (out/404.html), for any path: a mistyped region, an unknown language prefix.
// It cannot know which language the reader wanted, so it says so in all three, English first. Its links are plain
// <a> with served paths (localePath carries the base path; next/link would add it a second time).
export const metadata: Metadata = { title: serverTranslators('en').site('notFound.metaTitle') };

export default function GlobalNotFound() {
  const en = serverTranslators('en').site;
  return (
    <html lang="en">
      <body className="h-full bg-white font-sans text-gray-900 antialiased">
        <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-6">
          <p className="text-sm font-semibold uppercase tracking-wide text-gray-500">404</p>
          <h1 className="text-2xl font-semibold">{en('notFound.title')}</h1>
          <p className="text-gray-700">{en('notFound.body')}</p>
          <p>
            <a href={localePath('en', '/')} className="font-medium text-blue-800 underline">
              {en('notFound.back')}
            </a>
          </p>
          {PREFIXED_LOCALES.map((locale) => {
            const site = serverTranslators(locale).site;
            return (
              <section key={locale} lang={LANGUAGE_TAGS[locale]} className="space-y-1 border-t border-gray-200 pt-3">
                <h2 className="font-semibold">{site('notFound.title')}</h2>
                <p className="text-gray-700">{site('notFound.body')}</p>
                <p>
                  <a href={localePath(locale, '/')} className="font-medium text-blue-800 underline">
                    {site('notFound.back')}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
