/**
 * Regions by slug, built once per list. Browser code may import this (no zod, no data file): the page's list is
 * passed around the components, and each of them used to build its own map.
 */
import type { Region } from './schema';

const indexes = new WeakMap<readonly Region[], ReadonlyMap<string, Region>>();

export function regionIndex(list: readonly Region[]): ReadonlyMap<string, Region> {
  const known = indexes.get(list);
  if (known) return known;
  const index = new Map(list.map((region) => [region.slug, region]));
  indexes.set(list, index);
  return index;
}
