import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getDataset } from './dataset';
import { datasetReleaseDate, datasetVersion, versionDate } from './dataset-version';

const checked = (date: string) => ({ checked: { date } });

describe('datasetVersion', () => {
  it('is the latest checked date across reports and events, as YYYY.MM.DD', () => {
    const dataset = {
      reports: [checked('2025-03-01'), checked('2026-01-15'), checked('2024-12-31')],
      events: [checked('2026-02-07'), checked('2019-01-01')],
    };
    expect(datasetReleaseDate(dataset)).toBe('2026-02-07');
    expect(datasetVersion(dataset)).toBe('2026.02.07');
    expect(datasetVersion({ reports: [checked('2026-01-15')] })).toBe('2026.01.15');
  });

  it('does not depend on the order of the records or on the clock', () => {
    const reports = [checked('2021-05-05'), checked('2023-10-10'), checked('2022-01-01')];
    expect(datasetVersion({ reports })).toBe(datasetVersion({ reports: [...reports].reverse() }));
    expect(datasetVersion({ reports })).toBe('2023.10.10');
  });

  it('refuses a dataset without checks, or a date of another form', () => {
    expect(() => datasetVersion({ reports: [] })).toThrow(/no version/);
    expect(() => datasetVersion({ reports: [checked('2026-1-5')] })).toThrow(/YYYY-MM-DD/);
  });

  it('turns a version back into its release day', () => {
    expect(versionDate('2026.12.02')).toBe('2026-12-02');
    expect(versionDate('1.0.0')).toBeUndefined();
  });

  it('gives the committed data a version', () => {
    const dataset = getDataset();
    expect(datasetVersion(dataset)).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
    const all = [...dataset.reports, ...dataset.events].map((record) => record.checked.date);
    expect(all).toContain(datasetReleaseDate(dataset));
  });
});

describe('CITATION.cff', () => {
  const text = readFileSync(fileURLToPath(new URL('../../CITATION.cff', import.meta.url)), 'utf8');
  const cff: unknown = parse(text);
  const record = (value: unknown): Record<string, unknown> => {
    expect(value).toBeTypeOf('object');
    expect(value).not.toBeNull();
    return value as Record<string, unknown>;
  };

  it('is YAML with the keys CFF 1.2.0 requires', () => {
    const root = record(cff);
    expect(root['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title', 'authors']) expect(root[key], key).toBeTruthy();
    expect(Array.isArray(root.authors) && root.authors.length > 0).toBe(true);
    for (const author of root.authors as unknown[]) {
      const entry = record(author);
      expect(typeof entry.name === 'string' || typeof entry['family-names'] === 'string').toBe(true);
    }
    expect(root.license).toBe('MIT');
  });

  it('uses only keys that CFF 1.2.0 defines', () => {
    // From the CFF 1.2.0 schema: the root keys, and the keys of a reference (preferred-citation) used here.
    const rootKeys = [
      'abstract',
      'authors',
      'cff-version',
      'commit',
      'contact',
      'date-released',
      'doi',
      'identifiers',
      'keywords',
      'license',
      'license-url',
      'message',
      'preferred-citation',
      'references',
      'repository',
      'repository-artifact',
      'repository-code',
      'title',
      'type',
      'url',
      'version',
    ];
    const referenceKeys = [
      'abstract',
      'authors',
      'date-released',
      'keywords',
      'license',
      'notes',
      'title',
      'type',
      'url',
      'version',
    ];
    const root = record(cff);
    expect(Object.keys(root).filter((key) => !rootKeys.includes(key))).toEqual([]);
    expect(['software', 'dataset']).toContain(root.type);
    const preferred = record(root['preferred-citation']);
    expect(Object.keys(preferred).filter((key) => !referenceKeys.includes(key))).toEqual([]);
  });

  it('carries the current dataset version and release date (update it when the data changes)', () => {
    const root = record(cff);
    const dataset = getDataset();
    const hint = 'CITATION.cff is stale: set version and date-released to the dataset version (lib/data/dataset-version.ts)';
    expect(root.version, hint).toBe(datasetVersion(dataset));
    expect(root['date-released'], hint).toBe(datasetReleaseDate(dataset));
    const preferred = record(root['preferred-citation']);
    expect(preferred.type).toBe('data');
    expect(preferred.version, hint).toBe(datasetVersion(dataset));
    expect(preferred['date-released'], hint).toBe(datasetReleaseDate(dataset));
    expect(preferred.license).toBe('CC-BY-4.0');
  });
});
