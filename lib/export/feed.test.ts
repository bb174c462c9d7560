import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ReleaseEntry } from '@/lib/data/history';
import { atomFeed, FEED_LIMIT, type FeedInput, type FeedRecord } from './feed';

const release = (version: string, previous: string | null, diff: Partial<ReleaseEntry>): ReleaseEntry => ({
  version,
  date: version.replaceAll('.', '-'),
  previous: previous === null ? null : { version: previous, date: previous.replaceAll('.', '-') },
  records: 0,
  added: [],
  changed: [],
  rechecked: [],
  withdrawn: [],
  tombstones: [],
  ...diff,
});

const records = new Map<string, FeedRecord>(
  ['a', 'b', 'c', 'd'].map((id) => [id, { id, title: `Title <${id}> & “more”`, summary: `Summary of ${id}.` }]),
);

const input = (history: ReleaseEntry[], extra: Map<string, FeedRecord> = records): FeedInput => ({
  feedUrl: 'https://example.org/ko/feed.xml',
  homeUrl: 'https://example.org/ko',
  recordUrl: (id) => `https://example.org/ko/reports/${id}`,
  language: 'ko',
  history,
  records: extra,
  words: {
    title: 'Feed title',
    subtitle: 'Feed subtitle',
    author: 'The site',
    added: (record) => `New: ${record.title}`,
    changed: (record) => `Changed: ${record.title}`,
    addedContent: (record, version) => `Added in ${version}. ${record.summary}`,
    changedContent: (record, version, fields) => `Changed in ${version} (${fields.join(', ')}). ${record.summary}`,
  },
});

const history = [
  release('2026.03.01', '2026.02.01', { added: ['d'], changed: [{ id: 'a', fields: ['notes', 'summary'] }] }),
  release('2026.02.01', '2026.01.01', { added: ['c', 'gone'] }),
  release('2026.01.01', null, { added: ['a', 'b'] }),
];

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed: unknown = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(xml);
  const feed: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'feed') : undefined;
  if (typeof feed !== 'object' || feed === null) throw new Error('no <feed>');
  return feed as Record<string, unknown> & { entry?: Record<string, unknown>[]; link: Record<string, unknown>[] };
}

describe('atomFeed', () => {
  it('is well-formed Atom with the elements RFC 4287 requires of a feed and of each entry', () => {
    const feed = parse(atomFeed(input(history)));
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://example.org/ko/feed.xml');
    expect(feed.title).toBe('Feed title');
    expect(feed.updated).toBe('2026-03-01T00:00:00Z');
    expect(feed.author).toEqual({ name: 'The site', uri: 'https://example.org/ko' });
    expect(feed.link.map((link) => link['@_rel'])).toEqual(['self', 'alternate']);
    const entries = feed.entry ?? [];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.id).toEqual(
        expect.stringMatching(/^https:\/\/example\.org\/ko\/reports\/[a-z]+#release-\d{4}\.\d{2}\.\d{2}$/),
      );
      expect(typeof entry.title).toBe('string');
      expect(entry.updated).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/));
      expect(entry.link).toEqual([
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': String(entry.id).replace(/#.*$/, '') },
      ]);
    }
    // Every id is unique, as Atom requires.
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it('lists new, then changed records, newest release first, leaving out the first release and records now gone', () => {
    const entries = parse(atomFeed(input(history))).entry ?? [];
    expect(entries.map((entry) => [entry.title, entry.updated])).toEqual([
      ['New: Title <d> & “more”', '2026-03-01T00:00:00Z'],
      ['Changed: Title <a> & “more”', '2026-03-01T00:00:00Z'],
      ['New: Title <c> & “more”', '2026-02-01T00:00:00Z'],
    ]);
    expect(entries[1]?.content).toMatchObject({ '#text': 'Changed in 2026.03.01 (notes, summary). Summary of a.' });
  });

  it(`keeps the newest ${FEED_LIMIT} entries`, () => {
    const many = new Map<string, FeedRecord>(
      Array.from({ length: 150 }, (_, index) => {
        const id = `r${index}`;
        return [id, { id, title: id, summary: id }];
      }),
    );
    const big = [
      release('2026.02.01', '2026.01.01', { added: [...many.keys()].slice(0, 80) }),
      release('2026.01.02', '2026.01.01', { added: [...many.keys()].slice(80) }),
    ];
    const entries = parse(atomFeed(input(big, many))).entry ?? [];
    expect(entries).toHaveLength(FEED_LIMIT);
    expect(entries.filter((entry) => entry.updated === '2026-02-01T00:00:00Z')).toHaveLength(80);
  });
});
