/**
 * Server-only: the releases as the build serves them. The committed snapshots (data/releases/) and tombstones
 * (data/withdrawn.json), checked once, with the current data as the newest release: when the data moved on since
 * `npm run data:release`, the build still describes what it ships (validate:data warns that the files are stale).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import reportsJson from '@/data/reports.json' with { type: 'json' };
import withdrawnJson from '@/data/withdrawn.json' with { type: 'json' };
import { getDataset, InvalidDataError, latestDateOnEarth } from './dataset';
import { datasetReleaseDate, datasetVersion } from './dataset-version';
import { releaseHistory, type ReleaseEntry } from './history';
import { independentOutlets } from './provenance';
import { snapshotOf } from './release';
import type { ReleaseSnapshot, Tombstone } from './schema';
import { checkReleases, RELEASES_DIR } from './withdrawn';

/** The committed snapshot files, by path relative to the project (`data/releases/2026.12.05.json`). */
export function readSnapshotFiles(root: string = process.cwd()): { file: string; content: unknown }[] {
  const dir = path.join(root, RELEASES_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: `${RELEASES_DIR}/${name}`,
      content: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown,
    }));
}

/** The current data's snapshot, made as `npm run data:release` makes it. */
export function currentSnapshot(): ReleaseSnapshot {
  const dataset = getDataset();
  return snapshotOf(reportsJson, datasetVersion(dataset), datasetReleaseDate(dataset));
}

/** The committed snapshots with the current one in place of its version's (or after them). */
export function withCurrent(snapshots: readonly ReleaseSnapshot[], current: ReleaseSnapshot): ReleaseSnapshot[] {
  return [...snapshots.filter((snapshot) => snapshot.version !== current.version), current];
}

export type Releases = {
  /** Newest first; the first is the data this build ships. */
  history: ReleaseEntry[];
  tombstones: Tombstone[];
  tombstonesById: ReadonlyMap<string, Tombstone>;
};

let loaded: Releases | null = null;

export function getReleases(): Releases {
  if (loaded) return loaded;
  const { reports } = getDataset();
  // The benchmark's build swaps synthetic records in for the committed ones (next.config.js): the committed releases
  // and tombstones describe other records, so that build is a first release of its own.
  const synthetic = process.env.BENCH_REPORTS_FILE !== undefined;
  const check = checkReleases({
    withdrawn: synthetic ? [] : withdrawnJson,
    snapshots: synthetic ? [] : readSnapshotFiles(),
    reportIds: new Set(reports.map((report) => report.id)),
    today: latestDateOnEarth(),
  });
  if (!check.ok) throw new InvalidDataError(check.errors);
  const history = releaseHistory(withCurrent(check.snapshots, currentSnapshot()), check.tombstones);
  loaded = {
    history,
    tombstones: check.tombstones,
    tombstonesById: new Map(check.tombstones.map((entry) => [entry.id, entry])),
  };
  return loaded;
}

/**
 * What the dashboard's header says: the release's day, how many records are new since the one before, and what the
 * dataset rests on (its reports and independent outlets, counted as the About page counts them).
 */
export type ReleaseLine = { date: string; previous: string | null; added: number; reports: number; outlets: number };

export function releaseLine(): ReleaseLine {
  const [latest] = getReleases().history;
  if (!latest) throw new Error('no release');
  const { reports } = getDataset();
  return {
    date: latest.date,
    previous: latest.previous?.date ?? null,
    added: latest.added.length,
    reports: reports.length,
    outlets: independentOutlets(reports).length,
  };
}
