import { describe, expect, it } from 'vitest';
import { readingOrder } from './reading-order';

const at = (name: string, x: number, y: number) => ({ name, x, y });

describe('readingOrder', () => {
  it('reads rows top to bottom and each row left to right', () => {
    const markers = [at('c', 10, 200), at('b', 300, 12), at('a', 20, 0), at('d', 200, 210)];
    expect(readingOrder(markers).map((m) => m.name)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps markers a few pixels apart in one row rather than zigzagging by their exact heights', () => {
    const markers = [at('right', 100, 50), at('left', 40, 60), at('below', 0, 90)];
    expect(readingOrder(markers).map((m) => m.name)).toEqual(['left', 'right', 'below']);
  });
  it('returns nothing for no markers and does not reorder its input', () => {
    expect(readingOrder([])).toEqual([]);
    const input = [at('b', 5, 100), at('a', 0, 0)];
    readingOrder(input);
    expect(input.map((m) => m.name)).toEqual(['b', 'a']);
  });
});
