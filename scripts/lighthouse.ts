/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset, its default) against the production build served locally,
 * driving Debian Chromium through CHROME_PATH with no network, and in the same run against the floor: a minimal
 * Next.js static page built with our own Next.js (scripts/minimal-next.ts), served by the same server on another
 * port. The three pages take turns, so a slow moment of the machine hits all of them; three runs each
 * (LIGHTHOUSE_RUNS), the median is reported (scores move by several points between runs on two cores).
 * Writes .bench/lighthouse.json for report:figures.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { QUIET_OFFLINE_ARGS, requireChromium } from './find-browser';
import { ensureMinimalBuilt } from './minimal-next';
import { ensureBuilt, serveDir, serveOut } from './start-helpers';
import { describeLighthouseTargets, lighthouseMisses } from './targets';

// A Korean and a Chinese page too: their SEO and accessibility must hold in every language.
// LIGHTHOUSE_PAGES (comma-separated paths) measures fewer pages, e.g. while trying a change; the README's figures use all.
const PAGES = process.env.LIGHTHOUSE_PAGES?.split(',').filter(Boolean) ?? [
  '/',
  '/regions/dandong',
  '/ko/regions/dandong',
  '/zh',
];
const FLOOR = 'floor';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

const Report = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional(), displayValue: z.string().optional() })),
  environment: z.object({ benchmarkIndex: z.number() }),
});
type Result = Record<Category, number> & { benchmarkIndex: number; lcpMs: number; tbtMs: number };

/**
 * Whether the machine has fonts for Chinese and Korean text. The pages do not ship them (a reader of /ko or /zh has
 * them); without any, Chromium searches for a fallback font for each run of that text, and the first layout of a
 * Korean or Chinese page took 0.7–0.9 s more here (2026-12-06: /zh TBT 588 ms without, 140 ms with fonts-noto-cjk).
 */
function hasFontsFor(language: string): boolean {
  try {
    return execFileSync('fc-list', [`:lang=${language}`], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
const cjkFonts = hasFontsFor('zh') && hasFontsFor('ko');
if (!cjkFonts && PAGES.some((page) => /^\/(ko|zh)(\/|$)/.test(page)))
  console.warn(
    'No Chinese or Korean font on this machine (fc-list): the /ko and /zh pages pay a fallback-font search no reader of them pays. Install one (apt-get install fonts-noto-cjk) for figures that stand for those readers.',
  );

const chrome = await requireChromium();
ensureBuilt();
const minimalOut = ensureMinimalBuilt();
const app = await serveOut();
const floor = await serveDir(minimalOut);
mkdirSync('.bench', { recursive: true });

const targets: [label: string, url: string][] = [
  [FLOOR, `${floor.origin}/`],
  ...PAGES.map((page): [string, string] => [page, `${app.origin}${page}`]),
];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const runs = new Map<string, z.infer<typeof Report>[]>(targets.map(([label]) => [label, []]));
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const [label, url] of targets) {
      const output = path.join('.bench', `lighthouse-${label.replace(/\W+/g, '_')}-${run}.json`);
      // Asynchronous: the servers answering Lighthouse live in this process. Lighthouse sometimes loses its trace
      // on this machine (NO_NAVSTART): one more try before giving up.
      const lighthouse = () =>
        promisify(execFile)(
          'npx',
          [
            'lighthouse',
            url,
            '--quiet',
            `--only-categories=${CATEGORIES.join(',')}`,
            '--output=json',
            `--output-path=${output}`,
            `--chrome-flags=--headless=new ${QUIET_OFFLINE_ARGS.join(' ')}`,
          ],
          { env: { ...process.env, CHROME_PATH: chrome }, timeout: 240_000 },
        );
      await lighthouse().catch((error: unknown) => {
        console.warn(`run ${run + 1}/${RUNS}: ${label} failed once, trying again (${String(error).slice(0, 120)})`);
        return lighthouse();
      });
      runs.get(label)?.push(Report.parse(JSON.parse(readFileSync(output, 'utf8'))));
      console.log(`run ${run + 1}/${RUNS}: ${label} done`);
    }
  }
} finally {
  await Promise.all([app.close(), floor.close()]);
}

function summarise(list: z.infer<typeof Report>[]): Result {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      median(list.map((run) => Math.round((run.categories[category]?.score ?? 0) * 100))),
    ]),
  ) as Record<Category, number>;
  return {
    ...scores,
    benchmarkIndex: median(list.map((run) => run.environment.benchmarkIndex)),
    lcpMs: median(list.map((run) => run.audits['largest-contentful-paint']?.numericValue ?? Number.NaN)),
    tbtMs: median(list.map((run) => run.audits['total-blocking-time']?.numericValue ?? Number.NaN)),
  };
}

const floorResult = summarise(runs.get(FLOOR) ?? []);
const results: Record<string, Result> = Object.fromEntries(
  PAGES.map((page) => [page, summarise(runs.get(page) ?? [])]),
);

const missed = (result: Result) => lighthouseMisses(result, floorResult);

const rows = [
  ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'targets'],
  ...[...Object.entries(results), ['floor (minimal Next.js page)', floorResult] as const].map(([page, result]) => [
    page,
    ...CATEGORIES.map((category) => `${result[category]}`),
    `${Math.round(result.lcpMs)}`,
    `${Math.round(result.tbtMs)}`,
    page.startsWith('floor') ? '' : missed(result).length === 0 ? 'met' : `not met: ${missed(result).join(', ')}`,
  ]),
];
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
console.log(`\nLighthouse 12, mobile preset, median of ${RUNS} runs`);
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
console.log(`targets: ${describeLighthouseTargets(floorResult)}`);
writeFileSync(
  path.join('.bench', 'lighthouse.json'),
  JSON.stringify(
    {
      date: new Date().toISOString().slice(0, 10),
      runs: RUNS,
      cjkFonts,
      results,
      floor: floorResult,
      missed: Object.fromEntries(Object.entries(results).map(([page, result]) => [page, missed(result)])),
    },
    null,
    2,
  ),
);
