/**
 * `npm run load`: the static server under autocannon, 100 connections for 10 s, on the home page and on a mix of
 * pages and data files. Target: zero errors. Writes .bench/load.json for report:figures.
 */
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from './serve';
import { buildIsStale } from './start-helpers';

if (buildIsStale() && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = createStaticServer('out');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function attack(title: string, paths: string[]) {
  const result = await autocannon({
    url,
    connections: 100,
    duration: 10,
    headers: { 'accept-encoding': 'gzip' },
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
    await attack('mix: pages, geography, downloads', [
      '/regions/dandong',
      '/geo/regions.geojson',
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
  server.close();
}
