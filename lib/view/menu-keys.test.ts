import { describe, expect, it } from 'vitest';
import { isMenuKey, menuTarget } from './menu-keys';

describe('menuTarget', () => {
  it('enters the list at the first item on ArrowDown and at the last on ArrowUp', () => {
    expect(menuTarget(-1, 4, 'ArrowDown')).toBe(0);
    expect(menuTarget(-1, 4, 'ArrowUp')).toBe(3);
  });
  it('wraps at both ends', () => {
    expect(menuTarget(3, 4, 'ArrowDown')).toBe(0);
    expect(menuTarget(0, 4, 'ArrowUp')).toBe(3);
    expect(menuTarget(1, 4, 'ArrowDown')).toBe(2);
  });
  it('jumps to the ends on Home and End', () => {
    expect(menuTarget(2, 4, 'Home')).toBe(0);
    expect(menuTarget(0, 4, 'End')).toBe(3);
  });
  it('has nowhere to go in an empty list', () => {
    expect(menuTarget(-1, 0, 'ArrowDown')).toBeNull();
  });
  it('knows its keys', () => {
    expect(isMenuKey('ArrowDown')).toBe(true);
    expect(isMenuKey('Tab')).toBe(false);
  });
});
