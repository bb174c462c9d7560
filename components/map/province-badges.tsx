export type ProvinceBadge = { code: number; name: string; lon: number; lat: number; count: number };

/**
 * Reports that name only a province get no pin and shade no prefecture; a badge on the province counts them
 * and selects the province.
 */
export function ProvinceBadges({
  badges,
  project,
  version,
  onSelect,
  label,
}: {
  badges: readonly ProvinceBadge[];
  project: (lon: number, lat: number) => { x: number; y: number };
  version: number;
  onSelect: (code: number) => void;
  /** "Liaoning-wide: 3 reports", in the page's language. */
  label: (name: string, count: number) => string;
}) {
  return (
    <div className="pointer-events-none absolute inset-0" data-version={version}>
      {badges
        .filter((badge) => badge.count > 0)
        .map((badge) => {
          const { x, y } = project(badge.lon, badge.lat);
          return (
            <button
              key={badge.code}
              type="button"
              onClick={() => onSelect(badge.code)}
              className="pointer-events-auto absolute -translate-x-1/2 -translate-y-1/2 whitespace-nowrap rounded-full border border-gray-700 bg-white/95 px-2 py-0.5 text-xs font-medium text-gray-900 shadow-sm hover:bg-gray-100"
              style={{ left: Math.round(x), top: Math.round(y) }}
              data-province-badge={badge.code}
            >
              {label(badge.name, badge.count)}
            </button>
          );
        })}
    </div>
  );
}
