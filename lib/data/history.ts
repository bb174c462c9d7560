/**
 * What changed between releases, from their snapshots (lib/data/release.ts) and the tombstones
 * (data/withdrawn.json). Pure: the snapshots are given, oldest or newest first, it does not matter.
 */
import { recordFields } from './release';
import type { ReleaseSnapshot, Tombstone } from './schema';

/** The field a re-check alone moves: a record whose only change is this one was re-read, not changed. */
export const CHECK_FIELD = 'checked';

export type RecordChange = { id: string; fields: string[] };

export type ReleaseDiff = {
  /** In the later release only. */
  added: string[];
  /** In both, with the fields (other than the check) that differ, in the snapshots' field order. */
  changed: RecordChange[];
  /** In both, with only the check's date or basis changed. */
  rechecked: string[];
  /** In the earlier release only. */
  withdrawn: string[];
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The difference from `previous` (null: nothing before, every record is added) to `next`. */
export function diffReleases(previous: ReleaseSnapshot | null, next: ReleaseSnapshot): ReleaseDiff {
  const before = previous?.records ?? {};
  const added: string[] = [];
  const changed: RecordChange[] = [];
  const rechecked: string[] = [];
  for (const id of Object.keys(next.records).sort(byId)) {
    if (!(id in before) || previous === null) {
      added.push(id);
      continue;
    }
    if (before[id] === next.records[id] && sameFields(previous, next)) continue;
    const old = recordFields(previous, id) ?? new Map<string, string>();
    const now = recordFields(next, id) ?? new Map<string, string>();
    const names = [...new Set([...next.fields, ...previous.fields])];
    const fields = names.filter((field) => old.get(field) !== now.get(field));
    const substantive = fields.filter((field) => field !== CHECK_FIELD);
    if (substantive.length > 0) changed.push({ id, fields: substantive });
    else if (fields.length > 0) rechecked.push(id);
  }
  const withdrawn = Object.keys(before)
    .filter((id) => !(id in next.records))
    .sort(byId);
  return { added, changed, rechecked, withdrawn };
}

function sameFields(a: ReleaseSnapshot, b: ReleaseSnapshot): boolean {
  return a.fields.length === b.fields.length && a.fields.every((field, index) => b.fields[index] === field);
}

export type ReleaseEntry = ReleaseDiff & {
  version: string;
  date: string;
  /** The release before, or null for the first. */
  previous: { version: string; date: string } | null;
  /** Records in this release. */
  records: number;
  /** The tombstones of the records withdrawn in this release (one per `withdrawn` id that has one). */
  tombstones: Tombstone[];
};

const oldestFirst = (snapshots: readonly ReleaseSnapshot[]) =>
  [...snapshots].sort((a, b) => byId(a.version, b.version));

/**
 * Every release, newest first, each against the one before. A tombstone belongs to the release after the last one
 * that held its record; one whose record was in no release (dropped before the first, or between two) belongs to
 * the first release dated on or after it (the newest when none is).
 */
export function releaseHistory(
  snapshots: readonly ReleaseSnapshot[],
  tombstones: readonly Tombstone[],
): ReleaseEntry[] {
  const releases = oldestFirst(snapshots);
  const withdrawnIn = new Map<number, Tombstone[]>();
  for (const tombstone of tombstones) {
    let last = -1;
    releases.forEach((release, index) => {
      if (tombstone.id in release.records) last = index;
    });
    let index: number;
    if (last >= 0) index = last + 1;
    else {
      index = releases.findIndex((release) => release.date >= tombstone.date);
      if (index < 0) index = releases.length - 1;
    }
    if (index >= releases.length) continue; // Still in the newest release: validation reports it.
    withdrawnIn.set(index, [...(withdrawnIn.get(index) ?? []), tombstone]);
  }
  return releases
    .map((release, index): ReleaseEntry => {
      const previous = index > 0 ? releases[index - 1] : null;
      const diff = diffReleases(previous ?? null, release);
      const ownTombstones = (withdrawnIn.get(index) ?? []).sort((a, b) => byId(a.id, b.id));
      const withdrawn = [...new Set([...diff.withdrawn, ...ownTombstones.map((entry) => entry.id)])].sort(byId);
      return {
        ...diff,
        withdrawn,
        version: release.version,
        date: release.date,
        previous: previous ? { version: previous.version, date: previous.date } : null,
        records: Object.keys(release.records).length,
        tombstones: ownTombstones,
      };
    })
    .reverse();
}

/**
 * Ids that some release held and that are now neither in the data nor tombstoned: each would leave its citations
 * dangling. Listed with the newest release that held them.
 */
export function untombstonedIds(
  snapshots: readonly ReleaseSnapshot[],
  currentIds: ReadonlySet<string>,
  tombstones: readonly Pick<Tombstone, 'id'>[],
): { id: string; version: string }[] {
  const tombstoned = new Set(tombstones.map((entry) => entry.id));
  const missing = new Map<string, string>();
  for (const release of oldestFirst(snapshots)) {
    for (const id of Object.keys(release.records)) {
      if (!currentIds.has(id) && !tombstoned.has(id)) missing.set(id, release.version);
    }
  }
  return [...missing].map(([id, version]) => ({ id, version })).sort((a, b) => byId(a.id, b.id));
}
