'use client';

import { useMemo } from 'react';
import type { UiTranslate } from '@/lib/i18n/ui-en';
import type { LabelLanguage } from '@/lib/map/style';
import type { PageData } from '@/lib/data/page-data';
import type { RegionMapText } from './map/region-map';

/**
 * What the map says and which names it labels, in the page's language: components/map decides no wording, it is
 * handed these.
 */
export function useMapWords(page: Pick<PageData, 'locale'>, t: UiTranslate) {
  const mapLabels: LabelLanguage = useMemo(() => ({ locale: page.locale }), [page.locale]);
  const mapText: RegionMapText = useMemo(
    () => ({
      label: t('map.label'),
      show: t('map.show'),
      loading: t('map.loading'),
      unsupported: t('map.unsupported'),
      controls: {
        canvasLabel: t('map.canvasLabel'),
        zoomIn: t('map.zoomIn'),
        zoomOut: t('map.zoomOut'),
        toggleAttribution: t('map.toggleAttribution'),
      },
      markerKeys: { label: t('map.markerKeys'), hint: t('map.markerKeysHint'), none: t('map.markerKeysNone') },
      provinceBadge: (name, count) => t('map.provinceBadge', { name, count }),
    }),
    [t],
  );
  return { mapLabels, mapText };
}
