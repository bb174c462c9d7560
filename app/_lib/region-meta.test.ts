import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { reportsInRegion } from '@/lib/view/filters';
import {
  aboutMetadata,
  homeMetadata,
  languageAlternates,
  regionDescription,
  regionMetadata,
  sectorCountsInWords,
} from './region-meta';
import { regions } from '@/lib/data/regions';
import { LOCALES } from '@/lib/i18n/locales';

const dandong = regions.find((region) => region.slug === 'dandong');
if (!dandong) throw new Error('no Dandong');

describe('region metadata', () => {
  it('describes a region with its report count from the data and its three names', () => {
    const count = reportsInRegion(getDataset().reports, dandong, regions).length;
    const description = regionDescription(dandong, 'en');
    expect(description).toContain(`${count} cited reports on North Korean workers in Dandong, Liaoning (丹东 단둥)`);
    expect(regionDescription(dandong, 'ko')).toContain(
      `랴오닝성 단둥(Dandong 丹东)의 북한 노동자에 관한 출처가 있는 보도 ${count}건`,
    );
    expect(regionDescription(dandong, 'zh')).toContain(`有关辽宁丹东（Dandong 단둥）朝鲜工人的${count}篇有出处的报道`);
  });

  it('lists the sectors, not "Sector not stated", in a region\'s description', () => {
    const yanbian = regions.find((region) => region.slug === 'yanbian');
    if (!yanbian) throw new Error('no Yanbian');
    const inYanbian = reportsInRegion(getDataset().reports, yanbian, regions);
    // The oracle: Yanbian has reports of both kinds, so the test could fail either way.
    expect(inYanbian.some((report) => report.sectors.includes('unstated'))).toBe(true);
    const other = inYanbian.filter((report) => report.sectors.includes('other')).length;
    expect(other).toBeGreaterThan(0);
    const description = regionDescription(yanbian, 'en');
    expect(description).toContain(`${other} other`);
    expect(description.toLowerCase()).not.toContain('not stated');
    expect(regionDescription(yanbian, 'ko')).not.toContain('업종 미상');
  });

  it('gives each page its own canonical URL and a 1200x630 card, in its language', () => {
    const meta = regionMetadata(dandong, 'en');
    expect(String(meta.alternates?.canonical)).toMatch(/\/regions\/dandong$/);
    expect(JSON.stringify(meta.openGraph)).toContain('/og/dandong.png');
    expect(JSON.stringify(homeMetadata('en').openGraph)).toContain('/og/index.png');
    expect(JSON.stringify(aboutMetadata('en').openGraph)).toContain('"url":"http://localhost:3000/about"');
    const korean = regionMetadata(dandong, 'ko');
    expect(String(korean.alternates?.canonical)).toMatch(/\/ko\/regions\/dandong$/);
    expect(JSON.stringify(korean.openGraph)).toContain('/og/ko/dandong.png');
    expect(korean.title).toEqual({ absolute: '단둥 — 랴오닝·지린의 북한 노동자' });
    expect(JSON.stringify(homeMetadata('zh').openGraph)).toContain('"locale":"zh_CN"');
  });

  it('links every language of a page, English as the default', () => {
    expect(languageAlternates('/regions/dandong', 'zh')).toEqual({
      canonical: 'http://localhost:3000/zh/regions/dandong',
      languages: {
        en: 'http://localhost:3000/regions/dandong',
        ko: 'http://localhost:3000/ko/regions/dandong',
        'zh-Hans': 'http://localhost:3000/zh/regions/dandong',
        'x-default': 'http://localhost:3000/regions/dandong',
      },
      types: {
        'application/atom+xml': [
          { url: 'http://localhost:3000/zh/feed.xml', title: '辽宁、吉林的朝鲜工人：新增和更改的记录' },
        ],
      },
    });
    expect(languageAlternates('/', 'ko').languages).toMatchObject({
      ko: 'http://localhost:3000/ko',
      'x-default': 'http://localhost:3000/',
    });
  });

  it('lists sector counts in words, largest first, leaving out empty sectors', () => {
    const labels = new Map([
      ['textile', 'Textile'],
      ['restaurants', 'Restaurants'],
      ['it', 'IT'],
    ]);
    expect(sectorCountsInWords({ textile: 3, restaurants: 5, it: 0 }, labels, 'en')).toBe(
      '5 restaurants and 3 textile',
    );
    expect(sectorCountsInWords({ textile: 3, restaurants: 5, it: 1 }, labels, 'en')).toBe(
      '5 restaurants, 3 textile and 1 IT',
    );
    const korean = new Map([
      ['textile', '섬유·봉제'],
      ['restaurants', '식당'],
    ]);
    expect(sectorCountsInWords({ textile: 3, restaurants: 5 }, korean, 'ko')).toBe('식당 5건 및 섬유·봉제 3건');
  });

  it('names sectors by their labels, never their keys, in every region description and language', () => {
    // "10 it", "it 10건", "it10篇": the key (or a lowercased acronym) where the label "IT" belongs.
    for (const region of regions)
      for (const locale of LOCALES) {
        const description = regionDescription(region, locale);
        expect(description, `${locale} ${region.slug}`).not.toMatch(/\d\s*it\b|\bit\s*\d/);
      }
    const withIt = regions.filter((region) => regionDescription(region, 'en').includes(' IT'));
    expect(withIt.length).toBeGreaterThan(0);
  });
});
