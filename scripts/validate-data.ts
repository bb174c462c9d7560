/**
 * `npm run validate:data`: checks data/sectors.json, conditions.json, reports.json and coverage.json against the
 * schema and against each other, then the tombstones (data/withdrawn.json) and the release snapshots
 * (data/releases/): an id a release held must still be a record or be tombstoned. Prints every problem as
 * `file: record "id": field "path": what is wrong`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DATA_FILES, formatDataError, latestDateOnEarth, validateDataset } from '../lib/data/dataset';
import { changelogMarkdown, titleLookup } from '../lib/data/changelog';
import { datasetReleaseDate, datasetVersion } from '../lib/data/dataset-version';
import { releaseHistory } from '../lib/data/history';
import { serializeSnapshot, snapshotOf } from '../lib/data/release';
import { readSnapshotFiles, withCurrent } from '../lib/data/releases';
import { checkReleases, RELEASES_DIR, WITHDRAWN_FILE } from '../lib/data/withdrawn';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(
      `${file}: record "(file)": field "(root)": is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
    process.exit(1);
  }
}

const result = validateDataset({
  sectors: readJson(DATA_FILES.sectors),
  conditions: readJson(DATA_FILES.conditions),
  reports: readJson(DATA_FILES.reports),
  coverage: readJson(DATA_FILES.coverage),
  confidence: readJson(DATA_FILES.confidence),
  events: readJson(DATA_FILES.events),
});

for (const warning of result.warnings) console.warn(`warning: ${formatDataError(warning)}`);

if (!result.ok) {
  for (const error of result.errors) console.error(formatDataError(error));
  console.error(`\n${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
const { sectors, conditions, reports, coverage, events } = result.dataset;

const releases = checkReleases({
  withdrawn: readJson(WITHDRAWN_FILE),
  snapshots: readSnapshotFiles(),
  reportIds: new Set(reports.map((report) => report.id)),
  today: latestDateOnEarth(),
});
if (!releases.ok) {
  for (const error of releases.errors) console.error(formatDataError(error));
  console.error(`\n${releases.errors.length} problem${releases.errors.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
// A stale snapshot or changelog is a warning: the build describes the data it ships either way.
const current = snapshotOf(
  readJson(DATA_FILES.reports),
  datasetVersion(result.dataset),
  datasetReleaseDate(result.dataset),
);
const snapshotFile = `${RELEASES_DIR}/${current.version}.json`;
const release = 'run `npm run data:release` (`-- --replace` within a version)';
if (!existsSync(snapshotFile)) console.warn(`warning: ${snapshotFile} is missing: ${release}`);
else if (readFileSync(snapshotFile, 'utf8') !== serializeSnapshot(current)) {
  console.warn(`warning: ${snapshotFile} differs from the data: ${release}`);
}
const changelog = changelogMarkdown(
  releaseHistory(withCurrent(releases.snapshots, current), releases.tombstones),
  titleLookup(reports),
);
if (!existsSync('data/CHANGELOG.md') || readFileSync('data/CHANGELOG.md', 'utf8') !== changelog) {
  console.warn(`warning: data/CHANGELOG.md is stale: ${release}`);
}
const noneFound = coverage.filter((entry) => entry.status === 'none-found').length;
console.log(
  `data ok: ${reports.length} reports, ${sectors.length} sectors, ${conditions.length} conditions, ` +
    `${coverage.length} prefectures (${noneFound} with no report found), ${events.length} timeline events, ` +
    `${releases.tombstones.length} withdrawn, ${releases.snapshots.length} releases`,
);
