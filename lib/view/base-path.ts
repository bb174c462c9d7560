/**
 * The sub-path the site is served under (`BASE_PATH=/nk-workers` at build time: a GitHub Pages project site, an
 * organisation's `/research/nk-workers/`), or `''` at a host's root. next.config.js hands it to the browser's code
 * as `NEXT_PUBLIC_BASE_PATH`; every path the site writes into a page (links, assets, data, history entries) goes
 * through `withBasePath`, and the URL codec reads an address through `stripBasePath`.
 */

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * `''` or `/a/b`: one leading slash, no trailing one. Throws on anything else (a query, an encoded or dot segment),
 * so a mistyped BASE_PATH fails the build instead of writing pages whose links lead nowhere.
 */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  const segments = trimmed.split('/');
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') {
      throw new Error(
        `BASE_PATH "${raw}" is not a path of plain segments (letters, digits, ".", "_", "~", "-"), e.g. /nk-workers`,
      );
    }
  }
  return `/${segments.join('/')}`;
}

/** The build's base path. Next inlines `process.env.NEXT_PUBLIC_BASE_PATH` into the browser's code at build time. */
export const BASE_PATH = normalizeBasePath(process.env.NEXT_PUBLIC_BASE_PATH);

/**
 * A root-relative site path as served: `/regions/dandong` is `/nk-workers/regions/dandong` under a base path, and
 * the home page `/` is `/nk-workers/` (a directory, as every static host serves its index).
 */
export function withBasePath(path: string, base: string = BASE_PATH): string {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return base === '' ? rooted : `${base}${rooted}`;
}

/**
 * The site path of a served pathname (`/nk-workers/ko` is `/ko`), or null when the pathname lies outside the base
 * path (`/nk-workersx`, `/other`).
 */
export function stripBasePath(pathname: string, base: string = BASE_PATH): string | null {
  if (base === '') return pathname;
  if (pathname === base) return '/';
  if (!pathname.startsWith(`${base}/`)) return null;
  return pathname.slice(base.length);
}
