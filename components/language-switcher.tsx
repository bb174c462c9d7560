import { LANGUAGE_TAGS, LOCALES, NATIVE_NAMES } from '@/lib/i18n/locales';
import { type ViewState } from '@/lib/view/view-state';
import { serialize } from '@/lib/view/url-state';
import { useI18n } from './i18n';

/**
 * The same view in each language: plain links (they work without JavaScript, and a reader can open or share
 * them), each language named in its own script. The link carries the whole view, so switching keeps the region,
 * filters, open report and camera; nothing is remembered that the address does not say.
 */
export function LanguageSwitcher({ view }: { view: ViewState }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('header.languages')} data-testid="language-switcher">
      <ul className="flex items-center gap-2 text-sm">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === view.locale ? (
              <span
                aria-current="true"
                lang={LANGUAGE_TAGS[locale]}
                className="native-name inline-flex min-h-6 items-center font-semibold text-gray-900"
              >
                {NATIVE_NAMES[locale]}
              </span>
            ) : (
              <a
                href={serialize({ ...view, locale })}
                hrefLang={LANGUAGE_TAGS[locale]}
                lang={LANGUAGE_TAGS[locale]}
                className="native-name inline-flex min-h-6 items-center text-blue-900 underline"
              >
                {NATIVE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
