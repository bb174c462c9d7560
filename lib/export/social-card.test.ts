import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getDataset } from '@/lib/data/dataset';
import { testReport } from '@/lib/data/test-report';
import { latinOutletName, reportCardWords } from './social-card';

describe('latinOutletName', () => {
  it('keeps a Latin name, drops accents, and finds the Latin name beside a native one', () => {
    const url = 'https://www.example.jp/a';
    expect(latinOutletName('Daily NK', url)).toBe('Daily NK');
    expect(latinOutletName('El País', url)).toBe('El Pais');
    expect(latinOutletName('Hankook Ilbo (한국일보)', url)).toBe('Hankook Ilbo');
    expect(latinOutletName('NEWSポストセブン (News Post Seven, Shogakukan)', url)).toBe('News Post Seven');
    expect(latinOutletName('北海道新聞', url)).toBe('example.jp');
  });
});

describe('a record’s social card', () => {
  it('says place, date, sectors and outlet', () => {
    const words = reportCardWords(testReport({ published: '2020-04-27', sectors: ['textile', 'it'] }), 'example.org');
    expect(words.title).toBe('Dandong');
    expect(words.subtitle).toBe('丹东 단둥');
    expect(words.date).toBe('27 Apr 2020');
    expect(words.outlet).toBe('Daily NK');
    expect(words.sectors.map((sector) => sector.label)).toEqual(['Textile', 'IT']);
  });

  it('prints only characters the committed card fonts have, for every record', () => {
    const manifest = z
      .object({ latin: z.string(), cardChinese: z.string(), cardKorean: z.string() })
      .parse(JSON.parse(readFileSync('data/fonts/manifest.json', 'utf8')));
    const fonts = new Set([...manifest.latin, ...manifest.cardChinese, ...manifest.cardKorean]);
    for (const report of getDataset().reports) {
      const words = reportCardWords(report, 'example.org');
      const text = [words.kicker, words.title, words.subtitle, words.date, words.outlet, words.footer]
        .concat(words.sectors.map((sector) => sector.label))
        .join('');
      const missing = [...new Set(text)].filter((char) => !fonts.has(char));
      expect(missing, report.id).toEqual([]);
    }
  });
});
