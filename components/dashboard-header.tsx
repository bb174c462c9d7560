import { localePath } from '@/lib/i18n/locales';
import { serialize, type ViewState } from '@/lib/url-state';
import { useI18n } from './i18n';
import { LanguageSwitcher } from './language-switcher';
import { ShareButton } from './share-button';

/** Title, share, the languages and the method page; in an embed, a compact bar that links to the full view. */
export function DashboardHeader({ view }: { view: ViewState }) {
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
    <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-gray-200 px-3 py-2">
      <div className="min-w-0">
        <h1 className="text-base font-semibold leading-tight sm:text-lg">{t('site.title')}</h1>
        <p className="hidden text-xs text-gray-700 sm:block">{t('header.subtitle')}</p>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <nav aria-label={t('header.nav')} className="flex items-center gap-3 text-sm">
          <div className="js-only">
            <ShareButton />
          </div>
          <a href={localePath(locale, '/about')} className="text-blue-900 underline">
            {t('header.about')}
          </a>
        </nav>
        <LanguageSwitcher view={view} />
      </div>
    </header>
  );
}
