/**
 * Builds MapLibre glyph PBFs for the Latin labels from an OFL font shipped in an npm package
 * (@fontsource/noto-sans), so the map never fetches glyphs from a third-party host.
 * Chinese and Korean text is drawn by the browser through `localIdeographFontFamily` and needs no PBFs.
 * Each font is first subset (subset-font) to the characters the labels can show (lib/map/glyph-characters.ts:
 * ASCII letters and digits, and whatever else the geography's names use): a whole Latin range was ~26 KB gzip per
 * font stack on every first load, and MapLibre fetches the range, not single glyphs.
 *
 * Output: public/glyphs/<fontstack>/<start>-<end>.pbf and data/fonts/glyphs.json (the characters and ranges
 * covered; a unit test checks the geography's names against it), committed. Run: npm run data:glyphs
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { glyphCharacters, labelTexts } from '../lib/map/glyph-characters';
import { GEO_FILES } from '../lib/map/geo-files';

const require = createRequire(import.meta.url);

type RangeCallback = (error: Error | null, pbf?: Uint8Array) => void;
type Fontnik = { range: (options: { font: Buffer; start: number; end: number }, callback: RangeCallback) => void };

function loadFontnik(): Fontnik {
  const loaded: unknown = require('fontnik');
  if (typeof loaded === 'object' && loaded !== null && 'range' in loaded && typeof loaded.range === 'function') {
    const range = loaded.range;
    return { range: (options, callback) => range(options, callback) };
  }
  throw new Error('fontnik did not load: its prebuilt binary is missing for this platform');
}

const fontnik = loadFontnik();
const fontFiles = path.join(path.dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
const outDir = path.join(process.cwd(), 'public', 'glyphs');

/** Font stacks the map style names, each mapped to its fontsource weight/style. */
const stacks = {
  'Noto Sans Regular': '400-normal',
  'Noto Sans SemiBold': '600-normal',
  'Noto Sans Italic': '400-italic',
} as const;

/** Unicode blocks our labels use; each range comes from the fontsource subset that covers it. */
const ranges = [
  { start: 0, end: 255, subset: 'latin' },
  { start: 256, end: 511, subset: 'latin-ext' },
  { start: 8192, end: 8447, subset: 'latin' },
] as const;

function glyphRange(font: Buffer, start: number, end: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    fontnik.range({ font, start, end }, (error, pbf) => {
      if (error || !pbf) reject(error ?? new Error(`no glyphs for ${start}-${end}`));
      else resolve(pbf);
    });
  });
}

const characters = glyphCharacters(
  GEO_FILES.flatMap((file) =>
    labelTexts(JSON.parse(readFileSync(path.join('data', 'geo', `${file}.geojson`), 'utf8')) as unknown),
  ),
);

rmSync(outDir, { recursive: true, force: true });
let total = 0;
for (const [stack, variant] of Object.entries(stacks)) {
  mkdirSync(path.join(outDir, stack), { recursive: true });
  for (const { start, end, subset } of ranges) {
    const inRange = [...characters].filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code >= start && code <= end;
    });
    const source = readFileSync(path.join(fontFiles, `noto-sans-${subset}-${variant}.woff`));
    // A range none of the labels use still gets its (empty) file: MapLibre never asks for it, and nothing 404s if it does.
    const font = await subsetFont(source, inRange.join('') || ' ', { targetFormat: 'truetype' });
    const pbf = await glyphRange(font, start, end);
    writeFileSync(path.join(outDir, stack, `${start}-${end}.pbf`), pbf);
    total += pbf.length;
  }
}
writeFileSync(
  path.join('data', 'fonts', 'glyphs.json'),
  JSON.stringify({ characters, ranges: ranges.map(({ start, end }) => `${start}-${end}`) }, null, 2) + '\n',
);
console.log(
  `glyphs: ${Object.keys(stacks).length} font stacks x ${ranges.length} ranges, ${characters.length} characters, ${(total / 1024).toFixed(0)} KB`,
);
