/**
 * "Build if stale, then serve", shared by `npm start`, the e2e web server and the measuring scripts
 * (lighthouse, bench, load, screenshot).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createStaticServer } from './serve';

const SOURCES = [
  'app',
  'components',
  'lib',
  'data',
  'public',
  'scripts/build-social-cards.ts',
  'scripts/prune-export.ts',
  'scripts/precompress.ts',
  'next.config.js',
  'postcss.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];
const BUILT_MARKER = path.join('out', 'index.html');

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Whether out/ must be rebuilt: it is missing or older than any source. */
export function buildIsStale(): boolean {
  if (!existsSync(BUILT_MARKER)) return true;
  const builtAt = statSync(BUILT_MARKER).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

/** Runs `npm run build` when out/ is stale; exits with the build's status when it fails. */
export function ensureBuilt(): void {
  if (!buildIsStale()) return;
  console.log('out/ is missing or older than the sources: building…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export type Served = { server: Server; origin: string; close: () => Promise<void> };

/**
 * Serves a directory with scripts/serve.ts. Port 0 picks a free one; host null listens on every interface.
 * Resolves once the server listens, with its origin.
 */
export async function serveDir(
  dir: string,
  { port = 0, host = '127.0.0.1', log = false }: { port?: number; host?: string | null; log?: boolean } = {},
): Promise<Served> {
  const server = createStaticServer(dir, { log });
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
export function serveOut(port = 0, options: { host?: string | null; log?: boolean } = {}): Promise<Served> {
  return serveDir('out', { ...options, port });
}
