/**
 * Writes a 1200x630 PNG social card per region (out/og/<slug>.png) and one for the home page (out/og/index.png):
 * the region's names in English, Chinese and Korean, its outline among the 23 prefectures, and its reports by
 * sector; also the web manifest's icons (out/icon-192.png, out/icon-512.png). Runs after `next build` with no
 * network and only our committed fonts (data/fonts, npm run data:fonts).
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDataset } from '../lib/data';
import { countBySector, reportsInRegion } from '../lib/filters';
import { FeatureCollectionSchema, polygonsOf } from '../lib/geometry';
import { provincesBBox, regions } from '../lib/regions';
import type { Region, Sector } from '../lib/schema';
import { siteUrl } from '../lib/site';
import { escapeXml, fitProjection, polygonsPath } from '../lib/svg-map';

const WIDTH = 1200;
const HEIGHT = 630;
const MAP_BOX = { x: 40, y: 40, width: 560, height: 550 };
const FONT = "'Noto Sans', 'Noto Sans SC', 'Noto Sans KR'";

const geo = FeatureCollectionSchema.parse(JSON.parse(readFileSync('data/geo/regions.geojson', 'utf8')));
const { reports, sectors } = getDataset();
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

function sectorRows(counts: Record<string, number>, list: readonly Sector[]): string {
  const present = list
    .filter((sector) => (counts[sector.key] ?? 0) > 0)
    .sort((a, b) => (counts[b.key] ?? 0) - (counts[a.key] ?? 0));
  const shown = present.slice(0, 6);
  const max = Math.max(1, ...shown.map((sector) => counts[sector.key] ?? 0));
  return shown
    .map((sector, index) => {
      const count = counts[sector.key] ?? 0;
      const y = 352 + index * 38;
      const barWidth = Math.max(6, (count / max) * 250);
      return [
        `<text x="640" y="${y + 20}" font-size="24" fill="#1f2937">${escapeXml(sector.label)}</text>`,
        `<rect x="830" y="${y + 2}" width="${barWidth.toFixed(1)}" height="24" rx="3" fill="${sector.colour}"/>`,
        `<text x="${(840 + barWidth).toFixed(1)}" y="${y + 22}" font-size="22" font-weight="700" fill="#1f2937">${count}</text>`,
      ].join('');
    })
    .join('');
}

function cardSvg(region: Region | null): string {
  const inRegion = region ? reportsInRegion(reports, region, regions) : reports;
  const counts = countBySector(
    inRegion,
    sectors.map((sector) => sector.key),
  );
  const title = region ? region.name_en : 'Liaoning and Jilin';
  const subtitle = region ? `${region.name_zh}  ${region.name_ko}` : '辽宁 吉林  랴오닝 지린';
  const kind = region
    ? region.level === 'province'
      ? 'Province of China'
      : `Prefecture-level region, ${region.province === 'liaoning' ? 'Liaoning' : 'Jilin'}`
    : '2 provinces, 23 prefecture-level regions';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
<rect x="0" y="0" width="${WIDTH}" height="10" fill="#1f2937"/>
${mapSvg(region)}
<text x="640" y="92" font-size="22" font-weight="700" letter-spacing="1.5" fill="#4b5563">NORTH KOREAN WORKERS IN CHINA</text>
<text x="640" y="170" font-size="${title.length > 14 ? 56 : 68}" font-weight="700" fill="#111827">${escapeXml(title)}</text>
<text x="640" y="230" font-size="44" fill="#111827">${escapeXml(subtitle)}</text>
<text x="640" y="272" font-size="22" fill="#4b5563">${escapeXml(kind)}</text>
<text x="640" y="330" font-size="28" font-weight="700" fill="#111827">${inRegion.length} cited report${inRegion.length === 1 ? '' : 's'} by sector</text>
${sectorRows(counts, sectors)}
<text x="640" y="600" font-size="20" fill="#6b7280">${escapeXml(new URL(siteUrl()).host)} · every report links to its source</text>
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

const outDir = path.join('out', 'og');
mkdirSync(outDir, { recursive: true });
let bytes = 0;
for (const region of [null, ...regions]) {
  const png = renderPng(cardSvg(region));
  writeFileSync(path.join(outDir, `${region?.slug ?? 'index'}.png`), png);
  bytes += png.length;
}
console.log(
  `social cards: ${regions.length + 1} PNGs (${WIDTH}x${HEIGHT}), ${(bytes / 1024).toFixed(0)} KB in ${outDir}`,
);

// The app icon as PNG for the web manifest (phones want 192 and 512 px), from the same SVG as the favicon.
const iconSvg = readFileSync(path.join('app', 'icon.svg'), 'utf8');
for (const size of [192, 512]) {
  const png = new Resvg(iconSvg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(path.join('out', `icon-${size}.png`), png);
}
console.log('manifest icons: out/icon-192.png, out/icon-512.png');
