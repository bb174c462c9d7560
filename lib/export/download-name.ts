/**
 * File names for downloads of a view: they say what is in them (`nk-workers_dandong_textile_2020-2022.csv`).
 */

export type DownloadView = {
  region?: string | null;
  sectors: readonly string[];
  conditions?: readonly string[];
  confidence?: readonly string[];
  from?: string | null;
  to?: string | null;
  /** The baseline period of a comparison. */
  compare?: { from: string; to: string } | null;
};

function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `YYYY` or `YYYY-MM` as given; anything else slugged. */
function fileDate(value: string): string {
  return /^\d{4}(-\d{2})?$/.test(value) ? value : fileSlug(value);
}

/** The time window: `2020-2022` for whole years, `2020-01--2020-12` (ISO 8601 interval) with months, open ends as
 * `from-2020` / `to-2019`, one period alone as `2020`. */
function windowPart(from: string, to: string): string {
  if (from !== '' && to !== '') {
    if (from === to) return from;
    return /^\d{4}$/.test(from) && /^\d{4}$/.test(to) ? `${from}-${to}` : `${from}--${to}`;
  }
  if (from !== '') return `from-${from}`;
  if (to !== '') return `to-${to}`;
  return '';
}

/** Keys joined with `+`, each once, in the order given; '' for none. */
function keysPart(keys: readonly string[] | undefined): string {
  return [...new Set((keys ?? []).map(fileSlug).filter((key) => key !== ''))].join('+');
}

/**
 * A file name for a download of a view, naming every filter in the URL's order: region, sectors, conditions,
 * sourcing, time window, baseline (`nk-workers_dandong_textile_below-capacity_official-document_2020-2022_vs-2017-2019.csv`).
 * Several keys of one filter are joined with `+` (`textile+seafood`); everything → `nk-workers_all.csv`. Only
 * `[a-z0-9+._-]` appear.
 */
export function downloadFileName(view: DownloadView, extension: string): string {
  const parts = ['nk-workers'];
  const region = view.region ? fileSlug(view.region) : '';
  if (region !== '') parts.push(region);
  for (const keys of [view.sectors, view.conditions, view.confidence]) {
    const part = keysPart(keys);
    if (part !== '') parts.push(part);
  }
  const window = windowPart(view.from ? fileDate(view.from) : '', view.to ? fileDate(view.to) : '');
  if (window !== '') parts.push(window);
  if (view.compare) {
    const baseline = windowPart(fileDate(view.compare.from), fileDate(view.compare.to));
    if (baseline !== '') parts.push(`vs-${baseline}`);
  }
  if (parts.length === 1) parts.push('all');
  const ext = extension
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '')
    .replace(/^\.+|\.+$/g, '');
  return ext === '' ? parts.join('_') : `${parts.join('_')}.${ext}`;
}
