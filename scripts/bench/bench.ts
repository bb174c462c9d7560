/**
 * `npm run bench`: speed of the production build against a bare MapLibre page (scripts/bench/bare.html) measured
 * in the same run, by the same server, in Debian Chromium (SwiftShader). Not part of `npm test`.
 *
 *   a. time from navigation to the map idle with all layers drawn (ours vs bare)
 *   b. first-load transfer as served (Brotli, which Chromium asks for; JS, CSS, data; the lazy MapLibre chunk
 *      apart), against the bare page plus the script of a minimal Next.js page (scripts/minimal-next.ts, the
 *      Lighthouse floor's build)
 *   b'. page weight: out/index.html and out/regions/dandong.html gzip, with the real data and with 10,000 reports
 *   c. sector toggle -> next map idle, with the real data and with 10,000 synthetic reports (ours vs setFilter)
 *   d. JS heap after the first filter toggle (which loads the report texts by design) and after 50 more, ours and
 *      the bare page over the same toggles
 *   e. playback at 10,000 reports: each step's time to the map's idle, against the step's interval
 *
 * Prints a table, then one line:
 * `bench: idle-ratio=X transfer-kb=Y transfer-target-kb=T html-kb=H html-10k-kb=K filter-p95-ms=Z filter-ratio=W heap-growth=V`.
 * Also writes .bench/results.json for `npm run report:figures`.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { assetUrls } from '../../lib/data/assets';
import { formatDataError, getDataset, validateDataset } from '../../lib/data/dataset';
import { GEO_FILES } from '../../lib/map/geo-files';
import { regions } from '../../lib/data/regions';
import { QUIET_OFFLINE_ARGS, requireChromium, SWIFTSHADER_ARGS } from '../find-browser';
import { ensureMinimalBuilt } from '../minimal-next';
import { ensureBuilt, serveDir } from '../start-helpers';
import { BENCH_TARGETS } from '../targets';
import { syntheticReports } from './fixture';
import { playbackSteps } from './playback';
import { BENCH_DIR, prepareRoot, run, stats, writeBareInputs, type Stats } from './setup';
import { precompress } from '../precompress';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TOGGLES = Number(process.env.BENCH_TOGGLES ?? 20);
const SYNTHETIC_COUNT = 10_000;
const SECTOR = 'textile';
/** The pages whose HTML weight is reported. */
const WEIGHED_PAGES = { '/': 'index.html', '/regions/dandong': path.join('regions', 'dandong.html') } as const;

type Target = 'ours' | 'bare';

/** The page a target loads: our home page, or the bare MapLibre page served beside it. */
function pageUrl(origin: string, target: Target): string {
  return target === 'ours' ? `${origin}/` : `${origin}/__bench/bare.html`;
}

async function openAndWaitReady(
  browser: Browser,
  url: string,
  target: Target,
  onResponse?: (page: Page) => void | Promise<void>,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await onResponse?.(page);
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
  const url = pageUrl(origin, target);
  const { page, context } = await openAndWaitReady(browser, url, target);
  const samples: number[] = [];
  await toggleToIdle(page, target); // warm-up, not counted
  for (let index = 0; index < TOGGLES; index += 1) samples.push(await toggleToIdle(page, target));
  await context.close();
  return stats(samples);
}

type Transfer = Record<string, number>;

/** What a response is, for the transfer table; MapLibre's own files (lazy chunk, worker) apart. */
function kindOf(pathname: string, maplibreChunk: string): string {
  if (pathname.includes(maplibreChunk) || /maplibre-gl(-worker)?(\.[A-Za-z0-9_-]+)?\.mjs$/.test(pathname))
    return 'maplibre';
  if (/\.(js|mjs)$/.test(pathname)) return 'js';
  if (pathname.endsWith('.css')) return 'css';
  if (/\.(geojson|json)$/.test(pathname)) return 'data';
  if (pathname.endsWith('.pbf')) return 'glyphs';
  if (/\.(woff2?|ttf)$/.test(pathname)) return 'fonts';
  if (/\.(svg|png|ico|webp|jpg)$/.test(pathname)) return 'images';
  if (/(\.html|\/)$/.test(pathname) || !path.extname(pathname)) return 'html';
  return 'other';
}

/** Bytes on the wire (Brotli as served, headers included) per kind, for one cold load until `ready` resolves. */
async function recordTransfer(
  browser: Browser,
  maplibreChunk: string,
  open: (browser: Browser, onPage: (page: Page) => void) => Promise<{ context: BrowserContext }>,
): Promise<Transfer> {
  const transfer: Transfer = {};
  const pending: Promise<void>[] = [];
  const { context } = await open(browser, (page) => {
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          const kind = kindOf(new URL(request.url()).pathname, maplibreChunk);
          transfer[kind] = (transfer[kind] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
        }),
      );
    });
  });
  await Promise.all(pending);
  await context.close();
  return transfer;
}

/**
 * First load of our page or the bare page, until the map is ready, as a reader's browser makes it: an automated
 * browser (`navigator.webdriver`) also fetches the map probe the tests read (components/map/map-probe.ts), which no
 * reader downloads, so the page is told it is not automated.
 */
function firstLoadTransfer(browser: Browser, origin: string, target: Target, maplibreChunk: string) {
  const url = pageUrl(origin, target);
  return recordTransfer(browser, maplibreChunk, (browser, onPage) =>
    openAndWaitReady(browser, url, target, async (page) => {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
      onPage(page);
    }),
  );
}

/** First load of the minimal Next.js page, until the network is quiet (its counter is hydrated by then). */
function minimalTransfer(browser: Browser, origin: string) {
  return recordTransfer(browser, 'no-maplibre-chunk', async (browser, onPage) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    onPage(page);
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button').click();
    await page.getByText('Clicked 1 time').waitFor();
    return { context };
  });
}

/** gzip size of a file as scripts/serve.ts sends it (level 9). */
function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function pageWeights(exportDir: string): Record<keyof typeof WEIGHED_PAGES, number> {
  return {
    '/': gzipSize(path.join(exportDir, WEIGHED_PAGES['/'])),
    '/regions/dandong': gzipSize(path.join(exportDir, WEIGHED_PAGES['/regions/dandong'])),
  };
}

/**
 * Heap after load, after the first toggle, after 50 more toggles, and after 50 more again (growth that stops is
 * warm-up, growth that goes on is a leak). Growth is measured from the first toggle on, not from the load: the first
 * toggle shows cards the page's HTML did not carry, so it fetches and keeps the report texts (the summaries, notes
 * and headlines of every record, components/use-report-texts.ts) by design, once per page; counting that one download
 * as growth would charge the toggles for a file any reader who touches the page loads anyway.
 *
 * The bare MapLibre page runs the same toggles as the reference: part of the growth is the engine's own warm-up
 * (optimised code and type feedback for the functions a toggle runs, MapLibre's most of all), which levels off and
 * which a page with no code of ours shows too.
 */
async function heapGrowth(
  browser: Browser,
  origin: string,
  target: Target,
): Promise<{
  afterLoad: number;
  before: number;
  after: number;
  after100: number;
  codeBefore: number;
  codeAfter: number;
}> {
  const url = pageUrl(origin, target);
  const { page, context } = await openAndWaitReady(browser, url, target);
  const cdp = await context.newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const afterLoad = await used();
  await toggleToIdle(page, target);
  // The texts' download is under way or done; wait for it, so that it is counted before, not during, the 50.
  if (target === 'ours')
    await page.waitForFunction(() => document.querySelector('[data-testid="summary-loading"]') === null);
  const before = await used();
  const codeBefore = await compiledCodeBytes(cdp);
  for (let index = 0; index < 50; index += 1) await toggleToIdle(page, target);
  const after = await used();
  const codeAfter = await compiledCodeBytes(cdp);
  for (let index = 0; index < 50; index += 1) await toggleToIdle(page, target);
  const after100 = await used();
  await context.close();
  return { afterLoad, before, after, after100, codeBefore, codeAfter };
}

/**
 * Bytes of the heap that are the engine's compiled code (a heap snapshot's `code` nodes: machine code, bytecode,
 * type feedback and their tables): what warms up as the same functions run again and get optimised, apart from what
 * the page keeps of its own.
 */
async function compiledCodeBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = HeapSnapshot.parse(JSON.parse(chunks.join('')));
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const typeField = fields.indexOf('type');
  const sizeField = fields.indexOf('self_size');
  const codeType = typeNames.indexOf('code');
  if (typeField < 0 || sizeField < 0 || codeType < 0) throw new Error('heap snapshot without type, self_size or code');
  let bytes = 0;
  for (let node = 0; node < snapshot.nodes.length; node += fields.length)
    if (snapshot.nodes[node + typeField] === codeType) bytes += snapshot.nodes[node + sizeField] ?? 0;
  return bytes;
}

/** The part of V8's heap snapshot format the code count reads. */
const HeapSnapshot = z.object({
  snapshot: z.object({
    meta: z.object({ node_fields: z.array(z.string()), node_types: z.tuple([z.array(z.string())]).rest(z.unknown()) }),
  }),
  nodes: z.array(z.number()),
});

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

// --- main -------------------------------------------------------------------------------------------------------

const executablePath = await requireChromium();
ensureBuilt();
const minimalOut = ensureMinimalBuilt();
mkdirSync(BENCH_DIR, { recursive: true });

const dataset = getDataset();
const { reports, sectors, conditions, coverage } = dataset;
const fixtureFile = path.join(BENCH_DIR, 'reports-10k.json');
const synthetic = syntheticReports(SYNTHETIC_COUNT, regions, sectors, conditions, coverage);
// The synthetic build validates the fixture like real data (lib/data/dataset.ts): fail here, with the reasons, not mid-build.
const syntheticCheck = validateDataset({ ...dataset, reports: synthetic });
if (!syntheticCheck.ok) throw new Error(`invalid fixture:\n${syntheticCheck.errors.map(formatDataError).join('\n')}`);
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
    // The variant measures the dashboard pages: one record page keeps the route, not 30,000 of them.
    RECORD_PAGE_LIMIT: '1',
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
const realServer = await serveDir(realRoot);
writeBareInputs(realRoot, reports, realServer.origin);
const syntheticRoot = prepareRoot('root-10k', syntheticExport);
const syntheticServer = await serveDir(syntheticRoot);
writeBareInputs(syntheticRoot, synthetic, syntheticServer.origin);
// The bare page's files are served like ours: precompressed (scripts/precompress.ts), so transfers compare fairly.
await precompress(path.join(realRoot, '__bench'));
await precompress(path.join(syntheticRoot, '__bench'));
const minimalServer = await serveDir(minimalOut);

const browser = await chromium.launch({ executablePath, args: [...QUIET_OFFLINE_ARGS, ...SWIFTSHADER_ARGS] });
try {
  // a. time to idle
  const idle: Record<Target, number[]> = { ours: [], bare: [] };
  for (let index = 0; index < RUNS; index += 1) {
    for (const target of ['ours', 'bare'] as const) {
      const { context, readyAt } = await openAndWaitReady(browser, pageUrl(realServer.origin, target), target);
      idle[target].push(readyAt);
      await context.close();
    }
  }
  const idleOurs = stats(idle.ours);
  const idleBare = stats(idle.bare);

  // b. transfer
  const transferOurs = await firstLoadTransfer(browser, realServer.origin, 'ours', maplibreChunk);
  const transferBare = await firstLoadTransfer(browser, realServer.origin, 'bare', maplibreChunk);
  const transferMinimal = await minimalTransfer(browser, minimalServer.origin);
  const total = (transfer: Transfer, withMaplibre: boolean) =>
    Object.entries(transfer).reduce(
      (sum, [kind, bytes]) => sum + (kind === 'maplibre' && !withMaplibre ? 0 : bytes),
      0,
    );
  // The files as served (gzip level 9), named by lib/data/assets.ts. A first load fetches the report index; the texts
  // come on need (a card without its summary, a download, a citation, the reader's first interaction).
  const urls = assetUrls(null, 'en');
  const reportPayload = gzipSize(path.join('out', urls.reportIndex));
  const textsPayload = gzipSize(path.join('out', urls.reportTexts));
  const geoBytes = GEO_FILES.reduce((sum, file) => sum + gzipSize(path.join('out', urls.geo[file])), 0);

  // b'. page weight
  const weights = {
    real: pageWeights('out'),
    synthetic: pageWeights(syntheticExport),
    minimal: gzipSize(path.join(minimalOut, 'index.html')),
  };

  // c. filter latency
  const filterRealOurs = await filterLatency(browser, realServer.origin, 'ours');
  const filterRealBare = await filterLatency(browser, realServer.origin, 'bare');
  const filterSyntheticOurs = await filterLatency(browser, syntheticServer.origin, 'ours');
  const filterSyntheticBare = await filterLatency(browser, syntheticServer.origin, 'bare');

  // d. memory
  const heap = await heapGrowth(browser, realServer.origin, 'ours');
  const heapBare = await heapGrowth(browser, realServer.origin, 'bare');

  // e. playback
  const playback = await playbackSteps(browser, syntheticServer.origin);

  const idleRatio = idleOurs.median / idleBare.median;
  const filterRatio = filterSyntheticOurs.p95 / filterSyntheticBare.p95;
  const heapGrowthRatio = heap.after / heap.before - 1;
  const heapGrowthBare = heapBare.after / heapBare.before - 1;
  // The same growth with the engine's compiled code left out: what the page itself keeps.
  const withoutCode = (measured: { before: number; after: number; codeBefore: number; codeAfter: number }) =>
    (measured.after - measured.codeAfter) / (measured.before - measured.codeBefore) - 1;
  const oursKb = total(transferOurs, false) / 1024;
  const bareKb = total(transferBare, false) / 1024;
  const minimalJsKb = (transferMinimal.js ?? 0) / 1024;
  const firstLoadTargetKb = bareKb + minimalJsKb + BENCH_TARGETS.firstLoadOverFloorsKb;

  const rows: [string, string, string, string, string][] = [
    ['measure', 'ours', 'bare', 'ratio', 'target'],
    [
      'a. navigation → idle, median ms (min–max)',
      `${idleOurs.median.toFixed(0)} (${idleOurs.min.toFixed(0)}–${idleOurs.max.toFixed(0)})`,
      `${idleBare.median.toFixed(0)} (${idleBare.min.toFixed(0)}–${idleBare.max.toFixed(0)})`,
      idleRatio.toFixed(2),
      `≤ ${BENCH_TARGETS.idleRatio}`,
    ],
    [
      'b. first load without MapLibre, KB on the wire (Brotli)',
      kb(total(transferOurs, false)),
      kb(total(transferBare, false)),
      `${(oursKb - bareKb).toFixed(1)} KB more, ${oursKb <= firstLoadTargetKb ? 'met' : 'NOT MET'}`,
      `≤ bare + Next ${minimalJsKb.toFixed(1)} + ${BENCH_TARGETS.firstLoadOverFloorsKb} = ${firstLoadTargetKb.toFixed(1)}`,
    ],
    [
      '   minimal Next.js page (floor): JS / all, KB on the wire',
      '',
      '',
      `${kb(transferMinimal.js ?? 0)} / ${kb(total(transferMinimal, true))}`,
      '',
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
      '   images / other',
      `${kb(transferOurs.images ?? 0)} / ${kb(transferOurs.other ?? 0)}`,
      `${kb(transferBare.images ?? 0)} / ${kb(transferBare.other ?? 0)}`,
      '',
      '',
    ],
    [
      '   lazy MapLibre chunk + worker, KB on the wire',
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
      `≤ ${BENCH_TARGETS.dataKb} KB`,
    ],
    ['   report texts, on need, KB gzip', kb(textsPayload), '', 'not in the first load', ''],
    [
      "b'. HTML of / , real → 10,000 reports, KB gzip",
      `${kb(weights.real['/'])} → ${kb(weights.synthetic['/'])}`,
      '',
      `minimal Next page ${kb(weights.minimal)}`,
      '',
    ],
    [
      "b'. HTML of /regions/dandong, real → 10,000, KB gzip",
      `${kb(weights.real['/regions/dandong'])} → ${kb(weights.synthetic['/regions/dandong'])}`,
      '',
      '',
      '',
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
      `p95 ≤ ${BENCH_TARGETS.filterP95Ms}, ratio ≤ ${BENCH_TARGETS.filterRatio}`,
    ],
    [
      'd. JS heap after load, first toggle (texts) → after 50 more, MB',
      `${(heap.afterLoad / 1048576).toFixed(1)}, ${(heap.before / 1048576).toFixed(1)} → ${(heap.after / 1048576).toFixed(1)}`,
      `${(heapBare.before / 1048576).toFixed(1)} → ${(heapBare.after / 1048576).toFixed(1)}`,
      `${(heapGrowthRatio * 100).toFixed(1)}% (bare ${(heapGrowthBare * 100).toFixed(1)}%)`,
      `≤ ${BENCH_TARGETS.heapGrowth * 100}%`,
    ],
    [
      '   of which compiled code (machine code, bytecode, feedback), MB',
      `${(heap.codeBefore / 1048576).toFixed(1)} → ${(heap.codeAfter / 1048576).toFixed(1)}`,
      `${(heapBare.codeBefore / 1048576).toFixed(1)} → ${(heapBare.codeAfter / 1048576).toFixed(1)}`,
      `without it ${(withoutCode(heap) * 100).toFixed(1)}% (bare ${(withoutCode(heapBare) * 100).toFixed(1)}%)`,
      '',
    ],
    [
      '   … → after 100 toggles (leak check), MB',
      `${(heap.after100 / 1048576).toFixed(1)}`,
      '',
      `${((heap.after100 / heap.after - 1) * 100).toFixed(1)}% over the last 50`,
      '',
    ],
    [
      `e. playback step → idle, ${SYNTHETIC_COUNT} reports, p50 / p95 ms`,
      `${playback.steps.p50.toFixed(0)} / ${playback.steps.p95.toFixed(0)}`,
      '',
      `${(playback.steps.p95 / playback.intervalMs).toFixed(2)} of the interval`,
      `p95 ≤ ${playback.intervalMs} ms interval`,
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
    reportCount: { real: reports.length, synthetic: synthetic.length },
    idle: { ours: idleOurs, bare: idleBare, ratio: idleRatio },
    transfer: {
      ours: transferOurs,
      bare: transferBare,
      minimal: transferMinimal,
      oursKb,
      bareKb,
      minimalJsKb,
      firstLoadTargetKb,
      geoKb: geoBytes / 1024,
      reportsKb: reportPayload / 1024,
      reportTextsKb: textsPayload / 1024,
    },
    pageWeights: weights,
    filter: {
      real: { ours: filterRealOurs, bare: filterRealBare },
      synthetic: { ours: filterSyntheticOurs, bare: filterSyntheticBare, ratio: filterRatio },
    },
    heap: {
      ...heap,
      growth: heapGrowthRatio,
      growthWithoutCode: withoutCode(heap),
      bare: { ...heapBare, growth: heapGrowthBare, growthWithoutCode: withoutCode(heapBare) },
    },
    playback,
  };
  writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2));
  console.log(
    `bench: idle-ratio=${idleRatio.toFixed(2)} transfer-kb=${oursKb.toFixed(1)} transfer-target-kb=${firstLoadTargetKb.toFixed(1)} html-kb=${kb(weights.real['/'])} html-10k-kb=${kb(weights.synthetic['/'])} filter-p95-ms=${filterSyntheticOurs.p95.toFixed(1)} filter-ratio=${filterRatio.toFixed(2)} heap-growth=${(heapGrowthRatio * 100).toFixed(1)}%`,
  );
} finally {
  await browser.close();
  await Promise.all([realServer.close(), syntheticServer.close(), minimalServer.close()]);
}
