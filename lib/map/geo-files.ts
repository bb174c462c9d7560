/** The geography files the map and the static map draw (content-hashed names in lib/data/assets.ts). */
export const GEO_FILES = ['land', 'countries', 'neighbours', 'borders', 'regions', 'places', 'labels'] as const;
export type GeoFile = (typeof GEO_FILES)[number];

/** Root-relative URL of each geo file (content-hashed, see lib/data/assets.ts). */
export type GeoUrls = Readonly<Record<GeoFile, string>>;
