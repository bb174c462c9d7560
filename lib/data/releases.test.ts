import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDataset } from './dataset';
import { datasetVersion } from './dataset-version';
import { outletKey } from './provenance';
import { getReleases, releaseLine, withCurrent } from './releases';
import { snapshotOf } from './release';

const committed = readdirSync('data/releases')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => name.replace(/\.json$/, ''));

describe('the releases the build serves', () => {
  it('end with the data this build ships, at its version, after every committed release', () => {
    const { history } = getReleases();
    const version = datasetVersion(getDataset());
    expect(history[0]?.version).toBe(version);
    expect(history[0]?.records).toBe(getDataset().reports.length);
    expect(history.map((release) => release.version)).toEqual([...new Set([...committed, version])].sort().reverse());
  });

  it('say in the header how many records are new since the release before', () => {
    const versions = [...new Set([...committed, datasetVersion(getDataset())])].sort();
    const previous = versions[versions.length - 2];
    const before: unknown = JSON.parse(readFileSync(`data/releases/${previous}.json`, 'utf8'));
    const held = new Set(Object.keys(Object(Reflect.get(Object(before), 'records'))));
    const added = getDataset().reports.filter((report) => !held.has(report.id)).length;
    expect(releaseLine()).toEqual({
      date: datasetVersion(getDataset()).replaceAll('.', '-'),
      previous: previous?.replaceAll('.', '-'),
      added,
      reports: getDataset().reports.length,
      // Editions and relays of one outlet count once: fewer outlets than distinct names.
      outlets: new Set(getDataset().reports.map((report) => outletKey(report.source.outlet))).size,
    });
  });

  it('put the current data in place of a stale snapshot of its version', () => {
    const old = snapshotOf([{ id: 'a' }], '2026.01.01', '2026-01-01');
    const stale = snapshotOf([{ id: 'a' }], '2026.02.01', '2026-02-01');
    const fresh = snapshotOf([{ id: 'a' }, { id: 'b' }], '2026.02.01', '2026-02-01');
    expect(withCurrent([old, stale], fresh)).toEqual([old, fresh]);
  });
});
