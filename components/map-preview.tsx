'use client';

import type { ChangeKey } from '@/lib/view/change-bins';
import { useEffect, useMemo, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { DARK_QUERY } from '@/lib/view/theme';
import { parsePreviewData } from '@/lib/data/client-data';
import { previewText } from '@/lib/i18n/text';
import { previewColours } from '@/lib/map/colours';
import { changeFills } from '@/lib/view/change-bins';
import { useTheme } from './theme';
import type { Region } from '@/lib/data/schema';
import type { previewSvg } from '@/lib/map/svg-map';
import { useI18n } from './i18n';
import { useFetchedJson } from './use-fetched-json';
import { regionIndex } from '@/lib/data/region-index';

const noSubscription = () => () => undefined;
const onClient = () => true;
const onServer = () => false;

type MapPreviewProps = {
  /** The page's static map (drawn at build time with the same renderer): the first paint, and the map without JS. */
  imageUrl: string;
  /** The same picture for a dark screen. */
  imageUrlDark: string;
  /** The projected shapes, to redraw the same picture for the current filters. */
  previewUrl: string;
  /** Whether to redraw for the current view; false while the interactive map is loading over the picture. */
  followsView: boolean;
  /** Matching reports per prefecture slug; null while the reports load. */
  counts: Readonly<Record<string, number>> | null;
  selected: string | null;
  /** With a comparison: each prefecture's change colour instead of the count shading. */
  changeKeys: Readonly<Record<string, ChangeKey>> | null;
  /** Prefectures searched with no report found: hatched. */
  noneFound: readonly string[];
  onSelect: (slug: string) => void;
  /** The regions, for their names in the page's language. */
  regions: readonly Region[];
};

/**
 * The regions as a static picture: the first paint before MapLibre arrives, the map on phones until the user
 * asks for the interactive one, and the fallback without WebGL. It starts as the page's pre-drawn image; once the
 * counts are known it is redrawn inline by the same renderer, shaded for the current filters, each prefecture a
 * link to its region (the list of regions in the panel links them too, with or without JavaScript).
 */
export function MapPreview({
  imageUrl,
  imageUrlDark,
  previewUrl,
  followsView,
  counts,
  selected,
  changeKeys,
  noneFound,
  onSelect,
  regions,
}: MapPreviewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const theme = useTheme();
  // Before hydration (and without JavaScript) the screen's setting picks the picture; after it, the theme shown,
  // which a `theme=` link may have set either way.
  const hydrated = useSyncExternalStore(noSubscription, onClient, onServer);
  const darkMedia = hydrated ? (theme === 'dark' ? 'all' : 'not all') : DARK_QUERY;
  const redraws = followsView && counts !== null;
  const shapes = useFetchedJson(redraws ? previewUrl : null, parsePreviewData);
  const draw = usePreviewRenderer(redraws);
  const text = useMemo(() => previewText(i18n, regionIndex(regions)), [i18n, regions]);
  const markup = useMemo(
    () =>
      followsView && shapes.status === 'ready' && counts !== null && draw !== null
        ? draw(
            shapes.value,
            counts,
            selected,
            previewColours(theme),
            new Set(noneFound),
            text,
            changeKeys && changeFills(changeKeys, theme),
          )
        : null,
    [followsView, shapes, counts, selected, noneFound, text, changeKeys, theme, draw],
  );

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-slug]') : null;
    const slug = link?.getAttribute('data-slug');
    if (!slug) return;
    event.preventDefault();
    onSelect(slug);
  };

  if (markup === null) {
    return (
      <picture>
        <source srcSet={imageUrlDark} media={darkMedia} />
        {/* A pre-drawn SVG in <picture> (which the Next image rule allows): nothing for the image optimiser to do. */}
        <img
          src={imageUrl}
          fetchPriority="high"
          alt={t('map.previewAlt')}
          className="absolute inset-0 h-full w-full object-contain p-3"
          data-testid="map-preview"
        />
      </picture>
    );
  }
  return (
    <div
      className="absolute inset-0 p-3 [&>svg]:h-full [&>svg]:w-full [&_a:hover_path]:opacity-80"
      role="group"
      aria-label={t('map.previewGroup')}
      data-testid="map-preview"
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}

/**
 * The static map's renderer, imported when the picture is first redrawn for a view: a wide screen shows the
 * interactive map over the pre-drawn picture and never redraws it, so its first load carries none of it. Until it
 * arrives (with the shapes, fetched at the same moment) the pre-drawn picture stays, in the same box.
 */
function usePreviewRenderer(wanted: boolean): typeof previewSvg | null {
  const [draw, setDraw] = useState<typeof previewSvg | null>(null);
  useEffect(() => {
    if (!wanted || draw !== null) return;
    let cancelled = false;
    import('@/lib/map/svg-map')
      .then((module) => {
        if (!cancelled) setDraw(() => module.previewSvg);
      })
      // Without it the pre-drawn picture stays: unfiltered, but the map and the list still show the view.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [wanted, draw]);
  return draw;
}
