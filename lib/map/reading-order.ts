/**
 * Markers in the order a reader scans the map: rows from top to bottom, each row left to right. Markers whose
 * centres lie within one row height of the row's first marker share the row, so petals of one place and markers
 * a few pixels apart are not read in a zigzag.
 */
export function readingOrder<T extends { x: number; y: number }>(markers: readonly T[], rowHeight = 24): T[] {
  const byTop = [...markers].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: T[][] = [];
  for (const marker of byTop) {
    const row = rows.at(-1);
    const rowTop = row?.[0]?.y;
    if (row && rowTop !== undefined && marker.y - rowTop < rowHeight) row.push(marker);
    else rows.push([marker]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}
