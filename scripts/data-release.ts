/**
 * `npm run data:release`: writes the snapshot of the current data's release (data/releases/<version>.json) and
 * regenerates data/CHANGELOG.md from every snapshot and data/withdrawn.json.
 *
 *   --replace     rewrite the current version's snapshot (after records changed or were withdrawn within a version)
 *   --from <rev>  make the snapshot of the release a git revision held (to reconstruct past releases)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { getDataset, formatDataError, latestDateOnEarth, InvalidDataError } from '../lib/data/dataset';
import { datasetReleaseDate, datasetVersion } from '../lib/data/dataset-version';
import { changelogMarkdown, titleLookup } from '../lib/data/changelog';
import { releaseHistory } from '../lib/data/history';
import { currentSnapshot, readSnapshotFiles, withCurrent } from '../lib/data/releases';
import { serializeSnapshot, snapshotOf } from '../lib/data/release';
import type { ReleaseSnapshot } from '../lib/data/schema';
import { checkReleases, RELEASES_DIR } from '../lib/data/withdrawn';

export const CHANGELOG_FILE = 'data/CHANGELOG.md';

const args = process.argv.slice(2);
const replace = args.includes('--replace');
const fromIndex = args.indexOf('--from');
const fromRev = fromIndex >= 0 ? args[fromIndex + 1] : undefined;
if (fromIndex >= 0 && !fromRev) {
  console.error('--from needs a git revision');
  process.exit(1);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A past release: the dates in its records' and events' `checked`, read loosely (old files predate the schema). */
function snapshotAt(rev: string): ReleaseSnapshot {
  const show = (file: string) => {
    try {
      return JSON.parse(
        execFileSync('git', ['show', `${rev}:${file}`], { encoding: 'utf8', maxBuffer: 64 << 20 }),
      ) as unknown;
    } catch {
      return [];
    }
  };
  const reports = show('data/reports.json');
  const checkedOf = (items: unknown) =>
    (Array.isArray(items) ? items : []).flatMap((item: unknown) => {
      const checked: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'checked') : undefined;
      const date: unknown = typeof checked === 'object' && checked !== null ? Reflect.get(checked, 'date') : undefined;
      return typeof date === 'string' ? [{ checked: { date } }] : [];
    });
  const checked = checkedOf(reports);
  if (checked.length === 0) fail(`${rev}: its records carry no check date, so that data had no version`);
  const versioned = { reports: checked, events: checkedOf(show('data/events.json')) };
  return snapshotOf(reports, datasetVersion(versioned), datasetReleaseDate(versioned));
}

let snapshot: ReleaseSnapshot;
try {
  snapshot = fromRev ? snapshotAt(fromRev) : currentSnapshot();
} catch (error) {
  if (error instanceof InvalidDataError) fail(`${error.message}\n\nFix the data first (npm run validate:data).`);
  throw error;
}

const file = `${RELEASES_DIR}/${snapshot.version}.json`;
const text = serializeSnapshot(snapshot);
if (existsSync(file) && readFileSync(file, 'utf8') !== text) {
  if (!replace) {
    fail(
      `${file} exists and differs from the data. The records changed within version ${snapshot.version}: ` +
        'run `npm run data:release -- --replace` to rewrite it.',
    );
  }
  writeFileSync(file, text);
  console.log(`${file}: rewritten (${Object.keys(snapshot.records).length} records)`);
} else if (!existsSync(file)) {
  writeFileSync(file, text);
  console.log(`${file}: written (${Object.keys(snapshot.records).length} records)`);
} else {
  console.log(`${file}: up to date`);
}

const { reports } = getDataset();
const check = checkReleases({
  withdrawn: JSON.parse(readFileSync('data/withdrawn.json', 'utf8')) as unknown,
  snapshots: readSnapshotFiles(),
  reportIds: new Set(reports.map((report) => report.id)),
  today: latestDateOnEarth(),
});
if (!check.ok) fail(check.errors.map(formatDataError).join('\n'));
const history = releaseHistory(withCurrent(check.snapshots, currentSnapshot()), check.tombstones);
writeFileSync(CHANGELOG_FILE, changelogMarkdown(history, titleLookup(reports)));
console.log(`${CHANGELOG_FILE}: ${history.length} releases`);
