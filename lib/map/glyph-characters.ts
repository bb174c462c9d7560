/**
 * Which characters the map's glyph files carry (scripts/build-glyphs.ts). MapLibre fetches a glyph range
 * (`0-255.pbf`, …) for any label character that it does not draw itself from the browser's fonts; a full Latin
 * range is ~26 KB gzip per font stack, and the labels use a small part of it. So the files carry the characters the
 * labels can show: every ASCII letter and digit (a new place name in plain Latin needs no rebuild), the cluster
 * counts' `.` and `k` (MapLibre's `point_count_abbreviated`), and whatever else the geography's names use, in both
 * cases (country labels are upper-cased by the style). A character missing from the files would simply not be drawn:
 * a unit test checks the geography's names against `data/fonts/glyphs.json`.
 */

/** Always in the glyph files, whatever the names hold. */
export const GLYPH_BASE_CHARACTERS = ' ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.k';

/**
 * Whether MapLibre needs a glyph file for a character. With `localIdeographFontFamily` set (components/map), it draws
 * CJK ideographs, kana, Hangul and full-width forms itself (its `codePointUsesLocalIdeographFontFamily`); this errs on
 * the side of the files: everything below the CJK blocks except Hangul jamo.
 */
export function needsGlyphFile(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x2e80 && !(code >= 0x1100 && code <= 0x11ff);
}

/** The characters the glyph files carry for these label texts: sorted, each once. */
export function glyphCharacters(labels: Iterable<string>): string {
  const chars = new Set(GLYPH_BASE_CHARACTERS);
  for (const label of labels) {
    for (const char of label) {
      if (!needsGlyphFile(char)) continue;
      for (const variant of [char, char.toUpperCase(), char.toLowerCase()])
        if ([...variant].length === 1 && needsGlyphFile(variant)) chars.add(variant);
    }
  }
  return [...chars].sort().join('');
}

/** Every label text in a GeoJSON FeatureCollection: its features' `name_*` properties (lib/map/labels.ts). */
export function labelTexts(collection: unknown): string[] {
  if (typeof collection !== 'object' || collection === null || !('features' in collection)) return [];
  const features = collection.features;
  if (!Array.isArray(features)) return [];
  const texts: string[] = [];
  for (const feature of features as unknown[]) {
    if (typeof feature !== 'object' || feature === null || !('properties' in feature)) continue;
    const properties = feature.properties;
    if (typeof properties !== 'object' || properties === null) continue;
    for (const [key, value] of Object.entries(properties))
      if (key.startsWith('name_') && typeof value === 'string') texts.push(value);
  }
  return texts;
}
