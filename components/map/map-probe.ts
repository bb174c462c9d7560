/**
 * A probe of the map for automated browsers only (`navigator.webdriver`: the end-to-end tests and the benchmark),
 * loaded as its own chunk, so a reader's browser never downloads it: the markers drawn and the map's own projection,
 * computed when asked, in page coordinates. Tests point at a region or a marker through it without reaching into
 * MapLibre or our state.
 */
import type { MapController, RenderedPin } from './map-controller';

export type MapProbe = {
  /** Markers drawn now, at page coordinates. */
  pins(): RenderedPin[];
  /** The open report's rings drawn now, at page coordinates. */
  openReportRings(): { x: number; y: number }[];
  /** Where a longitude/latitude is drawn now, at page coordinates. */
  project(lon: number, lat: number): { x: number; y: number };
};

declare global {
  interface Window {
    __mapProbe?: MapProbe;
  }
}

export function installMapProbe(controller: MapController, container: HTMLElement) {
  const origin = () => {
    const box = container.getBoundingClientRect();
    return { x: box.left + window.scrollX, y: box.top + window.scrollY };
  };
  window.__mapProbe = {
    pins: () => {
      const { x, y } = origin();
      return controller.renderedPins().map((pin) => ({ ...pin, x: pin.x + x, y: pin.y + y }));
    },
    openReportRings: () => {
      const { x, y } = origin();
      return controller.renderedOpenReportRings().map((ring) => ({ x: ring.x + x, y: ring.y + y }));
    },
    project: (lon, lat) => {
      const point = controller.project(lon, lat);
      const { x, y } = origin();
      return { x: point.x + x, y: point.y + y };
    },
  };
  container.dataset.probe = 'ready';
}
