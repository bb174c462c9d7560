import { getReleases } from '@/lib/data/releases';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { formatPartialDate } from '@/lib/i18n/dates';
import { localePath, type Locale } from '@/lib/i18n/locales';

const LINK = 'text-blue-900 underline';

/** The About page's "Releases and changes": this release, what changed since the last, and where the lists are. */
export function AboutReleases({ locale }: { locale: Locale }) {
  const { site } = serverTranslators(locale);
  const [latest] = getReleases().history;
  if (!latest) return null;
  const feed = localePath(locale, '/feed.xml');
  return (
    <section aria-labelledby="releases-heading" className="space-y-2">
      <h2 id="releases-heading" className="text-lg font-semibold">
        {site('about.releasesHeading')}
      </h2>
      <p>
        {site('about.releasesBody', { version: latest.version, date: formatPartialDate(locale, latest.date) })}{' '}
        {latest.previous &&
          site('about.releasesSince', {
            previous: latest.previous.version,
            added: latest.added.length,
            changed: latest.changed.length,
            withdrawn: latest.withdrawn.length,
          })}
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <a className={LINK} href="/data/changelog.md">
            changelog.md
          </a>{' '}
          — {site('about.releasesChangelog')}
        </li>
        <li>
          <a className={LINK} href="/data/changes.json">
            changes.json
          </a>{' '}
          — {site('about.releasesChanges')}
        </li>
        <li>
          <a className={LINK} href={feed} type="application/atom+xml">
            {feed}
          </a>{' '}
          — {site('about.releasesFeed')}
        </li>
      </ul>
    </section>
  );
}
