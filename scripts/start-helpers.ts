/**
 * "Build if stale, then serve", shared by `npm start`, the e2e web server and the measuring scripts
 * (lighthouse, bench, load, screenshot).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createStaticServer } from './serve';
import { siteAddress, siteUrl as publishedOrigin } from '../lib/export/site';
import { normalizeBasePath } from '../lib/view/base-path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'data',
  'public',
  'scripts/build-social-cards.ts',
  'scripts/prune-export.ts',
  'scripts/precompress.ts',
  'scripts/record-site-url.ts',
  'next.config.js',
  'postcss.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];
const BUILT_MARKER = path.join('out', 'index.html');
/** The address out/ was built for (its absolute links), written by the build's last step (scripts/record-site-url.ts). */
export const SITE_URL_MARKER = path.join('out', '.site-url');

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** The address out/ was built for (`https://example.org/nk-workers/`), or null when out/ does not say. */
export function builtFor(): string | null {
  if (!existsSync(SITE_URL_MARKER)) return null;
  return readFileSync(SITE_URL_MARKER, 'utf8').trim() || null;
}

/**
 * Whether out/ must be rebuilt: it is missing or older than any source, or (given the address it must carry, as
 * `siteAddress` writes it) it was built for another address or base path.
 */
export function buildIsStale(address?: string): boolean {
  if (!existsSync(BUILT_MARKER)) return true;
  if (address !== undefined && builtFor() !== address) return true;
  const builtAt = statSync(BUILT_MARKER).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

/**
 * Runs `npm run build` when out/ is stale; exits with the build's status when it fails. Given `siteUrl` (an origin,
 * e.g. the address `npm start` serves), the build's absolute links name it, and an out/ built for another address is
 * rebuilt. Without it (the measuring scripts, which serve on a free port and read no absolute link) any build will
 * do, and a missing one is built for SITE_URL, else as a local build.
 */
export function ensureBuilt(siteUrl?: string): void {
  const base = normalizeBasePath(process.env.BASE_PATH);
  const address = siteUrl === undefined ? undefined : siteAddress(publishedOrigin({ SITE_URL: siteUrl }), base);
  if (!buildIsStale(address)) return;
  const was = builtFor();
  console.log(
    address !== undefined && was !== null && was !== address
      ? `out/ was built for ${was}, not ${address}: building…`
      : 'out/ is missing or older than the sources: building…',
  );
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  else if (!env.SITE_URL?.trim()) env.ALLOW_LOCAL_SITE_URL = '1';
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export type Served = { server: Server; origin: string; close: () => Promise<void> };

/**
 * Serves a directory with scripts/serve.ts. Port 0 picks a free one; host null listens on every interface.
 * Resolves once the server listens, with its origin.
 */
export async function serveDir(
  dir: string,
  {
    port = 0,
    host = '127.0.0.1',
    log = false,
    basePath = '',
  }: { port?: number; host?: string | null; log?: boolean; basePath?: string } = {},
): Promise<Served> {
  const server = createStaticServer(dir, { log, basePath });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host ?? undefined, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://${host === null || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${actual}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { server, origin, close };
}

/** Serves out/ (the production export): on 127.0.0.1 and a free port unless told otherwise. */
export function serveOut(
  port = 0,
  options: { host?: string | null; log?: boolean; basePath?: string } = {},
): Promise<Served> {
  return serveDir('out', { ...options, port });
}
