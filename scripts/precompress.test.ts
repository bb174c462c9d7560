import { describe, expect, it } from 'vitest';
import { brotliQuality } from './precompress';

describe('brotliQuality', () => {
  it('keeps the best quality for what a first load fetches, and 10 for the record pages', () => {
    expect(brotliQuality('out/index.html')).toBe(11);
    expect(brotliQuality('out/regions/dandong.html')).toBe(11);
    expect(brotliQuality('out/_next/static/chunks/a.js')).toBe(11);
    expect(brotliQuality('out/reports/dailynk-2020-04-stays-extended.html')).toBe(10);
    expect(brotliQuality('out/ko/reports/dailynk-2020-04-stays-extended.html')).toBe(10);
  });
});
