import type { RenderedPin } from './map-controller';

export type Anchor = { key: string; lon: number; lat: number };

/*
 * Invisible markers at the screen positions MapLibre projects things to, refreshed as the camera moves.
 * They expose the map's own projection on the DOM, so tests can point at a region or a pin without reaching
 * into private globals.
 */

export function RegionAnchors({
  anchors,
  project,
  version,
}: {
  anchors: readonly Anchor[];
  project: (lon: number, lat: number) => { x: number; y: number };
  /** Changes whenever the camera moved, so positions are recomputed. */
  version: number;
}) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0" data-version={version}>
      {anchors.map((anchor) => {
        const { x, y } = project(anchor.lon, anchor.lat);
        return (
          <span
            key={anchor.key}
            data-anchor={anchor.key}
            className="absolute h-px w-px"
            style={{ left: Math.round(x), top: Math.round(y) }}
          />
        );
      })}
    </div>
  );
}

export function PinAnchors({ pins }: { pins: readonly RenderedPin[] }) {
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute inset-0"
      data-testid="pins"
      data-pin-count={pins.length}
    >
      {pins.map((pin) => (
        <span
          key={pin.key}
          data-pin={pin.key}
          data-sector={pin.sector}
          data-report={pin.reportId ?? undefined}
          data-cluster-size={pin.clusterSize}
          className="absolute h-px w-px"
          style={{ left: pin.x, top: pin.y }}
        />
      ))}
    </div>
  );
}
