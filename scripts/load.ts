/**
 * `npm run load`: the static server under autocannon, 100 connections for 10 s, on the home page and on a mix of
 * pages and data files. Target: zero errors. Writes .bench/load.json for report:figures.
 */
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { assetUrls } from '../lib/data/assets';
import { ensureBuilt, serveOut } from './start-helpers';

ensureBuilt();
const served = await serveOut();
const url = served.origin;
// The geography as the pages load it: content-hashed under /assets/ (lib/data/assets.ts).
const geo = assetUrls('dandong', 'en').geo;

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
  await served.close();
}
