import type { Box } from '../../lib/map/geometry';

/** The map's whole extent: everything outside it is cut away. [west, south, east, north] */
export const FRAME: Box = [116, 37, 135, 48];

/** Visvalingam weight (km²) below which a point may go, and the farthest (km) a dropped point may lie from the line. */
export type ThinRule = { weightKm2: number; maxErrorKm: number };

/**
 * For the prefectures the error bound is what binds: the source borders wiggle at the 100-200 m scale, and 200 m
 * (1.7 px at zoom 10) is what fits the 600 KB budget with every prefecture edge stored twice and each province
 * outline once more. Context layers are background and thinned harder.
 */
export const REGION_RULE: ThinRule = { weightKm2: 1, maxErrorKm: 0.2 };
export const NEIGHBOUR_RULE: ThinRule = { weightKm2: 10, maxErrorKm: 1.5 };
/** Land borders next to our provinces are drawn over our region edges, so they keep more detail than coastlines. */
export const NATURAL_EARTH_BORDER_RULE: ThinRule = { weightKm2: 1, maxErrorKm: 0.6 };
export const NATURAL_EARTH_RULE: ThinRule = { weightKm2: 8, maxErrorKm: 1 };

/** Islets smaller than this are a few pixels at zoom 10 and cost bytes. */
export const MIN_ISLAND_KM2 = 1;
/** Two tracings of one border that stay this close between the same junctions are taken as the same line. */
export const SLIVER_TOLERANCE_KM = 0.5;
/** 4 decimals is 11 m or better: far below the simplification error. */
export const REGION_DECIMALS = 4;
export const CONTEXT_DECIMALS = 4;
export const MAX_TOTAL_BYTES = 600 * 1000;

/**
 * Files in data/geo that the site never serves: outside the size budget. The build reads names.json and
 * county-seats.json; names-check.json is the sourced review the names rest on, kept for the record.
 */
export const BUILD_INPUTS = ['names.json', 'county-seats.json', 'names-check.json'];

/** A GeoNames point farther than this from the echarts seat point is the wrong town of the same name. */
export const MAX_PLACE_MISMATCH_KM = 25;

/**
 * Natural Earth's China-North Korea boundary (Yalu, Tumen) is an independent tracing of our region edges: a p95
 * gap over MAX_BORDER_P95_KM means one of the two sources moved. Vertices farther than BORDER_COMPARE_WITHIN_KM
 * are left out of the figures.
 */
export const BORDER_COMPARE_WITHIN_KM = 25;
export const MAX_BORDER_P95_KM = 3;
