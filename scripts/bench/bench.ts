/**
 * `npm run bench`: speed of the production build against a bare MapLibre page (scripts/bench/bare.html) measured
 * in the same run, by the same server, in Debian Chromium (SwiftShader). Not part of `npm test`.
 *
 *   a. time from navigation to the map idle with all layers drawn (ours vs bare)
 *   b. first-load transfer, gzip as served (JS, CSS, data; the lazy MapLibre chunk apart)
 *   c. sector toggle -> next map idle, with the real data and with 10,000 synthetic reports (ours vs setFilter)
 *   d. JS heap after load and after 50 filter toggles
 *
 * Prints a table, then one line: `bench: idle-ratio=X transfer-kb=Y filter-p95-ms=Z filter-ratio=W heap-growth=V`.
 * Also writes .bench/results.json for `npm run report:figures`.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getDataset } from '../../lib/data';
import { filterReports, NO_FILTERS } from '../../lib/filters';
import { reportPointsBySector } from '../../lib/map-data';
import { buildMapStyle, REQUIRED_LAYERS } from '../../lib/map-style';
import { geoAttribution, provincesBBox, regions } from '../../lib/regions';
import type { Report } from '../../lib/schema';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../find-browser';
import { createStaticServer } from '../serve';
import { buildIsStale } from '../start-helpers';
import { syntheticReports } from './fixture';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TOGGLES = Number(process.env.BENCH_TOGGLES ?? 20);
const SYNTHETIC_COUNT = 10_000;
const SECTOR = 'textile';
const BENCH_DIR = '.bench';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

type Stats = { median: number; min: number; max: number; p50: number; p95: number; runs: number };

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return {
    median: at(0.5),
    p50: at(0.5),
    p95: at(0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: values.length,
  };
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** A server root that is the export plus a __bench folder holding the bare page (the export is left untouched). */
function prepareRoot(name: string, exportDir: string): string {
  const root = path.join(BENCH_DIR, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, '__bench'), { recursive: true });
  for (const entry of readdirSync(exportDir)) symlinkSync(path.resolve(exportDir, entry), path.join(root, entry));
  const dist = path.join('node_modules', 'maplibre-gl', 'dist');
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    copyFileSync(path.join(dist, file), path.join(root, '__bench', file));
  copyFileSync(path.join('scripts', 'bench', 'bare.html'), path.join(root, '__bench', 'bare.html'));
  return root;
}

/** The bare page's style and points: the same as the app's, with sources on the server's origin. */
function writeBareInputs(root: string, reports: readonly Report[], origin: string) {
  const { sectors, conditions } = getDataset();
  const style = buildMapStyle({ origin, attribution: geoAttribution, sectors, visibleSectors: [] });
  const points = reportPointsBySector(
    filterReports(reports, NO_FILTERS),
    sectors.map((sector) => sector.key),
    conditions,
  );
  writeFileSync(path.join(root, '__bench', 'style.json'), JSON.stringify(style));
  writeFileSync(
    path.join(root, '__bench', 'points.json'),
    JSON.stringify({ points, bounds: provincesBBox, requiredLayers: REQUIRED_LAYERS }),
  );
}

async function serve(root: string) {
  const server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

type Target = 'ours' | 'bare';

async function openAndWaitReady(browser: Browser, url: string, target: Target, onResponse?: (page: Page) => void) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  onResponse?.(page);
  await page.goto(url);
  const readyAt =
    target === 'ours'
      ? Number(
          await (
            await page.waitForSelector('[data-testid="map"][data-ready-at]', { timeout: 120_000 })
          ).getAttribute('data-ready-at'),
        )
      : Number(
          await page
            .waitForFunction(
              () => (window as unknown as { __bench?: { readyAt: number | null } }).__bench?.readyAt,
              undefined,
              { timeout: 120_000 },
            )
            .then((handle) => handle.jsonValue()),
        );
  return { page, context, readyAt };
}

async function idleCount(page: Page, target: Target): Promise<number> {
  if (target === 'ours') return Number(await page.getAttribute('[data-testid="map"]', 'data-idle-count'));
  return page.evaluate(() => (window as unknown as { __bench: { idleCount: number } }).__bench.idleCount);
}

/** Milliseconds from a sector toggle to the map's next idle. */
async function toggleToIdle(page: Page, target: Target): Promise<number> {
  const before = await idleCount(page, target);
  const started =
    target === 'ours'
      ? await page.evaluate((sector) => {
          const button = document.querySelector<HTMLButtonElement>(`[data-sector-toggle="${sector}"]`);
          const t0 = performance.now();
          button?.click();
          return t0;
        }, SECTOR)
      : await page.evaluate((sector) => {
          const t0 = performance.now();
          (window as unknown as { __bench: { toggle: (key: string) => void } }).__bench.toggle(sector);
          return t0;
        }, SECTOR);
  await page.waitForFunction(
    ({ before, target }) => {
      const count =
        target === 'ours'
          ? Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-idle-count'))
          : (window as unknown as { __bench: { idleCount: number } }).__bench.idleCount;
      return count > before;
    },
    { before, target },
    { timeout: 60_000, polling: 5 },
  );
  const idleAt =
    target === 'ours'
      ? Number(await page.getAttribute('[data-testid="map"]', 'data-last-idle-at'))
      : await page.evaluate(() => (window as unknown as { __bench: { lastIdleAt: number } }).__bench.lastIdleAt);
  return idleAt - started;
}

async function filterLatency(browser: Browser, origin: string, target: Target): Promise<Stats> {
  const url = target === 'ours' ? `${origin}/` : `${origin}/__bench/bare.html`;
  const { page, context } = await openAndWaitReady(browser, url, target);
  const samples: number[] = [];
  await toggleToIdle(page, target); // warm-up, not counted
  for (let index = 0; index < TOGGLES; index += 1) samples.push(await toggleToIdle(page, target));
  await context.close();
  return stats(samples);
}

type Transfer = Record<string, number>;

/** Bytes on the wire per kind, for one cold load until the map is ready. */
async function firstLoadTransfer(
  browser: Browser,
  origin: string,
  target: Target,
  maplibreChunk: string,
): Promise<Transfer> {
  const transfer: Transfer = {};
  const pending: Promise<void>[] = [];
  const { context } = await openAndWaitReady(
    browser,
    target === 'ours' ? `${origin}/` : `${origin}/__bench/bare.html`,
    target,
    (page) => {
      page.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((sizes) => {
            const { pathname } = new URL(request.url());
            const kind =
              pathname.includes(maplibreChunk) || /maplibre-gl(-worker)?(\.[A-Za-z0-9_-]+)?\.mjs$/.test(pathname)
                ? 'maplibre'
                : /\.(js|mjs)$/.test(pathname)
                  ? 'js'
                  : pathname.endsWith('.css')
                    ? 'css'
                    : /\.(geojson|json)$/.test(pathname)
                      ? 'data'
                      : pathname.endsWith('.pbf')
                        ? 'glyphs'
                        : /\.(woff2?|ttf)$/.test(pathname)
                          ? 'fonts'
                          : /(\.html|\/)$/.test(pathname) || !path.extname(pathname)
                            ? 'html'
                            : 'other';
            transfer[kind] = (transfer[kind] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
          }),
        );
      });
    },
  );
  await Promise.all(pending);
  await context.close();
  return transfer;
}

/** Heap after load, after 50 toggles, and after 50 more (growth that stops is warm-up, growth that goes on is a leak). */
async function heapGrowth(
  browser: Browser,
  origin: string,
): Promise<{ before: number; after: number; after100: number }> {
  const { page, context } = await openAndWaitReady(browser, `${origin}/`, 'ours');
  const cdp = await context.newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await used();
  for (let index = 0; index < 50; index += 1) await toggleToIdle(page, 'ours');
  const after = await used();
  for (let index = 0; index < 50; index += 1) await toggleToIdle(page, 'ours');
  const after100 = await used();
  await context.close();
  return { before, after, after100 };
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

// --- main -------------------------------------------------------------------------------------------------------

const executablePath = await findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (buildIsStale()) run('npm', ['run', 'build']);
mkdirSync(BENCH_DIR, { recursive: true });

const { reports, sectors, conditions } = getDataset();
const fixtureFile = path.join(BENCH_DIR, 'reports-10k.json');
const synthetic = syntheticReports(SYNTHETIC_COUNT, regions, sectors, conditions);
writeFileSync(fixtureFile, JSON.stringify(synthetic));
const syntheticExport = path.join(BENCH_DIR, 'out-10k');
const syntheticIndex = path.join(syntheticExport, 'index.html');
// Rebuilt whenever the real build is newer, so both variants run the same code.
if (
  !existsSync(syntheticIndex) ||
  statSync(syntheticIndex).mtimeMs < statSync(path.join('out', 'index.html')).mtimeMs
) {
  console.log(`building the ${SYNTHETIC_COUNT}-report variant into ${syntheticExport}…`);
  run('npx', ['next', 'build'], {
    NEXT_EXPORT_DIR: syntheticExport,
    BENCH_REPORTS_FILE: fixtureFile,
    NEXT_TELEMETRY_DISABLED: '1',
  });
}

const maplibreChunk =
  readdirSync(path.join('out', '_next', 'static', 'chunks')).find((file) =>
    readFileSync(path.join('out', '_next', 'static', 'chunks', file), 'utf8').includes(
      'maplibre-gl/dist/maplibre-gl.mjs',
    ),
  ) ?? 'no-maplibre-chunk';

const realRoot = prepareRoot('root-real', 'out');
const realServer = await serve(realRoot);
writeBareInputs(realRoot, reports, realServer.origin);
const syntheticRoot = prepareRoot('root-10k', syntheticExport);
const syntheticServer = await serve(syntheticRoot);
writeBareInputs(syntheticRoot, synthetic, syntheticServer.origin);

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  // a. time to idle
  const idle: Record<Target, number[]> = { ours: [], bare: [] };
  for (let index = 0; index < RUNS; index += 1) {
    for (const target of ['ours', 'bare'] as const) {
      const { context, readyAt } = await openAndWaitReady(
        browser,
        target === 'ours' ? `${realServer.origin}/` : `${realServer.origin}/__bench/bare.html`,
        target,
      );
      idle[target].push(readyAt);
      await context.close();
    }
  }
  const idleOurs = stats(idle.ours);
  const idleBare = stats(idle.bare);

  // b. transfer
  const transferOurs = await firstLoadTransfer(browser, realServer.origin, 'ours', maplibreChunk);
  const transferBare = await firstLoadTransfer(browser, realServer.origin, 'bare', maplibreChunk);
  const total = (transfer: Transfer, withMaplibre: boolean) =>
    Object.entries(transfer).reduce(
      (sum, [kind, bytes]) => sum + (kind === 'maplibre' && !withMaplibre ? 0 : bytes),
      0,
    );
  const reportPayload = gzipSync(JSON.stringify(reports)).length;
  const geoBytes = readdirSync(path.join('out', 'geo')).reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join('out', 'geo', file))).length,
    0,
  );

  // c. filter latency
  const filterRealOurs = await filterLatency(browser, realServer.origin, 'ours');
  const filterRealBare = await filterLatency(browser, realServer.origin, 'bare');
  const filterSyntheticOurs = await filterLatency(browser, syntheticServer.origin, 'ours');
  const filterSyntheticBare = await filterLatency(browser, syntheticServer.origin, 'bare');

  // d. memory
  const heap = await heapGrowth(browser, realServer.origin);

  const idleRatio = idleOurs.median / idleBare.median;
  const filterRatio = filterSyntheticOurs.p95 / filterSyntheticBare.p95;
  const heapGrowthRatio = heap.after / heap.before - 1;
  const oursKb = total(transferOurs, false) / 1024;
  const bareKb = total(transferBare, false) / 1024;

  const rows: [string, string, string, string, string][] = [
    ['measure', 'ours', 'bare', 'ratio', 'target'],
    [
      'a. navigation → idle, median ms (min–max)',
      `${idleOurs.median.toFixed(0)} (${idleOurs.min.toFixed(0)}–${idleOurs.max.toFixed(0)})`,
      `${idleBare.median.toFixed(0)} (${idleBare.min.toFixed(0)}–${idleBare.max.toFixed(0)})`,
      idleRatio.toFixed(2),
      '≤ 1.3',
    ],
    [
      'b. first load without MapLibre, KB gzip',
      kb(total(transferOurs, false)),
      kb(total(transferBare, false)),
      (oursKb - bareKb).toFixed(1) + ' KB more',
      '≤ bare + 150 KB',
    ],
    [
      '   of which JS / CSS / HTML',
      `${kb(transferOurs.js ?? 0)} / ${kb(transferOurs.css ?? 0)} / ${kb(transferOurs.html ?? 0)}`,
      `${kb(transferBare.js ?? 0)} / ${kb(transferBare.css ?? 0)} / ${kb(transferBare.html ?? 0)}`,
      '',
      '',
    ],
    [
      '   data (geo + JSON) / glyphs / fonts',
      `${kb(transferOurs.data ?? 0)} / ${kb(transferOurs.glyphs ?? 0)} / ${kb(transferOurs.fonts ?? 0)}`,
      `${kb(transferBare.data ?? 0)} / ${kb(transferBare.glyphs ?? 0)} / ${kb(transferBare.fonts ?? 0)}`,
      '',
      '',
    ],
    [
      '   lazy MapLibre chunk + worker, KB gzip',
      kb(transferOurs.maplibre ?? 0),
      kb(transferBare.maplibre ?? 0),
      '',
      'apart',
    ],
    [
      '   geo files + report data, KB gzip',
      kb(geoBytes + reportPayload),
      '',
      `${kb(geoBytes)} + ${kb(reportPayload)}`,
      '≤ 250 KB',
    ],
    [
      'c. toggle → idle, real data, p50 / p95 ms',
      `${filterRealOurs.p50.toFixed(0)} / ${filterRealOurs.p95.toFixed(0)}`,
      `${filterRealBare.p50.toFixed(0)} / ${filterRealBare.p95.toFixed(0)}`,
      (filterRealOurs.p95 / filterRealBare.p95).toFixed(2),
      '',
    ],
    [
      `c. toggle → idle, ${SYNTHETIC_COUNT} reports, p50 / p95 ms`,
      `${filterSyntheticOurs.p50.toFixed(0)} / ${filterSyntheticOurs.p95.toFixed(0)}`,
      `${filterSyntheticBare.p50.toFixed(0)} / ${filterSyntheticBare.p95.toFixed(0)}`,
      filterRatio.toFixed(2),
      'p95 ≤ 100, ratio ≤ 1.5',
    ],
    [
      'd. JS heap after load → after 50 toggles, MB',
      `${(heap.before / 1048576).toFixed(1)} → ${(heap.after / 1048576).toFixed(1)}`,
      '',
      `${(heapGrowthRatio * 100).toFixed(1)}%`,
      '≤ 10%',
    ],
    [
      '   … → after 100 toggles (leak check), MB',
      `${(heap.after100 / 1048576).toFixed(1)}`,
      '',
      `${((heap.after100 / heap.after - 1) * 100).toFixed(1)}% over the last 50`,
      '',
    ],
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  console.log(
    `\n${RUNS} runs for (a), ${TOGGLES} toggles for (c), Chromium ${browser.version()} with SwiftShader, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`,
  );

  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()} (SwiftShader)`,
    runs: RUNS,
    toggles: TOGGLES,
    idle: { ours: idleOurs, bare: idleBare, ratio: idleRatio },
    transfer: {
      ours: transferOurs,
      bare: transferBare,
      oursKb,
      bareKb,
      geoKb: geoBytes / 1024,
      reportsKb: reportPayload / 1024,
    },
    filter: {
      real: { ours: filterRealOurs, bare: filterRealBare },
      synthetic: { ours: filterSyntheticOurs, bare: filterSyntheticBare, ratio: filterRatio },
    },
    heap: { ...heap, growth: heapGrowthRatio },
  };
  writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2));
  console.log(
    `bench: idle-ratio=${idleRatio.toFixed(2)} transfer-kb=${oursKb.toFixed(1)} filter-p95-ms=${filterSyntheticOurs.p95.toFixed(1)} filter-ratio=${filterRatio.toFixed(2)} heap-growth=${(heapGrowthRatio * 100).toFixed(1)}%`,
  );
} finally {
  await browser.close();
  realServer.server.close();
  syntheticServer.server.close();
}
