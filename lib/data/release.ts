/**
 * A release's snapshot (data/releases/<version>.json): each record's id and a hash of each top-level field, made
 * from the records as committed (the raw JSON, so a snapshot of an old commit is made the same way as today's).
 * Pure: the caller reads the files.
 */
import type { ReleaseSnapshot } from './schema';

/** FNV-1a, 32 bits, over UTF-16 code units: a fixed, dependency-free hash; a collision only hides one field's change. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** JSON with object keys sorted at every depth, so key order in the file never counts as a change. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fieldHash(value: unknown): string {
  return fnv1a(canonicalJson(value));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The snapshot of a reports file as committed: throws when it is not an array of records with string ids, or when an
 * id repeats (validate:data says which; a snapshot is only made of data that passes it, or of an old commit's).
 */
export function snapshotOf(reports: unknown, version: string, date: string): ReleaseSnapshot {
  if (!Array.isArray(reports)) throw new Error('the reports file is not an array');
  const records = reports.map((record, index) => {
    if (!isRecord(record) || typeof record.id !== 'string') throw new Error(`record #${index} has no id`);
    return record;
  });
  const fields = [...new Set(records.flatMap((record) => Object.keys(record)))].filter((key) => key !== 'id').sort();
  const hashes: Record<string, string> = {};
  for (const record of [...records].sort((a, b) => String(a.id).localeCompare(String(b.id), 'en'))) {
    const id = String(record.id);
    if (id in hashes) throw new Error(`record id "${id}" appears twice`);
    hashes[id] = fields.map((field) => (record[field] === undefined ? '-' : fieldHash(record[field]))).join(' ');
  }
  return { version, date, fields, records: hashes };
}

/** The fields of one record in a snapshot, by name (absent fields left out). */
export function recordFields(snapshot: ReleaseSnapshot, id: string): Map<string, string> | undefined {
  const line = snapshot.records[id];
  if (line === undefined) return undefined;
  const hashes = line.split(' ');
  const fields = new Map<string, string>();
  snapshot.fields.forEach((field, index) => {
    const hash = hashes[index];
    if (hash !== undefined && hash !== '-') fields.set(field, hash);
  });
  return fields;
}

/** The file as committed: one record a line, so a release's diff in git reads record by record. */
export function serializeSnapshot(snapshot: ReleaseSnapshot): string {
  const ids = Object.keys(snapshot.records);
  const lines = ids.map(
    (id, index) => `    ${JSON.stringify(id)}: ${JSON.stringify(snapshot.records[id])}${index < ids.length - 1 ? ',' : ''}`,
  );
  return [
    '{',
    `  "version": ${JSON.stringify(snapshot.version)},`,
    `  "date": ${JSON.stringify(snapshot.date)},`,
    `  "fields": ${JSON.stringify(snapshot.fields)},`,
    '  "records": {',
    ...lines,
    '  }',
    '}',
    '',
  ].join('\n');
}
