/** Keys that move focus through a list of menu items, as in the WAI-ARIA menu pattern. */
export type MenuKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

export function isMenuKey(key: string): key is MenuKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End';
}

/**
 * The index of the item a key moves focus to, wrapping at both ends. `current` is -1 when focus is outside the
 * items (on the menu button), so ArrowDown lands on the first item and ArrowUp on the last; null when there is
 * nothing to focus.
 */
export function menuTarget(current: number, count: number, key: MenuKey): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
  }
}
