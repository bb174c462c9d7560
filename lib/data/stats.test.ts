import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDataset } from './dataset';
import { regions } from './regions';
import { renderStats, STATS_END, STATS_START, withStats } from './stats';

describe('data/README.md counts', () => {
  it('match the committed data (run `npm run data:stats` when this fails)', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    const start = readme.indexOf(STATS_START);
    const end = readme.indexOf(STATS_END);
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start, end + STATS_END.length)).toBe(renderStats(getDataset(), regions));
  });

  it('replaces only the marked block', () => {
    const before = `intro\n${STATS_START}\nold\n${STATS_END}\noutro`;
    expect(withStats(before, `${STATS_START}\nnew\n${STATS_END}`)).toBe(
      `intro\n${STATS_START}\nnew\n${STATS_END}\noutro`,
    );
    expect(() => withStats('no markers', 'x')).toThrow();
  });
});
