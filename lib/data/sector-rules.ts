/**
 * What a sector says (issue 21, "Sectors that say something"): reports on the workforce in general have their own,
 * neutral key ("Sector not stated") and it stands alone; "Other" is work the summary names; and a kind of named work
 * that reaches `OWN_SECTOR_AT` records becomes a sector of its own. `validate:data` applies these rules.
 */
import type { Report, Sector } from './schema';

/** The key of named work outside the sectors. */
export const OTHER_SECTOR = 'other';

/** A kind of other work named by this many "other" records is a sector waiting to be made. */
export const OWN_SECTOR_AT = 5;

/**
 * The kinds of named work an "other" record may rest on, and how its summary names them. A record naming work not
 * listed here fails validation until the work is added (or the record is "Sector not stated"): the list is the
 * reviewed answer to "what does Other hold?".
 */
export const OTHER_WORK: readonly { kind: string; named: RegExp }[] = [
  { kind: 'mining', named: /\b(coal|mines?|miners?|mining|collier(y|ies))\b/i },
  { kind: 'farm work', named: /\b(farms|farming|farmhands?|strawberr(y|ies)|pigs?|livestock)\b/i },
  { kind: 'fishing and ship crews', named: /\b(fishing|fishermen|ship crews?)\b/i },
  { kind: 'logging', named: /\b(logging|lumber|timber)\b/i },
  { kind: 'leather processing', named: /\bleather\b/i },
  { kind: 'wig making', named: /\bwigs?\b/i },
  { kind: 'cold storage', named: /\bcold[- ]storage\b/i },
  { kind: 'wedding venues', named: /\bwedding venues?\b/i },
  { kind: 'Chinese-owned eateries', named: /\beater(y|ies)\b/i },
];

export type SectorRuleError = { record: string; field: string; message: string };

/** The kinds of other work a summary names. */
export function namedOtherWork(summary: string): string[] {
  return OTHER_WORK.filter(({ named }) => named.test(summary)).map(({ kind }) => kind);
}

/** data/sectors.json: at most one neutral key, and it comes last (after the sectors and "Other", as the chips list them). */
export function checkSectorList(sectors: readonly Sector[]): SectorRuleError[] {
  const errors: SectorRuleError[] = [];
  const neutral = sectors.filter((sector) => sector.neutral);
  for (const extra of neutral.slice(1))
    errors.push({ record: extra.key, field: 'neutral', message: `only one key may be neutral ("${neutral[0]?.key}" is)` });
  const last = sectors.at(-1);
  for (const sector of neutral.slice(0, 1))
    if (sector !== last)
      errors.push({ record: sector.key, field: 'neutral', message: 'the neutral key must come last, after the sectors' });
  return errors;
}

/** data/reports.json: the neutral key stands alone, "other" names its work, and no kind of other work reaches a sector's size. */
export function checkReportSectors(reports: readonly Report[], sectors: readonly Sector[]): SectorRuleError[] {
  const errors: SectorRuleError[] = [];
  const neutral = new Set(sectors.filter((sector) => sector.neutral).map((sector) => sector.key));
  const byKind = new Map<string, string[]>();
  for (const report of reports) {
    const alone = report.sectors.find((key) => neutral.has(key));
    if (alone !== undefined && report.sectors.length > 1)
      errors.push({
        record: report.id,
        field: 'sectors',
        message: `"${alone}" means no kind of work is named, so it cannot be combined with another sector`,
      });
    if (!report.sectors.includes(OTHER_SECTOR)) continue;
    const kinds = namedOtherWork(report.summary);
    if (kinds.length === 0)
      errors.push({
        record: report.id,
        field: 'sectors',
        message: `"${OTHER_SECTOR}" is for named work, but the summary names none (${OTHER_WORK.map(({ kind }) => kind).join(', ')}): name the work, add its kind to OTHER_WORK in lib/data/sector-rules.ts, or use the neutral key if the source names none`,
      });
    for (const kind of kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), report.id]);
  }
  for (const [kind, ids] of byKind)
    if (ids.length >= OWN_SECTOR_AT)
      errors.push({
        record: ids[OWN_SECTOR_AT - 1] ?? ids[0] ?? '',
        field: 'sectors',
        message: `${ids.length} "${OTHER_SECTOR}" records name ${kind} (${ids.join(', ')}): at ${OWN_SECTOR_AT} it becomes a sector of its own`,
      });
  return errors;
}
