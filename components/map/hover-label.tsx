import type { Locale } from '@/lib/i18n/locales';
import type { HoveredRegion } from './map-controller';

/** The name of the prefecture under the pointer in the page's language first, then in the other two. */
export function HoverLabel({ region, locale, detail }: { region: HoveredRegion; locale: Locale; detail?: string }) {
  const names = [
    { locale: 'en', lang: 'en', name: region.nameEn },
    { locale: 'zh', lang: 'zh-Hans', name: region.nameZh },
    { locale: 'ko', lang: 'ko', name: region.nameKo },
  ].filter((entry) => entry.name !== '');
  const ordered = [...names.filter((entry) => entry.locale === locale), ...names.filter((e) => e.locale !== locale)];
  return (
    <div
      role="tooltip"
      data-testid="hover-label"
      className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-[calc(100%+10px)] whitespace-nowrap rounded bg-gray-900/90 px-2 py-1 text-sm text-white shadow"
      style={{ left: region.x, top: region.y }}
    >
      {ordered.map((entry, index) => (
        <span
          key={entry.locale}
          lang={entry.lang}
          className={`region-names ${index === 0 ? 'font-semibold' : 'ml-1.5'}`}
        >
          {entry.name}
        </span>
      ))}
      {detail && <span className="block text-xs">{detail}</span>}
    </div>
  );
}

/** What stands behind the marker under the pointer: how many reports, outlets and independent accounts. */
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
