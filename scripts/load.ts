/**
 * `npm run load`: the static server under autocannon, 100 connections for 10 s each: the home page with gzip, with
 * Brotli and with no compression, and a mix of pages and data files. Target: zero errors and p99 <= 200 ms for `/`.
 * Writes .bench/load.json for report:figures.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { assetUrls } from '../lib/data/assets';
import { ensureBuilt } from './start-helpers';

ensureBuilt();

/** A free port: the server runs in its own process, as `npm start` does, so autocannon does not share its thread. */
const port = await new Promise<number>((resolve, reject) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
  });
});
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'out'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SERVE_LOG: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  server.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('Serving')) resolve();
  });
});
const url = `http://127.0.0.1:${port}`;
// The geography as the pages load it: content-hashed under /assets/ (lib/data/assets.ts).
const geo = assetUrls('dandong', 'en').geo;

async function attack(title: string, paths: string[], acceptEncoding = 'gzip') {
  const result = await autocannon({
    url,
    connections: 100,
    duration: 10,
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `${title.padEnd(40)} ${Math.round(result.requests.average)} req/s, p99 latency ${result.latency.p99} ms, ${errors} errors (${result.non2xx} non-2xx, ${result.timeouts} timeouts)`,
  );
  return {
    title,
    requestsPerSecond: result.requests.average,
    p99LatencyMs: result.latency.p99,
    errors,
    total: result.requests.total,
  };
}

try {
  const results = [
    await attack('/ (home page, gzip)', ['/']),
    await attack('/ (home page, brotli)', ['/'], 'br, gzip'),
    await attack('/ (home page, no compression)', ['/'], ''),
    await attack('mix: pages, geography, downloads', [
      '/regions/dandong',
      geo.regions,
      '/data/reports.csv',
      '/about',
      '/og/yanbian.png',
    ]),
  ];
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    '.bench/load.json',
    JSON.stringify({ date: new Date().toISOString().slice(0, 10), connections: 100, seconds: 10, results }, null, 2),
  );
  if (results.some((result) => result.errors > 0)) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
}
