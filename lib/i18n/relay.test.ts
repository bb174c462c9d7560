import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { relayName } from './relay';
import { strayLatinWords } from './latin';

describe('relayName', () => {
  it('keeps the English description on the English page and only the name elsewhere', () => {
    const via = 'thepressunited.com (mirror of Daily NK)';
    expect(relayName(via, 'en')).toBe(via);
    expect(relayName(via, 'ko')).toBe('thepressunited.com');
    expect(relayName('The Korea Economic Daily (hankyung.com), which carries the Yonhap story', 'zh')).toBe(
      'The Korea Economic Daily',
    );
    expect(relayName('今日澳洲 (qldtoday.com), repost of Radio Free Asia', 'zh')).toBe('今日澳洲');
    expect(relayName('Yahoo! Japan News', 'ko')).toBe('Yahoo! Japan News');
    expect(relayName('Zoglo Media repost on moyiza.kr of a Korean press summary', 'ko')).toBe('Zoglo Media');
    expect(relayName('U.S. Embassy in Japan, Japan Media Highlights (English translation)', 'zh')).toBe(
      'U.S. Embassy in Japan',
    );
  });

  it('leaves no lower-case English word in any relay of the data, in Korean or Chinese', () => {
    const relays = getDataset().reports.flatMap((report) => (report.source.via ? [report.source.via] : []));
    expect(relays.length).toBeGreaterThan(0);
    for (const via of relays) expect(strayLatinWords(relayName(via, 'ko')), via).toEqual([]);
  });
});
