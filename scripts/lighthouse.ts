/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset, its default) against the production build served locally,
 * driving Debian Chromium through CHROME_PATH with no network. Three runs per page; the median is reported
 * (scores move by several points between runs on two cores). Writes .bench/lighthouse.json for report:figures.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-browser';
import { createStaticServer } from './serve';
import { buildIsStale } from './start-helpers';

const PAGES = ['/', '/regions/dandong'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 90,
  accessibility: 100,
  'best-practices': 95,
  seo: 95,
};

const Report = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional(), displayValue: z.string().optional() })),
  environment: z.object({ benchmarkIndex: z.number() }),
});

const chrome = await findChromium();
if (!chrome) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (buildIsStale() && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const server = createStaticServer('out');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
mkdirSync('.bench', { recursive: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const results: Record<string, Record<string, number> & { benchmarkIndex: number; lcpMs: number; tbtMs: number }> = {};
try {
  for (const page of PAGES) {
    const runs: z.infer<typeof Report>[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const output = path.join('.bench', `lighthouse-${run}.json`);
      // Asynchronous: the server answering Lighthouse lives in this process.
      await promisify(execFile)(
        'npx',
        [
          'lighthouse',
          `${origin}${page}`,
          '--quiet',
          `--only-categories=${CATEGORIES.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, timeout: 240_000 },
      );
      runs.push(Report.parse(JSON.parse(readFileSync(output, 'utf8'))));
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        median(runs.map((run) => Math.round((run.categories[category]?.score ?? 0) * 100))),
      ]),
    );
    results[page] = {
      ...scores,
      benchmarkIndex: median(runs.map((run) => run.environment.benchmarkIndex)),
      lcpMs: median(runs.map((run) => run.audits['largest-contentful-paint']?.numericValue ?? Number.NaN)),
      tbtMs: median(runs.map((run) => run.audits['total-blocking-time']?.numericValue ?? Number.NaN)),
    };
  }
} finally {
  server.close();
}

console.log(`Lighthouse 12, mobile preset, median of ${RUNS} runs`);
console.log(
  ['page'.padEnd(18), ...CATEGORIES.map((category) => category.padEnd(15)), 'LCP ms'.padEnd(9), 'TBT ms'].join(''),
);
for (const [page, result] of Object.entries(results)) {
  console.log(
    [
      page.padEnd(18),
      ...CATEGORIES.map((category) => `${result[category]}`.padEnd(15)),
      `${Math.round(result.lcpMs)}`.padEnd(9),
      `${Math.round(result.tbtMs)}`,
    ].join(''),
  );
}
console.log(`targets: ${CATEGORIES.map((category) => `${category} ≥ ${TARGETS[category]}`).join(', ')}`);
writeFileSync(
  path.join('.bench', 'lighthouse.json'),
  JSON.stringify({ date: new Date().toISOString().slice(0, 10), runs: RUNS, results }, null, 2),
);
