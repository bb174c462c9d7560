import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffReleases, releaseHistory, untombstonedIds } from './history';
import { snapshotOf } from './release';
import type { Tombstone } from './schema';
import { getDataset } from './dataset';

const record = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  summary: `summary of ${id}`,
  checked: { date: '2026-01-01', against: 'page' },
  ...fields,
});

const tombstone = (id: string, date: string, extra: Partial<Tombstone> = {}): Tombstone => ({
  id,
  date,
  reason: 'mirror-only',
  note: 'rested on a copy only',
  ...extra,
});

describe('diffReleases', () => {
  it('lists what was added, changed (with its fields), re-checked only, and withdrawn', () => {
    const before = snapshotOf([record('a'), record('b'), record('c'), record('d')], '2026.01.01', '2026-01-01');
    const after = snapshotOf(
      [
        record('a'),
        record('b', { summary: 'a new summary', sectors: ['textile'] }),
        record('c', { checked: { date: '2026-02-01', against: 'page' } }),
        record('e'),
      ],
      '2026.02.01',
      '2026-02-01',
    );
    expect(diffReleases(before, after)).toEqual({
      added: ['e'],
      changed: [{ id: 'b', fields: ['sectors', 'summary'] }],
      rechecked: ['c'],
      withdrawn: ['d'],
    });
  });

  it('counts every record of the first release as added', () => {
    const first = snapshotOf([record('b'), record('a')], '2026.01.01', '2026-01-01');
    expect(diffReleases(null, first)).toEqual({ added: ['a', 'b'], changed: [], rechecked: [], withdrawn: [] });
  });

  it('ignores key order inside a field, and sees a field that appears', () => {
    const before = snapshotOf([record('a', { source: { outlet: 'X', url: 'https://x' } })], '2026.01.01', '2026-01-01');
    const reordered = snapshotOf([record('a', { source: { url: 'https://x', outlet: 'X' } })], '2026.01.02', '2026-01-02');
    expect(diffReleases(before, reordered).changed).toEqual([]);
    const withNotes = snapshotOf(
      [record('a', { source: { outlet: 'X', url: 'https://x' }, notes: 'new' })],
      '2026.01.03',
      '2026-01-03',
    );
    expect(diffReleases(before, withNotes).changed).toEqual([{ id: 'a', fields: ['notes'] }]);
  });
});

describe('releaseHistory', () => {
  const r1 = snapshotOf([record('a'), record('b')], '2026.01.01', '2026-01-01');
  const r2 = snapshotOf([record('a'), record('c')], '2026.02.01', '2026-02-01');
  const r3 = snapshotOf([record('a'), record('c'), record('d')], '2026.03.01', '2026-03-01');

  it('gives each release, newest first, against the one before', () => {
    const history = releaseHistory([r2, r3, r1], [tombstone('b', '2026-01-20')]);
    expect(history.map((release) => [release.version, release.previous?.version ?? null, release.records])).toEqual([
      ['2026.03.01', '2026.02.01', 3],
      ['2026.02.01', '2026.01.01', 2],
      ['2026.01.01', null, 2],
    ]);
    expect(history[0]?.added).toEqual(['d']);
    expect(history[1]?.withdrawn).toEqual(['b']);
    expect(history[1]?.tombstones.map((entry) => entry.reason)).toEqual(['mirror-only']);
  });

  it('puts a record dropped between releases in the first release dated on or after its tombstone', () => {
    const history = releaseHistory([r1, r2, r3], [tombstone('x', '2026-01-15'), tombstone('y', '2025-06-01')]);
    expect(history.find((release) => release.version === '2026.02.01')?.withdrawn).toEqual(['b', 'x']);
    expect(history.find((release) => release.version === '2026.01.01')?.withdrawn).toEqual(['y']);
  });
});

describe('untombstonedIds', () => {
  it('names an id a release held that is neither in the data nor tombstoned', () => {
    const r1 = snapshotOf([record('a'), record('b')], '2026.01.01', '2026-01-01');
    const r2 = snapshotOf([record('a')], '2026.02.01', '2026-02-01');
    expect(untombstonedIds([r1, r2], new Set(['a']), [])).toEqual([{ id: 'b', version: '2026.01.01' }]);
    expect(untombstonedIds([r1, r2], new Set(['a']), [{ id: 'b' }])).toEqual([]);
  });
});

describe('the committed releases', () => {
  const ids = (value: unknown): string[] => {
    if (typeof value !== 'object' || value === null) return [];
    const records: unknown = Reflect.get(value, 'records');
    return typeof records === 'object' && records !== null ? Object.keys(records) : [];
  };
  const files = readdirSync('data/releases').filter((name) => name.endsWith('.json'));
  const tombstoned = new Set(
    (JSON.parse(readFileSync('data/withdrawn.json', 'utf8')) as unknown[]).map((entry) =>
      typeof entry === 'object' && entry !== null ? String(Reflect.get(entry, 'id')) : '',
    ),
  );

  it('record ids are stable across releases: every id of every release is in the data or tombstoned', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    const current = new Set(getDataset().reports.map((report) => report.id));
    const lost = files.flatMap((name) =>
      ids(JSON.parse(readFileSync(`data/releases/${name}`, 'utf8'))).filter(
        (id) => !current.has(id) && !tombstoned.has(id),
      ),
    );
    expect(lost).toEqual([]);
  });
});
