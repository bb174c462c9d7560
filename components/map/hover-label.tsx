import type { HoveredRegion } from './map-controller';

/** The name of the prefecture under the pointer, in English, Chinese and Korean. */
export function HoverLabel({ region, detail }: { region: HoveredRegion; detail?: string }) {
  return (
    <div
      role="tooltip"
      data-testid="hover-label"
      className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-[calc(100%+10px)] whitespace-nowrap rounded bg-gray-900/90 px-2 py-1 text-sm text-white shadow"
      style={{ left: region.x, top: region.y }}
    >
      <span className="font-semibold">{region.nameEn}</span>
      {region.nameZh && (
        <span lang="zh-Hans" className="ml-1.5">
          {region.nameZh}
        </span>
      )}
      {region.nameKo && (
        <span lang="ko" className="ml-1.5">
          {region.nameKo}
        </span>
      )}
      {detail && <span className="block text-xs">{detail}</span>}
    </div>
  );
}

/** What stands behind the marker under the pointer: how many reports, from how many independent outlets. */
export function MarkerLabel({ text, x, y }: { text: string; x: number; y: number }) {
  return (
    <div
      role="tooltip"
      data-testid="marker-label"
      className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-[calc(100%+12px)] whitespace-nowrap rounded bg-gray-900/90 px-2 py-1 text-sm text-white shadow"
      style={{ left: x, top: y }}
    >
      {text}
    </div>
  );
}
