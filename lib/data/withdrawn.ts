/**
 * The tombstones of withdrawn records (data/withdrawn.json) and the snapshots of past releases (data/releases/),
 * checked against the current records: an id some release held must be in the data or tombstoned, a tombstone names
 * a record that is gone, and its replacement one that is here. Errors name file, record and field, as
 * lib/data/dataset.ts does.
 */
import type { DataError } from './dataset';
import { untombstonedIds } from './history';
import { ReleaseSnapshot, Tombstone } from './schema';
import { fieldPath } from './dataset';

export const WITHDRAWN_FILE = 'data/withdrawn.json';
export const RELEASES_DIR = 'data/releases';

export type ReleaseCheck =
  | { ok: true; tombstones: Tombstone[]; snapshots: ReleaseSnapshot[] }
  | { ok: false; errors: DataError[] };

function issueMessage(issue: { code: string; message: string; input?: unknown }): string {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message;
}

/** Tombstones parsed one by one, every problem collected. */
export function parseTombstones(input: unknown, errors: DataError[]): Tombstone[] {
  if (!Array.isArray(input)) {
    errors.push({ file: WITHDRAWN_FILE, record: '(file)', field: '(root)', message: 'must be an array of tombstones' });
    return [];
  }
  const parsed: Tombstone[] = [];
  input.forEach((value: unknown, index) => {
    const result = Tombstone.safeParse(value);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    const id: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'id') : undefined;
    const record = typeof id === 'string' && id !== '' ? id : `#${index}`;
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (keys.length > 0) {
        for (const key of keys) {
          errors.push({ file: WITHDRAWN_FILE, record, field: fieldPath([...issue.path, key]), message: 'is not a known field' });
        }
      } else {
        errors.push({ file: WITHDRAWN_FILE, record, field: fieldPath(issue.path), message: issueMessage(issue) });
      }
    }
  });
  return parsed;
}

/** A snapshot file's contents, or its problems (file: the snapshot's path). */
export function parseSnapshot(file: string, input: unknown, errors: DataError[]): ReleaseSnapshot | null {
  const result = ReleaseSnapshot.safeParse(input);
  if (result.success) {
    const expected = `${RELEASES_DIR}/${result.data.version}.json`;
    if (file !== expected) {
      errors.push({ file, record: '(file)', field: 'version', message: `is ${result.data.version}, so the file must be ${expected}` });
      return null;
    }
    if (result.data.date !== result.data.version.replaceAll('.', '-')) {
      errors.push({ file, record: '(file)', field: 'date', message: `must be the version's day (${result.data.version})` });
      return null;
    }
    return result.data;
  }
  for (const issue of result.error.issues) {
    errors.push({ file, record: '(file)', field: fieldPath(issue.path), message: issueMessage(issue) });
  }
  return null;
}

/**
 * Checks the tombstones and the releases against the current records' ids. `snapshots` are the committed ones, by
 * file name; `today` bounds a tombstone's date.
 */
export function checkReleases(input: {
  withdrawn: unknown;
  snapshots: readonly { file: string; content: unknown }[];
  reportIds: ReadonlySet<string>;
  today: string;
}): ReleaseCheck {
  const errors: DataError[] = [];
  const tombstones = parseTombstones(input.withdrawn, errors);
  const seen = new Set<string>();
  for (const tombstone of tombstones) {
    const fail = (field: string, message: string) =>
      errors.push({ file: WITHDRAWN_FILE, record: tombstone.id, field, message });
    if (seen.has(tombstone.id)) fail('id', 'is tombstoned twice');
    seen.add(tombstone.id);
    if (input.reportIds.has(tombstone.id)) fail('id', 'is still a record in data/reports.json (ids are never reused)');
    if (tombstone.replacement !== undefined && !input.reportIds.has(tombstone.replacement)) {
      fail('replacement', `"${tombstone.replacement}" is not a record in data/reports.json`);
    }
    if (tombstone.replacement === tombstone.id) fail('replacement', 'names the withdrawn record itself');
    if (tombstone.date > input.today) fail('date', `${tombstone.date} is in the future`);
  }
  const snapshots = input.snapshots
    .map(({ file, content }) => parseSnapshot(file, content, errors))
    .filter((snapshot) => snapshot !== null);
  for (const { id, version } of untombstonedIds(snapshots, input.reportIds, tombstones)) {
    errors.push({
      file: 'data/reports.json',
      record: id,
      field: 'id',
      message: `was in release ${version} and is gone without a tombstone: add it to ${WITHDRAWN_FILE} (id, date, reason, note, and replacement when merged or renamed)`,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, tombstones, snapshots };
}
