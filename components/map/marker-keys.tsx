import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { readingOrder } from '@/lib/map/reading-order';
import { isMenuKey, menuTarget } from '@/lib/view/menu-keys';
import type { KeyboardMarker, MapController } from './map-controller';

export type MarkerKeysText = {
  /** Accessible name of the one tab stop that leads through the markers. */
  label: string;
  /** Shown while it has focus: which keys do what. */
  hint: string;
  /** Said when no marker is in view. */
  none: string;
};

type MarkerKeysProps = {
  controller: MapController;
  /** Changes whenever the camera moves: the markers in view are looked up again. */
  version: number;
  text: MarkerKeysText;
  /** The same words as the marker's hover label. */
  describe: (marker: KeyboardMarker) => string;
  onOpen: (reportIds: string[], place: string | null) => void;
};

/**
 * The markers as one tab stop: arrow keys move through the markers in view in reading order (rows top to bottom,
 * left to right), Enter opens the one ringed, as a click would. A listbox with an active descendant, so a screen
 * reader says each marker's words as the ring moves; hidden until focused, so it adds nothing for mouse users.
 */
export function MarkerKeys({ controller, version, text, describe, onOpen }: MarkerKeysProps) {
  const [focused, setFocused] = useState(false);
  const [markers, setMarkers] = useState<KeyboardMarker[]>([]);
  const [active, setActive] = useState(0);
  const activeKey = useRef<string | null>(null);
  const baseId = useId();

  useEffect(() => {
    if (!focused) return;
    let cancelled = false;
    void controller.markersInView().then((found) => {
      if (cancelled) return;
      const ordered = readingOrder(found);
      setMarkers(ordered);
      // The ring stays on the same marker when the map moves under it, else starts at the first.
      const kept = ordered.findIndex((marker) => marker.key === activeKey.current);
      setActive(kept >= 0 ? kept : 0);
      activeKey.current = ordered[kept >= 0 ? kept : 0]?.key ?? null;
    });
    return () => {
      cancelled = true;
    };
  }, [controller, version, focused]);

  const current = focused ? markers[active] : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isMenuKey(event.key) || event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const key = event.key === 'ArrowRight' ? 'ArrowDown' : event.key === 'ArrowLeft' ? 'ArrowUp' : event.key;
      const target = menuTarget(active, markers.length, key);
      if (target === null) return;
      setActive(target);
      activeKey.current = markers[target]?.key ?? null;
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      onOpen(current.reportIds, current.place);
    }
  };

  return (
    <>
      <div
        role="listbox"
        tabIndex={0}
        aria-label={text.label}
        aria-activedescendant={current ? `${baseId}-${active}` : undefined}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onKeyDown={onKeyDown}
        data-testid="marker-keys"
        data-count={markers.length}
        className="absolute left-2 top-2 z-20 w-0 overflow-hidden opacity-0 focus:w-auto focus:max-w-[18rem] focus:rounded focus:bg-white focus:px-2 focus:py-1 focus:text-xs focus:text-gray-900 focus:opacity-100 focus:shadow"
      >
        <span aria-hidden="true">{markers.length === 0 ? text.none : text.hint}</span>
        {focused &&
          markers.map((marker, index) => (
            <span
              key={marker.key}
              id={`${baseId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="sr-only"
            >
              {describe(marker)}
            </span>
          ))}
      </div>
      {current && (
        <>
          <div
            aria-hidden="true"
            data-testid="marker-keys-ring"
            className="pointer-events-none absolute z-10 h-8 w-8 -translate-x-1/2 -translate-y-1/2 rounded-full border-[3px] border-blue-700 shadow-[0_0_0_2px_white]"
            style={{ left: current.x, top: current.y }}
          />
          <div
            aria-hidden="true"
            className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-[calc(100%+18px)] whitespace-nowrap rounded bg-gray-900/90 px-2 py-1 text-sm text-white shadow"
            style={{ left: current.x, top: current.y }}
          >
            {describe(current)}
          </div>
        </>
      )}
    </>
  );
}
