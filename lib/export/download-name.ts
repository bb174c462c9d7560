/**
 * File names for downloads of a view: they say what is in them (`nk-workers_dandong_textile_2020-2022.csv`).
 */

export type DownloadView = {
  region?: string | null;
  sectors: readonly string[];
  from?: string | null;
  to?: string | null;
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

/**
 * A file name for a download of a view: `nk-workers_dandong_textile_2020-2022.csv`; several sectors joined with `+`
 * (`textile+seafood`), in the order given; everything → `nk-workers_all.csv`. Only `[a-z0-9+._-]` appear.
 */
export function downloadFileName(view: DownloadView, extension: string): string {
  const parts = ['nk-workers'];
  const region = view.region ? fileSlug(view.region) : '';
  if (region !== '') parts.push(region);
  const sectors = [...new Set(view.sectors.map(fileSlug).filter((sector) => sector !== ''))];
  if (sectors.length > 0) parts.push(sectors.join('+'));
  const window = windowPart(view.from ? fileDate(view.from) : '', view.to ? fileDate(view.to) : '');
  if (window !== '') parts.push(window);
  if (parts.length === 1) parts.push('all');
  const ext = extension
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '')
    .replace(/^\.+|\.+$/g, '');
  return ext === '' ? parts.join('_') : `${parts.join('_')}.${ext}`;
}
