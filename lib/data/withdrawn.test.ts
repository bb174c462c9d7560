import { describe, expect, it } from 'vitest';
import { formatDataError } from './dataset';
import { serializeSnapshot, snapshotOf } from './release';
import { checkReleases } from './withdrawn';

const release = (version: string, ids: string[]) => {
  const snapshot = snapshotOf(
    ids.map((id) => ({ id, summary: id })),
    version,
    version.replaceAll('.', '-'),
  );
  return { file: `data/releases/${version}.json`, content: JSON.parse(serializeSnapshot(snapshot)) as unknown };
};

const errorsOf = (input: Parameters<typeof checkReleases>[0]) => {
  const result = checkReleases(input);
  return result.ok ? [] : result.errors.map(formatDataError);
};

const base = { today: '2026-12-06', reportIds: new Set(['kept', 'successor']) };
const gone = { id: 'gone', date: '2026-12-05', reason: 'merged', replacement: 'successor', note: 'Folded into its successor.' };

describe('checkReleases', () => {
  it('accepts tombstones and releases that account for every id', () => {
    const result = checkReleases({ ...base, withdrawn: [gone], snapshots: [release('2026.12.04', ['kept', 'gone'])] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.tombstones.map((entry) => entry.id)).toEqual(['gone']);
  });

  it('rejects an id that left a release without a tombstone, naming file, record and field', () => {
    expect(errorsOf({ ...base, withdrawn: [], snapshots: [release('2026.12.04', ['kept', 'gone'])] })).toEqual([
      expect.stringMatching(/^data\/reports\.json: record "gone": field "id": was in release 2026\.12\.04 and is gone without a tombstone/),
    ]);
  });

  it('names the file, record and field of a malformed tombstone', () => {
    const errors = errorsOf({
      ...base,
      withdrawn: [
        { id: 'a', date: '2026-13-01', reason: 'bored', note: 'Something happened to it.' },
        { id: 'b', date: '2026-12-01', reason: 'merged', note: 'Merged somewhere unnamed.' },
        { id: 'kept', date: '2026-12-01', reason: 'wrong', note: 'Still in the data, though.', extra: 1 },
        { ...gone, replacement: 'nowhere' },
        { ...gone, id: 'later', date: '2026-12-31' },
      ],
      snapshots: [],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/withdrawn\.json: record "a": field "date": /),
        expect.stringMatching(/^data\/withdrawn\.json: record "a": field "reason": /),
        'data/withdrawn.json: record "b": field "replacement": is required when the reason is "merged" or "renamed"',
        'data/withdrawn.json: record "kept": field "extra": is not a known field',
        'data/withdrawn.json: record "gone": field "replacement": "nowhere" is not a record in data/reports.json',
        'data/withdrawn.json: record "later": field "date": 2026-12-31 is in the future',
      ]),
    );
  });

  it('rejects a tombstone for a record still in the data, and one given twice', () => {
    const kept = { id: 'kept', date: '2026-12-01', reason: 'wrong', note: 'Said to be wrong.' };
    expect(errorsOf({ ...base, withdrawn: [kept, gone, gone], snapshots: [] })).toEqual([
      'data/withdrawn.json: record "kept": field "id": is still a record in data/reports.json (ids are never reused)',
      'data/withdrawn.json: record "gone": field "id": is tombstoned twice',
    ]);
  });

  it('rejects a snapshot whose file name is not its version', () => {
    const misnamed = { ...release('2026.12.04', ['kept']), file: 'data/releases/latest.json' };
    expect(errorsOf({ ...base, withdrawn: [], snapshots: [misnamed] })).toEqual([
      expect.stringMatching(/^data\/releases\/latest\.json: record "\(file\)": field "version": /),
    ]);
  });
});
