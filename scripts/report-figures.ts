/**
 * `npm run report:figures`: writes the measured figures from `npm run bench`, `npm run lighthouse` and
 * `npm run load` (their .bench/*.json outputs) into the README's "Performance" and "Quality" sections.
 * Nobody types these numbers by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { BENCH_TARGETS, describeLighthouseTargets, lighthouseMisses } from './targets';

const StatsSchema = z.object({
  median: z.number(),
  min: z.number(),
  max: z.number(),
  p50: z.number(),
  p95: z.number(),
  runs: z.number(),
});
const Bench = z.object({
  date: z.string(),
  machine: z.string(),
  runs: z.number(),
  toggles: z.number(),
  reportCount: z.object({ real: z.number(), synthetic: z.number() }),
  idle: z.object({ ours: StatsSchema, bare: StatsSchema, ratio: z.number() }),
  transfer: z.object({
    ours: z.record(z.string(), z.number()),
    bare: z.record(z.string(), z.number()),
    minimal: z.record(z.string(), z.number()),
    oursKb: z.number(),
    bareKb: z.number(),
    minimalJsKb: z.number(),
    firstLoadTargetKb: z.number(),
    geoKb: z.number(),
    /** The report index: what a first load fetches of the reports. */
    reportsKb: z.number(),
    /** The report texts, fetched on need; absent from results written before the split. */
    reportTextsKb: z.number().optional(),
  }),
  pageWeights: z.object({
    real: z.object({ '/': z.number(), '/regions/dandong': z.number() }),
    synthetic: z.object({ '/': z.number(), '/regions/dandong': z.number() }),
    minimal: z.number(),
  }),
  filter: z.object({
    real: z.object({ ours: StatsSchema, bare: StatsSchema }),
    synthetic: z.object({ ours: StatsSchema, bare: StatsSchema, ratio: z.number() }),
  }),
  /** `before` is the heap after the first toggle (which loads the report texts); `afterLoad` is absent from older results. */
  heap: z.object({
    afterLoad: z.number().optional(),
    before: z.number(),
    after: z.number(),
    after100: z.number(),
    growth: z.number(),
    /** Compiled code in the heap at `before` and `after`, and the growth without it; absent from older results. */
    codeBefore: z.number().optional(),
    codeAfter: z.number().optional(),
    growthWithoutCode: z.number().optional(),
    /** The bare MapLibre page over the same toggles, the reference; absent from older results. */
    bare: z
      .object({
        before: z.number(),
        after: z.number(),
        growth: z.number(),
        codeBefore: z.number().optional(),
        codeAfter: z.number().optional(),
        growthWithoutCode: z.number().optional(),
      })
      .optional(),
  }),
  /** Absent from results written before playback existed. */
  playback: z.object({ steps: StatsSchema, count: z.number(), intervalMs: z.number() }).optional(),
});
const LighthouseResult = z.object({
  performance: z.number(),
  accessibility: z.number(),
  'best-practices': z.number(),
  seo: z.number(),
  lcpMs: z.number(),
  tbtMs: z.number(),
  /** Lighthouse's `environment.benchmarkIndex` (the machine's speed at the time), median of the runs. */
  benchmarkIndex: z.number().optional(),
});
const Lighthouse = z.object({
  date: z.string(),
  runs: z.number(),
  /** Whether the machine had Chinese and Korean fonts (scripts/lighthouse.ts); absent from older results. */
  cjkFonts: z.boolean().optional(),
  results: z.record(z.string(), LighthouseResult),
  floor: LighthouseResult,
});
const Load = z.object({
  date: z.string(),
  connections: z.number(),
  seconds: z.number(),
  results: z.array(
    z.object({ title: z.string(), requestsPerSecond: z.number(), p99LatencyMs: z.number(), errors: z.number() }),
  ),
});

function read<T>(file: string, schema: z.ZodType<T>, command: string): T {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`${command}\` first`);
  return schema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const bench = read('.bench/results.json', Bench, 'npm run bench');
const lighthouse = read('.bench/lighthouse.json', Lighthouse, 'npm run lighthouse');
const load = read('.bench/load.json', Load, 'npm run load');

const kb = (bytes: number | undefined) => ((bytes ?? 0) / 1024).toFixed(0);
const kb1 = (bytes: number | undefined) => ((bytes ?? 0) / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(0);
const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
const withoutMaplibre = (transfer: Record<string, number>) =>
  Object.entries(transfer).reduce((sum, [kind, bytes]) => sum + (kind === 'maplibre' ? 0 : bytes), 0);
const count = (value: number) => value.toLocaleString('en-GB');

const t = BENCH_TARGETS;
// Growth counts from the first toggle: that toggle loads the report texts once, by design (scripts/bench/bench.ts).
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
const heapRows =
  (bench.heap.afterLoad === undefined
    ? ''
    : `| JS heap after load → after the first toggle (loads the report texts, by design) | ${mb(bench.heap.afterLoad)} → ${mb(bench.heap.before)} MB | | counted apart | |\n`) +
  `| JS heap ${bench.heap.afterLoad === undefined ? 'after load' : 'from the first toggle'} → after 50 more toggles | ${mb(bench.heap.before)} → ${mb(bench.heap.after)} MB | ${bench.heap.bare ? `${mb(bench.heap.bare.before)} → ${mb(bench.heap.bare.after)} MB (${(bench.heap.bare.growth * 100).toFixed(1)}%)` : ''} | ${(bench.heap.growth * 100).toFixed(1)}%, ${mark(bench.heap.growth <= t.heapGrowth)} | ≤ ${t.heapGrowth * 100}% |\n`;
const { bare: bareHeap } = bench.heap;
const bareCode =
  bareHeap?.codeBefore === undefined || bareHeap.codeAfter === undefined
    ? ''
    : `${mb(bareHeap.codeBefore)} → ${mb(bareHeap.codeAfter)} MB`;
const codeRow =
  bench.heap.codeBefore === undefined ||
  bench.heap.codeAfter === undefined ||
  bench.heap.growthWithoutCode === undefined
    ? ''
    : `| … of which the engine's compiled code (machine code, bytecode, type feedback) | ${mb(bench.heap.codeBefore)} → ${mb(bench.heap.codeAfter)} MB | ${bareCode} | growth without it ${(bench.heap.growthWithoutCode * 100).toFixed(1)}%${bareHeap?.growthWithoutCode === undefined ? '' : ` (bare ${(bareHeap.growthWithoutCode * 100).toFixed(1)}%)`} | |\n`;
const { transfer, pageWeights: weights } = bench;
const firstLoadMet = transfer.oursKb <= transfer.firstLoadTargetKb;
// The report texts are not part of a first load (lib/data/report-index.ts): their own row, counted apart.
const textsRow =
  transfer.reportTextsKb === undefined
    ? ''
    : `| Report texts (summaries, notes, headlines), on need, gzip | ${transfer.reportTextsKb.toFixed(0)} KB | | counted apart | |\n`;

const performance = `## Performance

Measured by \`npm run bench\` on ${bench.date}: ${bench.machine}; production build served by \`scripts/serve.ts\`, compared
in the same run with a bare MapLibre page (\`scripts/bench/bare.html\`: same style, geography files and points, no
React or Next.js) and a minimal Next.js page (\`scripts/minimal-next.ts\`: one static page with one small client
component, built by our Next.js). Medians of ${bench.runs} runs (min–max); filter latency over ${bench.toggles} toggles.

| Measure | Ours | Bare page | Result | Target |
| --- | ---: | ---: | --- | --- |
| Navigation → map idle, all layers drawn | ${ms(bench.idle.ours.median)} ms (${ms(bench.idle.ours.min)}–${ms(bench.idle.ours.max)}) | ${ms(bench.idle.bare.median)} ms (${ms(bench.idle.bare.min)}–${ms(bench.idle.bare.max)}) | ratio ${bench.idle.ratio.toFixed(2)}, ${mark(bench.idle.ratio <= t.idleRatio)} | ratio ≤ ${t.idleRatio} |
| First load without MapLibre, on the wire (Brotli) | ${kb(withoutMaplibre(transfer.ours))} KB | ${kb(withoutMaplibre(transfer.bare))} KB | +${(transfer.oursKb - transfer.bareKb).toFixed(0)} KB over bare, ${mark(firstLoadMet)} | ≤ bare + minimal Next.js script (${transfer.minimalJsKb.toFixed(0)} KB) + ${t.firstLoadOverFloorsKb} KB = ${transfer.firstLoadTargetKb.toFixed(0)} KB |
| … JS / CSS / HTML | ${kb(transfer.ours.js)} / ${kb(transfer.ours.css)} / ${kb(transfer.ours.html)} KB | ${kb(transfer.bare.js)} / ${kb(transfer.bare.css)} / ${kb(transfer.bare.html)} KB | | |
| … geography and JSON / glyphs / images | ${kb(transfer.ours.data)} / ${kb(transfer.ours.glyphs)} / ${kb(transfer.ours.images)} KB | ${kb(transfer.bare.data)} / ${kb(transfer.bare.glyphs)} / ${kb(transfer.bare.images)} KB | | |
| Minimal Next.js page: script / whole first load, on the wire | | | ${kb(transfer.minimal.js)} / ${kb(withoutMaplibre(transfer.minimal))} KB | the floor |
| Lazy MapLibre chunk + worker, on the wire | ${kb(transfer.ours.maplibre)} KB | ${kb(transfer.bare.maplibre)} KB | counted apart | |
| Geography + report index, gzip | ${(transfer.geoKb + transfer.reportsKb).toFixed(0)} KB | | ${mark(transfer.geoKb + transfer.reportsKb <= t.dataKb)} | ≤ ${t.dataKb} KB |
${textsRow}| Sector toggle → map idle, real data (p50 / p95) | ${ms(bench.filter.real.ours.p50)} / ${ms(bench.filter.real.ours.p95)} ms | ${ms(bench.filter.real.bare.p50)} / ${ms(bench.filter.real.bare.p95)} ms | | |
| Sector toggle → map idle, ${count(bench.reportCount.synthetic)} reports (p50 / p95) | ${ms(bench.filter.synthetic.ours.p50)} / ${ms(bench.filter.synthetic.ours.p95)} ms | ${ms(bench.filter.synthetic.bare.p50)} / ${ms(bench.filter.synthetic.bare.p95)} ms | ratio ${bench.filter.synthetic.ratio.toFixed(2)}; p95 ${mark(bench.filter.synthetic.ours.p95 <= t.filterP95Ms)}, ratio ${mark(bench.filter.synthetic.ratio <= t.filterRatio)} | p95 ≤ ${t.filterP95Ms} ms, ratio ≤ ${t.filterRatio} |
${heapRows}${codeRow}| … then after 50 more toggles (leak check) | ${(bench.heap.after100 / 1048576).toFixed(1)} MB | | +${((bench.heap.after100 / bench.heap.after - 1) * 100).toFixed(1)}% | |
${
  bench.playback
    ? `| Playback step → map idle, ${count(bench.reportCount.synthetic)} reports (p50 / p95) | ${ms(bench.playback.steps.p50)} / ${ms(bench.playback.steps.p95)} ms | | ${mark(bench.playback.steps.p95 <= bench.playback.intervalMs)} | p95 ≤ the ${bench.playback.intervalMs} ms interval |\n`
    : ''
}
Page weight: each page's HTML as served (gzip), with the real data and with the ${count(bench.reportCount.synthetic)}-report
build the filter figures use. A page carries only its first paint, not the dataset; the synthetic records have
one-line summaries, so their first paint is lighter than the real one.

| Page | ${count(bench.reportCount.real)} reports (real data) | ${count(bench.reportCount.synthetic)} reports |
| --- | ---: | ---: |
| \`/\` | ${kb1(weights.real['/'])} KB | ${kb1(weights.synthetic['/'])} KB |
| \`/regions/dandong\` | ${kb1(weights.real['/regions/dandong'])} KB | ${kb1(weights.synthetic['/regions/dandong'])} KB |
| Minimal Next.js page | ${kb1(weights.minimal)} KB | |

Everything runs under SwiftShader (software WebGL) on two cores, where even the bare page needs
${ms(bench.filter.synthetic.bare.p95)} ms (p95) to redraw after a filter change; the figures compare like with like.
`;

const lighthouseRow = (name: string, result: z.infer<typeof LighthouseResult>, check: string) =>
  `| ${name} | ${result.performance} | ${result.accessibility} | ${result['best-practices']} | ${result.seo} | ${ms(result.lcpMs)} ms | ${ms(result.tbtMs)} ms | ${check} |`;
const pageRows = [
  ...Object.entries(lighthouse.results).map(([page, result]) => {
    const misses = lighthouseMisses(result, lighthouse.floor);
    return lighthouseRow(`\`${page}\``, result, misses.length === 0 ? 'met' : `**not met**: ${misses.join(', ')}`);
  }),
  lighthouseRow('Floor: minimal Next.js page', lighthouse.floor, 'the floor'),
].join('\n');
// The floor moves with the machine (docs/ARCHITECTURE.md, pitfall 15): the benchmark index says how fast the machine was during the run.
const benchmarkIndexes = [lighthouse.floor, ...Object.values(lighthouse.results)]
  .map((result) => result.benchmarkIndex)
  .filter((index): index is number => index !== undefined);
const benchmarkLine =
  benchmarkIndexes.length === 0
    ? ''
    : `Benchmark index of the run (Lighthouse's \`environment.benchmarkIndex\`, medians per page): ${Math.round(Math.min(...benchmarkIndexes))}–${Math.round(Math.max(...benchmarkIndexes))}.\n`;
const loadRows = load.results
  .map(
    (result) =>
      `| ${result.title} | ${Math.round(result.requestsPerSecond)} | ${result.p99LatencyMs} ms | ${result.errors} |`,
  )
  .join('\n');

const quality = `## Quality

Lighthouse 12 (\`npm run lighthouse\`, mobile preset, Debian Chromium, no network), median of ${lighthouse.runs} runs,
${lighthouse.date}. The floor is a minimal Next.js page (\`scripts/minimal-next.ts\`) built by our Next.js and
served by the same server, measured in the same run, taking turns with our pages.${
  lighthouse.cjkFonts === undefined
    ? ''
    : lighthouse.cjkFonts
      ? ' The machine had Chinese and Korean\nfonts (fonts-noto-cjk), as the readers of those pages do.'
      : ' The machine had no Chinese or Korean\nfont: the `/ko` and `/zh` pages paid a fallback-font search their readers do not.'
}
Targets: ${describeLighthouseTargets(lighthouse.floor)}.
${benchmarkLine}
| Page | Performance | Accessibility | Best practices | SEO | LCP | TBT | Targets |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${pageRows}

Accessibility in \`npm test\`: axe-core (WCAG 2.1 A/AA and best practices) on the home page, a region page with a
report open, and the phone layout (static and interactive map); any serious or critical violation fails the run.
Keyboard-only use, the list without WebGL, the list on a slow network before the map arrives, and a crash inside
the map code (the panel and list keep working) are end-to-end tests too. On phones (\`e2e/phones.spec.ts\`, at 360,
390 and 844 × 390 px in the three languages) the static map frames the page's region, its "Show interactive map"
pill and the legend's button cover no region and no name, every control is at least 44 × 44 px under a touch
screen's coarse pointer, the title keeps to two lines at 360 px, and the language links' 한국어 and 中文 are drawn
from the shipped fonts rather than as boxes.

Load (\`npm run load\`, autocannon, ${load.connections} connections for ${load.seconds} s against \`scripts/serve.ts\`, ${load.date}):

| Requests | Requests/s | p99 latency | Errors |
| --- | ---: | ---: | ---: |
${loadRows}
`;

const START = '<!-- figures:start (written by npm run report:figures; do not edit by hand) -->';
const END = '<!-- figures:end -->';
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end === -1) throw new Error('README.md has no figures markers');
writeFileSync('README.md', `${readme.slice(0, start)}${START}\n\n${performance}\n${quality}\n${readme.slice(end)}`);
console.log('README.md: Performance and Quality sections written');
