import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { glyphCharacters, labelTexts, needsGlyphFile } from './glyph-characters';
import { GEO_FILES } from './geo-files';

const Manifest = z.object({ characters: z.string(), ranges: z.array(z.string()) });

describe('glyph characters', () => {
  it('leave to the browser what MapLibre draws from local fonts, and keep the rest', () => {
    expect(needsGlyphFile('A')).toBe(true);
    expect(needsGlyphFile('–')).toBe(true);
    expect(needsGlyphFile('é')).toBe(true);
    expect(needsGlyphFile('丹')).toBe(false);
    expect(needsGlyphFile('단')).toBe(false);
    expect(needsGlyphFile('ᄀ')).toBe(false);
  });

  it('add both cases of what the names use, and the digits and letters whatever the names', () => {
    const chars = glyphCharacters(['Ōtaru–丹东 단둥']);
    for (const char of 'Ōō–AZaz09.k ') expect(chars).toContain(char);
    expect(chars).not.toContain('丹');
    expect(chars).not.toContain('단');
    expect(new Set(chars).size).toBe([...chars].length);
  });

  it('read the names of a FeatureCollection, and nothing from anything else', () => {
    expect(
      labelTexts({
        type: 'FeatureCollection',
        features: [
          { properties: { name_en: 'Dandong', name_zh: '丹东', kind: 'city', rank: 1 } },
          { properties: null },
        ],
      }),
    ).toEqual(['Dandong', '丹东']);
    expect(labelTexts(null)).toEqual([]);
    expect(labelTexts({ features: 'no' })).toEqual([]);
  });

  it('the committed glyph files cover every character the geography names (run `npm run data:glyphs` when this fails)', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync('data/fonts/glyphs.json', 'utf8')));
    const texts = GEO_FILES.flatMap((file) =>
      labelTexts(JSON.parse(readFileSync(path.join('data', 'geo', `${file}.geojson`), 'utf8'))),
    );
    expect(texts).toEqual(expect.arrayContaining(['Dandong', 'Yellow Sea']));
    const missing = [...glyphCharacters(texts)].filter((char) => !manifest.characters.includes(char));
    expect(missing).toEqual([]);
    // MapLibre asks for the 256-character range a character falls in: that range's file must exist.
    const rangeOf = (char: string) => {
      const start = Math.floor((char.codePointAt(0) ?? 0) / 256) * 256;
      return `${start}-${start + 255}`;
    };
    expect(
      [...new Set([...manifest.characters].map(rangeOf))].filter((range) => !manifest.ranges.includes(range)),
    ).toEqual([]);
  });
});
