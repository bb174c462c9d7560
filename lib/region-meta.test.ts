import { describe, expect, it } from 'vitest';
import { getDataset } from './data';
import { reportsInRegion } from './filters';
import { aboutMetadata, homeMetadata, regionDescription, regionMetadata, sectorCountsInWords } from './region-meta';
import { regions } from './regions';

const dandong = regions.find((region) => region.slug === 'dandong');
if (!dandong) throw new Error('no Dandong');

describe('region metadata', () => {
  it('describes a region with its report count from the data and its three names', () => {
    const count = reportsInRegion(getDataset().reports, dandong, regions).length;
    const description = regionDescription(dandong);
    expect(description).toContain(`${count} cited reports on North Korean workers in Dandong, Liaoning`);
    expect(description).toContain('丹东');
    expect(description).toContain('단둥');
  });

  it('gives each page its own canonical URL and a 1200x630 card', () => {
    const meta = regionMetadata(dandong);
    expect(String(meta.alternates?.canonical)).toMatch(/\/regions\/dandong$/);
    expect(JSON.stringify(meta.openGraph)).toContain('/og/dandong.png');
    expect(JSON.stringify(homeMetadata().openGraph)).toContain('/og/index.png');
    expect(JSON.stringify(aboutMetadata().openGraph)).toContain('"url":"http://localhost:3000/about"');
  });

  it('lists sector counts in words, largest first, leaving out empty sectors', () => {
    const labels = new Map([
      ['textile', 'Textile'],
      ['restaurants', 'Restaurants'],
      ['it', 'IT'],
    ]);
    expect(sectorCountsInWords({ textile: 3, restaurants: 5, it: 0 }, labels)).toBe('5 restaurants and 3 textile');
  });
});
