import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { changelogResponse, changesResponse, feedXml } from './release-routes';

const releaseDays = readFileSync('data/CHANGELOG.md', 'utf8')
  .split('\n')
  .filter((line) => /^## \d{4}\.\d{2}\.\d{2}$/.test(line))
  .map((line) => line.slice(3).replaceAll('.', '-'));

describe('the feeds of the committed data', () => {
  const ids = new Set(getDataset().reports.map((report) => report.id));

  it.each(['en', 'ko', 'zh'] as const)(
    '%s: valid Atom, newest first, each entry a record page at its release',
    (locale) => {
      const xml = feedXml(locale);
      expect(XMLValidator.validate(xml)).toBe(true);
      const parsed: unknown = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(
        xml,
      );
      const feed: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'feed') : null;
      const entries: unknown = typeof feed === 'object' && feed !== null ? Reflect.get(feed, 'entry') : null;
      if (!Array.isArray(entries)) throw new Error('no entries');
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThanOrEqual(100);
      const prefix = locale === 'en' ? 'http://localhost:3000/reports/' : `http://localhost:3000/${locale}/reports/`;
      const days: string[] = [];
      for (const entry of entries) {
        const link: unknown = Reflect.get(Object(entry), 'link');
        const href = String(Reflect.get(Object(link), '@_href'));
        expect(href.startsWith(prefix)).toBe(true);
        expect(ids.has(decodeURIComponent(href.slice(prefix.length)))).toBe(true);
        days.push(String(Reflect.get(Object(entry), 'updated')).slice(0, 10));
      }
      expect(days.every((day) => releaseDays.includes(day))).toBe(true);
      expect([...days].sort().reverse()).toEqual(days);
    },
  );
});

describe('the release files', () => {
  it('serve the committed changelog and the same releases as data', async () => {
    expect(await changelogResponse().text()).toBe(readFileSync('data/CHANGELOG.md', 'utf8'));
    const changes: unknown = await changesResponse().json();
    const releases: unknown = Reflect.get(Object(changes), 'releases');
    if (!Array.isArray(releases)) throw new Error('no releases');
    expect(releases.map((release: unknown) => String(Reflect.get(Object(release), 'date')))).toEqual(releaseDays);
  });
});
