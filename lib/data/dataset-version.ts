/**
 * The dataset's version: the day of its latest check, `YYYY.MM.DD`. It comes from the committed data (each report's
 * and each timeline event's `checked.date`), never from the clock, so rebuilding the same data gives the same version.
 * CITATION.cff carries it too; a unit test fails when the data moves on without the file.
 */

/** Anything with a `checked` date (a report, a timeline event). */
type Checked = { checked: { date: string } };

export type VersionedData = { reports: readonly Checked[]; events?: readonly Checked[] };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const VERSION = /^(\d{4})\.(\d{2})\.(\d{2})$/;

/** The latest `checked.date` across reports and events, `YYYY-MM-DD`; the dataset's release date. */
export function datasetReleaseDate(dataset: VersionedData): string {
  let latest: string | undefined;
  for (const record of [...dataset.reports, ...(dataset.events ?? [])]) {
    const date = record.checked.date;
    if (!ISO_DAY.test(date)) throw new Error(`checked.date "${date}" is not YYYY-MM-DD`);
    // ISO days compare correctly as strings.
    if (latest === undefined || date > latest) latest = date;
  }
  if (latest === undefined) throw new Error('The dataset has no checked record, so it has no version');
  return latest;
}

/** The dataset's version, `YYYY.MM.DD`, e.g. `2026.12.02`. */
export function datasetVersion(dataset: VersionedData): string {
  return datasetReleaseDate(dataset).replaceAll('-', '.');
}

/** The release day a version stands for (`2026.12.02` -> `2026-12-02`); undefined for a version of another form. */
export function versionDate(version: string): string | undefined {
  const match = VERSION.exec(version);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
