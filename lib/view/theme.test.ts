import { describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme, THEME_SCRIPT } from './theme';

describe('theme', () => {
  it('accepts only light and dark', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
    for (const junk of ['', 'DARK', 'auto', ' dark', 'dark ']) expect(parseTheme(junk), junk).toBeUndefined();
  });

  it('lets the URL override the reader’s setting either way', () => {
    expect(resolveTheme(null, false)).toBe('light');
    expect(resolveTheme(null, true)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('sets the attribute before paint only for a known theme', () => {
    const run = (search: string) => {
      const dataset: Record<string, string> = {};
      new Function('location', 'document', THEME_SCRIPT)({ search }, { documentElement: { dataset } });
      return dataset.theme;
    };
    expect(run('?theme=dark&embed=1')).toBe('dark');
    expect(run('?sector=textile&theme=light')).toBe('light');
    expect(run('?theme=%3Cscript%3E')).toBeUndefined();
    expect(run('')).toBeUndefined();
  });
});
