import { choroplethBinColour, COLOURS } from '@/lib/map-style';
import type { MapPreviewData } from '@/lib/svg-map';

type MapPreviewProps = {
  data: MapPreviewData;
  /** Matching reports per prefecture slug. */
  counts: Record<string, number>;
  selected: string | null;
  /** Province slug of the selection, to outline a whole province. */
  onSelect: (slug: string) => void;
};

/**
 * The regions as a static SVG, drawn from the same geography as the map: the first paint before MapLibre
 * arrives, the map on phones until the user asks for the interactive one, and the fallback without WebGL.
 * Each prefecture is a link to its page, so it works before and without JavaScript.
 */
export function MapPreview({ data, counts, selected, onSelect }: MapPreviewProps) {
  const prefectures = data.shapes.filter((shape) => shape.level === 'prefecture');
  const provinces = data.shapes.filter((shape) => shape.level === 'province');
  return (
    <svg
      viewBox={`0 0 ${data.width} ${data.height}`}
      preserveAspectRatio="xMidYMid meet"
      className="absolute inset-0 h-full w-full p-3"
      role="group"
      aria-label="Static map of the 23 prefecture-level regions, shaded by matching reports; each links to its region"
      data-testid="map-preview"
    >
      {prefectures.map((shape) => {
        const count = counts[shape.slug] ?? 0;
        const label = data.labels.find((candidate) => candidate.slug === shape.slug)?.name ?? shape.slug;
        return (
          <a
            key={shape.slug}
            href={`/regions/${shape.slug}`}
            aria-label={`${label}: ${count} report${count === 1 ? '' : 's'}`}
            onClick={(event) => {
              event.preventDefault();
              onSelect(shape.slug);
            }}
          >
            <path
              d={shape.d}
              fill={choroplethBinColour(count)}
              stroke={COLOURS.prefectureLine}
              strokeWidth={0.8}
              className="hover:opacity-80"
            />
          </a>
        );
      })}
      {provinces.map((shape) => (
        <path
          key={shape.slug}
          d={shape.d}
          fill="none"
          stroke={COLOURS.provinceLine}
          strokeWidth={1.6}
          pointerEvents="none"
        />
      ))}
      {data.shapes
        .filter((shape) => shape.slug === selected)
        .map((shape) => (
          <path
            key={`selected-${shape.slug}`}
            d={shape.d}
            fill="none"
            stroke={COLOURS.selectedLine}
            strokeWidth={2.5}
            pointerEvents="none"
          />
        ))}
      {data.labels.map((label) => (
        <text
          key={label.slug}
          x={label.x}
          y={label.y}
          fontSize={13}
          textAnchor="middle"
          fill={COLOURS.text}
          stroke="white"
          strokeWidth={3}
          paintOrder="stroke"
          pointerEvents="none"
        >
          {label.name}
        </text>
      ))}
    </svg>
  );
}
