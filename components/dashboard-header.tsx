import type { ReactNode } from 'react';
import type { ReleaseLine } from '@/lib/data/releases';
import { formatPartialDate } from '@/lib/i18n/dates';
import { HOW_TO_READ_ID, localePath } from '@/lib/i18n/locales';
import { type ViewState } from '@/lib/view/view-state';
import { serialize } from '@/lib/view/url-state';
import { useI18n } from './i18n';
import { LanguageSwitcher } from './language-switcher';
import { ShareButton } from './share-button';

type DashboardHeaderProps = {
  view: ViewState;
  /** When the data was released, and how many records are new since the release before. */
  release: ReleaseLine;
  /** The search box; not in an embed. */
  search?: ReactNode;
};

/**
 * Title, search, share, the method page and the languages; in an embed, a compact bar that links to the full view.
 * On phones the search box and the languages take a row of their own under the title, so nothing squeezes the
 * title.
 */
export function DashboardHeader({ view, release, search }: DashboardHeaderProps) {
  const { t, locale } = useI18n();
  if (view.embed) {
    return (
      <header className="flex items-center justify-between gap-2 border-b border-gray-200 px-2 py-1 text-sm">
        <span className="font-semibold">{t('site.title')}</span>
        <a
          href={serialize({ ...view, embed: false })}
          target="_blank"
          rel="noopener"
          className="text-blue-900 underline"
          data-testid="full-view-link"
        >
          {t('header.fullView')}
        </a>
      </header>
    );
  }
  return (
    <header className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-2 sm:gap-x-4 border-b border-gray-200 px-3 py-2 lg:grid-cols-[minmax(0,1fr)_minmax(16rem,24rem)_auto_auto]">
      <div className="min-w-0">
        <h1 className="text-base font-semibold leading-tight sm:text-lg">{t('site.title')}</h1>
        <p className="hidden text-xs text-gray-700 sm:block">{t('header.subtitle')}</p>
        <p className="text-xs text-gray-700">
          <span data-testid="data-updated">
            <UpdatedLine release={release} />
          </span>
          {t('punct.middot')}
          <span data-testid="data-scope">
            {t('header.scope', {
              reports: t('count.reports', { count: release.reports }),
              outlets: t('count.independentOutlets', { count: release.outlets }),
            })}
          </span>
          {t('punct.middot')}
          <a href={localePath(locale, '/about') + '#' + HOW_TO_READ_ID} className="touch-link text-blue-900 underline">
            {t('header.howToRead')}
          </a>
        </p>
      </div>
      {/* Below lg the search and the languages share a row of their own (lg: `contents`, back in the header's grid), so
          the languages' width does not narrow the title's column: the title keeps two lines at 360 px. */}
      <div className="col-span-2 flex items-center gap-x-3 sm:gap-x-4 lg:contents">
        {search && <div className="min-w-0 flex-1 lg:col-start-2 lg:row-start-1 print:hidden">{search}</div>}
        <div className="ml-auto lg:col-start-4 lg:row-start-1 lg:justify-self-end print:hidden">
          <LanguageSwitcher view={view} />
        </div>
      </div>
      <nav
        aria-label={t('header.nav')}
        className="col-start-2 row-start-1 flex items-center gap-2 text-sm sm:gap-3 lg:col-start-3 print:hidden"
      >
        <div className="js-only">
          <ShareButton />
        </div>
        {/* Phones show the short words, so the title keeps two lines; the name stays the whole phrase. */}
        <a
          href={localePath(locale, '/about')}
          aria-label={t('header.about')}
          className="touch-link text-blue-900 underline"
        >
          <span className="sm:hidden">{t('header.aboutShort')}</span>
          <span className="hidden sm:inline">{t('header.about')}</span>
        </a>
      </nav>
    </header>
  );
}

/** "Updated 5 Dec 2026 · 7 new since 4 Dec 2026", dates in the page's language. */
function UpdatedLine({ release }: { release: ReleaseLine }) {
  const { t, locale } = useI18n();
  const date = formatPartialDate(locale, release.date);
  return release.previous !== null && release.added > 0
    ? t('header.updatedSince', {
        date,
        count: release.added,
        previous: formatPartialDate(locale, release.previous),
      })
    : t('header.updated', { date });
}
