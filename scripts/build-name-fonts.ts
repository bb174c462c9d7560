/**
 * `npm run data:fonts`: subsets Noto Sans SC and Noto Sans KR (OFL) to the characters of the region and place names
 * (`printedNames` in lib/map/name-fonts.ts), so the names render in Chinese and Korean on any machine (many have no CJK
 * fonts) without a font CDN, and, for the social cards, to those names plus every word the Korean and Chinese cards
 * print (lib/export/social-card.ts), so the cards can be drawn at build time with no network. The web fonts stay
 * names-only: pages in Korean and Chinese use the reader's own fonts for their text, as the map does.
 *
 * The full fonts (~150 MB) are not a project dependency: this script installs them once into a cache folder
 * outside the repository. Its output is committed:
 *   data/fonts/names-{sc,kr}-400.woff2            web fonts (app/globals.css bundles them: not in public/, so the
 *                                                 export carries only the content-hashed copies pages request)
 *   data/fonts/language-names-{sc,kr}.woff2       the language links' 中文 and 한국어 alone (about 1 KB each)
 *   data/fonts/*.ttf                              fonts for the social cards (scripts/build-social-cards.ts)
 *   data/fonts/manifest.json                      the characters covered (a unit test checks the names against it)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import subsetFont from 'subset-font';
import { places } from '../lib/data/places';
import { regions } from '../lib/data/regions';
import { cjkCharacters, hangulCharacters, NAME_FONT_EXTRA_CHARACTERS, printedNames } from '../lib/map/name-fonts';
import { allCardText } from '../lib/export/social-card';
import { NATIVE_NAMES } from '../lib/i18n/locales';

/** Full-width punctuation the Chinese and Korean cards may use (，、：（）“”), drawn from the CJK fonts. */
const CARD_PUNCTUATION = '，、：（）“”';

const FONT_PACKAGES = ['@expo-google-fonts/noto-sans-sc@0.4.3', '@expo-google-fonts/noto-sans-kr@0.4.3'];
const cacheDir = process.env.FONT_CACHE_DIR ?? path.join(os.tmpdir(), 'nk-map-font-sources');

if (!existsSync(path.join(cacheDir, 'node_modules', '@expo-google-fonts', 'noto-sans-kr'))) {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, 'package.json'), '{"private":true}');
  console.log(`installing ${FONT_PACKAGES.join(', ')} into ${cacheDir}…`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...FONT_PACKAGES], {
    cwd: cacheDir,
    stdio: 'inherit',
  });
}

const source = (pkg: string, file: string) =>
  readFileSync(path.join(cacheDir, 'node_modules', '@expo-google-fonts', pkg, file));
const require = createRequire(import.meta.url);
const latinDir = path.join(path.dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');

const names =
  printedNames(regions, places)
    .map((name) => name.text)
    .join('') + NAME_FONT_EXTRA_CHARACTERS;
const chinese = cjkCharacters(names);
const korean = hangulCharacters(names);
const cardText = names + allCardText();
const cardChinese = cjkCharacters(cardText);
const cardKorean = hangulCharacters(cardText);
const cardOther =
  [...new Set(cardText.replace(/[\p{Script=Han}\p{Script=Hangul}]/gu, ''))].sort().join('') +
  '0123456789' +
  CARD_PUNCTUATION;
const latin =
  Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('') + '—–·’“”…→';

mkdirSync('data/fonts', { recursive: true });

const outputs: { file: string; bytes: number }[] = [];
async function write(file: string, font: Buffer, text: string, format: 'woff2' | 'truetype') {
  const subset = await subsetFont(font, text, { targetFormat: format });
  writeFileSync(file, subset);
  outputs.push({ file, bytes: subset.length });
}

for (const [weight, sc, kr] of [
  ['400', '400Regular/NotoSansSC_400Regular.ttf', '400Regular/NotoSansKR_400Regular.ttf'],
  ['700', '700Bold/NotoSansSC_700Bold.ttf', '700Bold/NotoSansKR_700Bold.ttf'],
] as const) {
  const scFont = source('noto-sans-sc', sc);
  const krFont = source('noto-sans-kr', kr);
  // The page ships the regular weight only (the browser draws bold names from it): a second weight was 18 KB more
  // on every first load for a heavier stroke in a few headings.
  if (weight === '400') {
    await write(`data/fonts/names-sc-${weight}.woff2`, scFont, chinese, 'woff2');
    await write(`data/fonts/names-kr-${weight}.woff2`, krFont, korean, 'woff2');
    // Every page names Korean and Chinese in their own scripts in its language links: two fonts of those few
    // characters spare a reader of an English page the names fonts (18 KB) just for them.
    await write('data/fonts/language-names-sc.woff2', scFont, cjkCharacters(NATIVE_NAMES.zh), 'woff2');
    await write('data/fonts/language-names-kr.woff2', krFont, hangulCharacters(NATIVE_NAMES.ko), 'woff2');
  }
  // The cards' own fonts carry the Latin letters and digits the cards print: a Korean or Chinese card is set in its
  // CJK font first, and the renderer falls back to other fonts without regard to weight (a bold count would come
  // out regular from a fallback).
  await write(`data/fonts/names-sc-${weight}.ttf`, scFont, cardChinese + cardOther, 'truetype');
  await write(`data/fonts/names-kr-${weight}.ttf`, krFont, cardKorean + cardOther, 'truetype');
  const latinFont = readFileSync(path.join(latinDir, `noto-sans-latin-${weight}-normal.woff`));
  await write(`data/fonts/noto-sans-latin-${weight}.ttf`, latinFont, latin, 'truetype');
}

writeFileSync(
  'data/fonts/manifest.json',
  JSON.stringify({ chinese, korean, latin, cardChinese, cardKorean }, null, 2) + '\n',
);
for (const { file, bytes } of outputs) console.log(`${file}  ${(bytes / 1024).toFixed(1)} KB`);
