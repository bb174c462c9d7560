/**
 * The Atom feed (RFC 4287) of new and changed records, one per language (`/feed.xml`, `/ko/feed.xml`,
 * `/zh/feed.xml`): newest release first, each entry linking the record's page in that language and dated by its
 * release. Pure: the words, the history and the records are given.
 */
import type { ReleaseEntry } from '@/lib/data/history';

/** Entries a feed keeps: readers poll it, and a first release of hundreds of records would drown the rest. */
export const FEED_LIMIT = 100;

export type FeedRecord = { id: string; title: string; summary: string };

export type FeedWords = {
  /** The feed's title and subtitle. */
  title: string;
  subtitle: string;
  /** The site's name, as the feed's author. */
  author: string;
  /** An entry's title and text. */
  added: (record: FeedRecord) => string;
  changed: (record: FeedRecord) => string;
  addedContent: (record: FeedRecord, version: string) => string;
  changedContent: (record: FeedRecord, version: string, fields: readonly string[]) => string;
};

export type FeedInput = {
  /** The feed's own address, and the address of the page it describes (the language's home page). */
  feedUrl: string;
  homeUrl: string;
  /** The address of a record's page in the feed's language. */
  recordUrl: (id: string) => string;
  /** The BCP 47 tag of the feed's language (`en`, `ko`, `zh-Hans`); the records' summaries are English. */
  language: string;
  history: readonly ReleaseEntry[];
  records: ReadonlyMap<string, FeedRecord>;
  words: FeedWords;
};

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** A release's day as an Atom date (RFC 3339): the start of that day, UTC. */
const atomDate = (day: string) => `${day}T00:00:00Z`;

type Entry = { id: string; title: string; link: string; updated: string; content: string };

/** The entries, newest release first; within a release, new records before changed ones, each by id. */
export function feedEntries(input: FeedInput): Entry[] {
  const entries: Entry[] = [];
  for (const release of input.history) {
    const make = (id: string, title: string, content: string) => ({
      // A change is its own entry: the record's address with the release, so a reader sees each change once.
      id: `${input.recordUrl(id)}#release-${release.version}`,
      title,
      link: input.recordUrl(id),
      updated: atomDate(release.date),
      content,
    });
    // The first release added every record: it is the dataset's start, not news.
    const added = release.previous === null ? [] : release.added;
    for (const id of added) {
      const record = input.records.get(id);
      if (record) entries.push(make(id, input.words.added(record), input.words.addedContent(record, release.version)));
    }
    for (const { id, fields } of release.changed) {
      const record = input.records.get(id);
      if (record) {
        entries.push(
          make(id, input.words.changed(record), input.words.changedContent(record, release.version, fields)),
        );
      }
    }
    if (entries.length >= FEED_LIMIT) break;
  }
  return entries.slice(0, FEED_LIMIT);
}

export function atomFeed(input: FeedInput): string {
  const entries = feedEntries(input);
  const updated = input.history[0] ? atomDate(input.history[0].date) : atomDate('1970-01-01');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(input.language)}">`,
    `  <id>${escapeXml(input.feedUrl)}</id>`,
    `  <title>${escapeXml(input.words.title)}</title>`,
    `  <subtitle>${escapeXml(input.words.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.homeUrl)}"/>`,
    `  <author><name>${escapeXml(input.words.author)}</name><uri>${escapeXml(input.homeUrl)}</uri></author>`,
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <updated>${entry.updated}</updated>`,
      `    <content type="text">${escapeXml(entry.content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
