/**
 * Writes a 1200x630 PNG social card per region and language (out/og/<slug>.png in English, out/og/ko/<slug>.png,
 * out/og/zh/<slug>.png), one for each home page (index.png), and one per record for all three languages
 * (out/og/reports/<id>.png: place, date, sectors and outlet beside the record's map; lib/export/social-card.ts says
 * why one): the region's names in the page's language and the
 * two others, its outline among the 23 prefectures, and its reports by sector (lib/export/social-card.ts has the words); also the web manifest's icons (out/icon-192.png, out/icon-512.png). Runs after `next build` with no
 * network and only our committed fonts (data/fonts, npm run data:fonts).
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FeatureCollectionSchema, polygonsOf } from '../lib/map/geometry';
import { LOCALES, type Locale } from '../lib/i18n/locales';
import { reportImagePath, socialImagePath } from '../app/_lib/region-meta';
import { getDataset } from '../lib/data/dataset';
import { reportMapSvg } from '../lib/data/assets';
import type { Report } from '../lib/data/schema';
import { provincesBBox, regions } from '../lib/data/regions';
import type { Region } from '../lib/data/schema';
import { siteUrl } from '../lib/export/site';
import { cardWords, reportCardWords, type CardWords } from '../lib/export/social-card';
import { escapeXml, fitProjection, polygonsPath } from '../lib/map/svg-map';

const WIDTH = 1200;
const HEIGHT = 630;
const MAP_BOX = { x: 40, y: 40, width: 560, height: 550 };
/**
 * Each card is set in its language's font first (its subset carries Latin too): the renderer's fallback to another
 * font ignores the weight, so bold Korean or Chinese must come from the first family. The names in the other
 * scripts, set in regular weight, come from the fallbacks.
 */
const FONTS: Readonly<Record<Locale, string>> = {
  en: "'Noto Sans', 'Noto Sans SC', 'Noto Sans KR'",
  zh: "'Noto Sans SC', 'Noto Sans KR', 'Noto Sans'",
  ko: "'Noto Sans KR', 'Noto Sans SC', 'Noto Sans'",
};

const geo = FeatureCollectionSchema.parse(JSON.parse(readFileSync('data/geo/regions.geojson', 'utf8')));
const project = fitProjection(provincesBBox, MAP_BOX.width, MAP_BOX.height);

const shapes = geo.features.map((feature) => ({
  slug: String(feature.properties.slug),
  level: String(feature.properties.level),
  province: String(feature.properties.province),
  path: polygonsPath(polygonsOf(feature.geometry), project),
}));

function isHighlighted(shape: (typeof shapes)[number], region: Region | null): boolean {
  if (!region) return false;
  return region.level === 'province' ? shape.province === region.slug : shape.slug === region.slug;
}

function mapSvg(region: Region | null): string {
  const prefectures = shapes
    .filter((shape) => shape.level === 'prefecture')
    .map(
      (shape) =>
        `<path d="${shape.path}" fill="${isHighlighted(shape, region) ? '#8c6bb1' : '#eef1f5'}" stroke="#9aa1ab" stroke-width="1"/>`,
    );
  const provinces = shapes
    .filter((shape) => shape.level === 'province')
    .map((shape) => `<path d="${shape.path}" fill="none" stroke="#374151" stroke-width="2.5"/>`);
  return `<g transform="translate(${MAP_BOX.x} ${MAP_BOX.y})">${prefectures.join('')}${provinces.join('')}</g>`;
}

function sectorRows(rows: CardWords['sectors']): string {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return rows
    .map((row, index) => {
      const y = 352 + index * 38;
      const barWidth = Math.max(6, (row.count / max) * 250);
      return [
        `<text x="640" y="${y + 20}" font-size="24" fill="#1f2937">${escapeXml(row.label)}</text>`,
        `<rect x="830" y="${y + 2}" width="${barWidth.toFixed(1)}" height="24" rx="3" fill="${row.colour}"/>`,
        `<text x="${(840 + barWidth).toFixed(1)}" y="${y + 22}" font-size="22" font-weight="700" fill="#1f2937">${row.count}</text>`,
      ].join('');
    })
    .join('');
}

function cardSvg(region: Region | null, locale: Locale): string {
  const words = cardWords(region, locale, new URL(siteUrl()).host);
  // Latin titles run long ("Jilin City"); Chinese and Korean names are a few characters.
  const titleSize = words.title.length > 14 ? 56 : 68;
  // The home cards' subtitle names both provinces in two scripts ("Liaoning and Jilin  辽宁 吉林"): smaller, to fit.
  const subtitleSize = words.subtitle.length > 16 ? 32 : 44;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONTS[locale]}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
<rect x="0" y="0" width="${WIDTH}" height="10" fill="#1f2937"/>
${mapSvg(region)}
<text x="640" y="92" font-size="22" font-weight="700" letter-spacing="${locale === 'en' ? 1.5 : 0}" fill="#4b5563">${escapeXml(words.kicker)}</text>
<text x="640" y="170" font-size="${titleSize}" font-weight="700" fill="#111827">${escapeXml(words.title)}</text>
<text x="640" y="230" font-size="${subtitleSize}" fill="#111827">${escapeXml(words.subtitle)}</text>
<text x="640" y="272" font-size="22" fill="#4b5563">${escapeXml(words.kind)}</text>
<text x="640" y="330" font-size="28" font-weight="700" fill="#111827">${escapeXml(words.count)}</text>
${sectorRows(words.sectors)}
<text x="640" y="600" font-size="20" fill="#6b7280">${escapeXml(words.footer)}</text>
</svg>`;
}

/** Splits a line of words into lines of at most `max` characters (a record's places, a long outlet name). */
function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && `${line} ${word}`.length > max) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out.length > lines
    ? [
        ...out.slice(0, lines - 1),
        `${out
          .slice(lines - 1)
          .join(' ')
          .slice(0, max - 1)}…`,
      ]
    : out;
}

/** A record's card: its map on the left (the page's own picture, scaled), its place, date, sectors and outlet. */
function reportCardSvg(report: Report): string | null {
  const map = reportMapSvg(report.id);
  if (map === null) return null;
  const words = reportCardWords(report, new URL(siteUrl()).host);
  // The record's map, scaled into the card's map box: its own viewBox keeps its proportions.
  const placedMap = map.replace(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" (viewBox="[^"]*") width="[^"]*" height="[^"]*">/,
    `<svg x="${MAP_BOX.x}" y="${MAP_BOX.y}" width="${MAP_BOX.width}" height="${MAP_BOX.height}" $1>`,
  );
  const title = wrap(words.title, 22, 2);
  const outlet = wrap(words.outlet, 34, 2);
  let y = 92;
  const lines: string[] = [
    `<text x="640" y="${y}" font-size="20" font-weight="700" fill="#4b5563">${escapeXml(words.kicker)}</text>`,
  ];
  for (const line of title) {
    y += 66;
    lines.push(`<text x="640" y="${y}" font-size="56" font-weight="700" fill="#111827">${escapeXml(line)}</text>`);
  }
  if (words.subtitle) {
    y += 52;
    lines.push(`<text x="640" y="${y}" font-size="34" fill="#111827">${escapeXml(words.subtitle)}</text>`);
  }
  y += 54;
  lines.push(`<text x="640" y="${y}" font-size="30" fill="#374151">${escapeXml(words.date)}</text>`);
  for (const [index, sector] of words.sectors.slice(0, 4).entries()) {
    const row = y + 46 + index * 38;
    lines.push(
      `<circle cx="652" cy="${row - 9}" r="10" fill="${sector.colour}"/><text x="672" y="${row}" font-size="26" fill="#1f2937">${escapeXml(sector.label)}</text>`,
    );
  }
  y += 46 + Math.min(4, words.sectors.length) * 38;
  for (const line of outlet) {
    y += 36;
    lines.push(`<text x="640" y="${y}" font-size="28" font-weight="700" fill="#111827">${escapeXml(line)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONTS.en}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
<rect x="0" y="0" width="${WIDTH}" height="10" fill="#1f2937"/>
${placedMap}
${lines.join('\n')}
<text x="640" y="600" font-size="20" fill="#6b7280">${escapeXml(words.footer)}</text>
</svg>`;
}

const fontFiles = readdirSync('data/fonts')
  .filter((file) => file.endsWith('.ttf'))
  .map((file) => path.join('data/fonts', file));

function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  });
  return resvg.render().asPng();
}

let bytes = 0;
let cards = 0;
for (const locale of LOCALES) {
  for (const region of [null, ...regions]) {
    // The same paths the pages' metadata names: /og/<slug>.png in English, /og/<lang>/<slug>.png otherwise.
    // The file's place in out/, whatever sub-path the site is served under.
    const file = path.join('out', socialImagePath(region?.slug ?? 'index', locale, ''));
    mkdirSync(path.dirname(file), { recursive: true });
    const png = renderPng(cardSvg(region, locale));
    writeFileSync(file, png);
    bytes += png.length;
    cards += 1;
  }
}
console.log(
  `social cards: ${cards} PNGs (${WIDTH}x${HEIGHT}) in ${LOCALES.join(', ')}, ${(bytes / 1024).toFixed(0)} KB in out/og`,
);

// One card per record, named by every language's page (lib/export/social-card.ts, reportCardWords, says why).
const started = Date.now();
let reportBytes = 0;
let reportCards = 0;
for (const report of getDataset().reports) {
  const svg = reportCardSvg(report);
  if (svg === null) continue;
  const file = path.join('out', reportImagePath(report.id, ''));
  mkdirSync(path.dirname(file), { recursive: true });
  const png = renderPng(svg);
  writeFileSync(file, png);
  reportBytes += png.length;
  reportCards += 1;
}
console.log(
  `record cards: ${reportCards} PNGs, ${(reportBytes / 1024 / 1024).toFixed(1)} MB in out/og/reports (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);

// The app icon as PNG for the web manifest (phones want 192 and 512 px), from the same SVG as the favicon.
const iconSvg = readFileSync(path.join('app', 'icon.svg'), 'utf8');
for (const size of [192, 512]) {
  const png = new Resvg(iconSvg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(path.join('out', `icon-${size}.png`), png);
}
console.log('manifest icons: out/icon-192.png, out/icon-512.png');
