/**
 * The releases in words and as data: `data/CHANGELOG.md` (committed, written by `npm run data:release`) and
 * `/data/changes.json` (written by the build). Pure: the history comes from lib/data/history.ts.
 */
import type { ReleaseEntry } from './history';
import type { Report, Tombstone } from './schema';

/** A record's name in the changelog: our English rendering of its headline, the headline, or our description. */
export function titleLookup(reports: readonly Report[]): (id: string) => string | undefined {
  const titles = new Map(
    reports.map((report) => [report.id, report.source.title_en ?? report.source.title ?? report.source.description]),
  );
  return (id) => titles.get(id);
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** A record's line: its id, and its headline (or our description) when it is still in the data. */
function recordLine(id: string, titleOf: (id: string) => string | undefined, extra = ''): string {
  const title = titleOf(id);
  return `- \`${id}\`${title ? `: ${title.replace(/\s+/g, ' ')}` : ''}${extra}`;
}

function tombstoneLine(id: string, tombstone: Tombstone | undefined): string {
  if (!tombstone) return `- \`${id}\``;
  const replacement = tombstone.replacement ? `; see \`${tombstone.replacement}\`` : '';
  return `- \`${id}\` (${tombstone.reason}, ${tombstone.date}${replacement}): ${tombstone.note}`;
}

export function changelogMarkdown(history: readonly ReleaseEntry[], titleOf: (id: string) => string | undefined): string {
  const lines = [
    '# Changelog',
    '',
    'Every release of the dataset, newest first: the records added, changed (with the fields that changed) and',
    'withdrawn since the release before. A release is named by its version, the day of its latest check',
    '(`YYYY.MM.DD`). Written by `npm run data:release` from the snapshots in `releases/` and the tombstones in',
    '`withdrawn.json`; do not edit by hand. The site serves it as `/data/changelog.md`, and as data in',
    '`/data/changes.json`; the feeds (`/feed.xml`, `/ko/feed.xml`, `/zh/feed.xml`) list the added and changed',
    "records. A withdrawn record's page (`/reports/<id>`) stays and says why.",
  ];
  for (const release of history) {
    const since = release.previous
      ? `since ${release.previous.version}: ${release.added.length} added, ${release.changed.length} changed, ` +
        `${release.withdrawn.length} withdrawn, ${plural(release.rechecked.length, 'record')} re-checked without other change`
      : `the first release${release.withdrawn.length > 0 ? `, ${release.withdrawn.length} withdrawn before it` : ''}`;
    lines.push('', `## ${release.version}`, '', `${plural(release.records, 'record')}; ${since}.`);
    if (release.previous && release.added.length > 0) {
      lines.push('', '### Added', '', ...release.added.map((id) => recordLine(id, titleOf)));
    }
    if (release.changed.length > 0) {
      lines.push(
        '',
        '### Changed',
        '',
        ...release.changed.map(({ id, fields }) => recordLine(id, titleOf, ` (${fields.join(', ')})`)),
      );
    }
    if (release.withdrawn.length > 0) {
      const byId = new Map(release.tombstones.map((entry) => [entry.id, entry]));
      lines.push('', '### Withdrawn', '', ...release.withdrawn.map((id) => tombstoneLine(id, byId.get(id))));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `/data/changes.json`: each release's lists, and every tombstone. */
export function changesJson(history: readonly ReleaseEntry[], tombstones: readonly Tombstone[]) {
  return {
    version: history[0]?.version ?? null,
    releases: history.map((release) => ({
      version: release.version,
      date: release.date,
      previous: release.previous?.version ?? null,
      records: release.records,
      added: release.added,
      changed: release.changed,
      rechecked: release.rechecked,
      withdrawn: release.withdrawn,
    })),
    withdrawn: tombstones,
  };
}
