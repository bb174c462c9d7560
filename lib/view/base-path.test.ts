import { describe, expect, it, vi } from 'vitest';
import { localePath } from '@/lib/i18n/locales';
import { normalizeBasePath, stripBasePath, withBasePath } from './base-path';
import { parse, serialize, type Vocabulary } from './url-state';
import { DEFAULT_STATE } from './view-state';

const vocabulary: Vocabulary = {
  sectors: ['textile', 'seafood'],
  conditions: ['below-capacity'],
  confidence: ['relay'],
  regions: ['liaoning', 'dandong'],
  reports: null,
  bounds: [116, 37, 135, 48],
  zoomRange: [3.5, 12],
};

type NextConfigShape = { basePath?: string; env: Record<string, string> };
// next.config.js is plain JavaScript: its shape is checked here rather than declared.
async function loadNextConfig(): Promise<NextConfigShape> {
  const loaded: unknown = (await import('../../next.config.js' as string)).default;
  if (typeof loaded !== 'object' || loaded === null || !('env' in loaded)) throw new Error('no next config');
  return loaded as NextConfigShape;
}

describe('normalizeBasePath', () => {
  it('gives one leading slash and no trailing one, or nothing', () => {
    expect(normalizeBasePath(undefined)).toBe('');
    expect(normalizeBasePath('')).toBe('');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('nk-workers')).toBe('/nk-workers');
    expect(normalizeBasePath('/research/nk-workers/')).toBe('/research/nk-workers');
    expect(normalizeBasePath(' /a_b.c~d/ ')).toBe('/a_b.c~d');
  });

  it('refuses what would make links lead elsewhere', () => {
    for (const bad of ['/a/../b', '/./a', '/a b', '/a?x=1', '/a#b', '/%2e%2e', '//a//b', 'https://x.org/a']) {
      expect(() => normalizeBasePath(bad), bad).toThrow(/BASE_PATH/);
    }
  });

  it('agrees with next.config.js, which cannot import this module', async () => {
    for (const [raw, expected] of [
      ['/nk-workers/', '/nk-workers'],
      ['research/nk', '/research/nk'],
      ['', ''],
    ] as const) {
      vi.stubEnv('BASE_PATH', raw);
      vi.stubEnv('ALLOW_LOCAL_SITE_URL', '1');
      vi.resetModules();
      const config = await loadNextConfig();
      expect(config.env.NEXT_PUBLIC_BASE_PATH).toBe(expected);
      expect(config.env.NEXT_PUBLIC_BASE_PATH).toBe(normalizeBasePath(raw));
      expect(config.basePath ?? '').toBe(expected);
    }
    vi.stubEnv('BASE_PATH', '/a/../b');
    vi.resetModules();
    await expect(loadNextConfig()).rejects.toThrow(/BASE_PATH/);
    vi.unstubAllEnvs();
  });
});

describe('withBasePath and stripBasePath', () => {
  it('prefix a site path and take the prefix off again', () => {
    expect(withBasePath('/regions/dandong', '')).toBe('/regions/dandong');
    expect(withBasePath('/regions/dandong', '/nk')).toBe('/nk/regions/dandong');
    expect(withBasePath('/', '/nk')).toBe('/nk/');
    expect(withBasePath('data/reports.csv', '/nk')).toBe('/nk/data/reports.csv');
    for (const path of ['/', '/ko', '/regions/dandong', '/zh/reports/x-1']) {
      expect(stripBasePath(withBasePath(path, '/nk'), '/nk')).toBe(path);
    }
    expect(stripBasePath('/nk', '/nk')).toBe('/');
  });

  it('know an address outside the base path', () => {
    expect(stripBasePath('/nkx/regions/dandong', '/nk')).toBeNull();
    expect(stripBasePath('/regions/dandong', '/nk')).toBeNull();
    expect(stripBasePath('/regions/dandong', '')).toBe('/regions/dandong');
  });
});

describe('the URL codec under a base path', () => {
  it('writes served paths and reads them back to the same view', () => {
    const view = { ...DEFAULT_STATE, locale: 'ko' as const, region: 'dandong', sectors: ['textile'] };
    const url = serialize(view, '/nk');
    expect(url).toBe('/nk/ko/regions/dandong?sector=textile');
    expect(parse(`https://example.org${url}`, vocabulary, '/nk').state).toEqual(view);
    expect(serialize(DEFAULT_STATE, '/nk')).toBe('/nk/');
    expect(parse('https://example.org/nk', vocabulary, '/nk').state).toEqual(DEFAULT_STATE);
    expect(localePath('zh', '/', '/nk')).toBe('/nk/zh');
    expect(localePath('en', '/about', '/nk')).toBe('/nk/about');
  });

  it('reads an address outside the base path as no region and no language', () => {
    const { state } = parse('https://example.org/ko/regions/dandong', vocabulary, '/nk');
    expect(state.region).toBeNull();
    expect(state.locale).toBe('en');
  });
});
