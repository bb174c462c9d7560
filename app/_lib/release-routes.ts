/**
 * Server-only: the release files the build writes (`/feed.xml` per language, `/data/changes.json`,
 * `/data/changelog.md`), from the releases (lib/data/releases.ts) and the records.
 */
import { getDataset } from '@/lib/data/dataset';
import { changelogMarkdown, changesJson, titleLookup } from '@/lib/data/changelog';
import { getReleases } from '@/lib/data/releases';
import { atomFeed, type FeedRecord } from '@/lib/export/feed';
import { reportPath, siteUrl } from '@/lib/export/site';
import { serverTranslators } from '@/lib/i18n/catalogues';
import { LANGUAGE_TAGS, localePath, type Locale } from '@/lib/i18n/locales';
import { siteName } from './region-meta';
import { reportTitle } from './report-meta';

/** Where a language's feed is (`/feed.xml`, `/ko/feed.xml`): the pages' heads and the sitemap name it. */
export function feedPath(locale: Locale): string {
  return localePath(locale, '/feed.xml');
}

export function feedXml(locale: Locale): string {
  const base = siteUrl();
  const { site } = serverTranslators(locale);
  const records = new Map<string, FeedRecord>(
    getDataset().reports.map((report) => [
      report.id,
      { id: report.id, title: reportTitle(report, locale), summary: report.summary },
    ]),
  );
  return atomFeed({
    feedUrl: `${base}${feedPath(locale)}`,
    homeUrl: `${base}${localePath(locale, '/')}`,
    recordUrl: (id) => `${base}${localePath(locale, reportPath(id))}`,
    language: LANGUAGE_TAGS[locale],
    history: getReleases().history,
    records,
    words: {
      title: site('feed.title', { site: siteName(locale) }),
      subtitle: site('feed.subtitle'),
      author: siteName(locale),
      added: (record) => site('feed.added', { title: record.title }),
      changed: (record) => site('feed.changed', { title: record.title }),
      addedContent: (record, version) => site('feed.addedContent', { version, summary: record.summary }),
      changedContent: (record, version, fields) =>
        site('feed.changedContent', { version, fields: fields.join(', '), summary: record.summary }),
    },
  });
}

export function feedResponse(locale: Locale): Response {
  return new Response(feedXml(locale), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export function changesResponse(): Response {
  const { history, tombstones } = getReleases();
  return new Response(`${JSON.stringify(changesJson(history, tombstones), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** The changelog as `npm run data:release` writes it into data/CHANGELOG.md, for this build's data. */
export function changelogResponse(): Response {
  const markdown = changelogMarkdown(getReleases().history, titleLookup(getDataset().reports));
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
