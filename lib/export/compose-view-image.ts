/**
 * What the downloadable image of a view shows, composed from the view, its selection and comparison, in the page's
 * language: the input of the SVG renderer (./view-image.ts). The Download menu calls this and only rasterises.
 */
import type { PageData } from '@/lib/data/page-data';
import { regionIndex } from '@/lib/data/region-index';
import type { MapPreviewData } from '@/lib/map/svg-map';
import { changeLabel, describeComparison, periodLabel } from '@/lib/i18n/compare-text';
import { describeView, regionName, type UiI18n } from '@/lib/i18n/text';
import { choroplethBins, markerOutline, previewColours } from '@/lib/map/colours';
import { changeColours, changeFills, type ChangeKey } from '@/lib/view/change-bins';
import type { Theme } from '@/lib/view/theme';
import type { Comparison } from '@/lib/view/compare';
import { chosenOrAll } from '@/lib/view/filters';
import type { Selection } from '@/lib/view/selection';
import type { ViewState } from '@/lib/view/view-state';
import type { ImageShape } from './formats';
import type { ImageMarker, ViewImageInput } from './view-image';

export type ComposeViewImage = {
  i18n: UiI18n;
  page: Pick<
    PageData,
    'sectors' | 'conditions' | 'regions' | 'homeBounds' | 'noneFound' | 'attribution' | 'datasetVersion'
  >;
  view: ViewState;
  selection: Selection;
  comparison: Comparison | null;
  /** The comparison's class per prefecture, as the map draws it (the dashboard model computes it once). */
  changeKeys: Readonly<Record<string, ChangeKey>> | null;
  preview: MapPreviewData;
  shape: ImageShape;
  /** The day it is drawn, written out in the page's language. */
  date: string;
  /** The view's address on the published site. */
  link: string;
  /** The page's theme: the image is drawn in it. Light when not given (and always in print). */
  theme?: Theme;
};

export function composeViewImage(input: ComposeViewImage): ViewImageInput {
  const { i18n, page, view, selection, comparison } = input;
  const { t, locale } = i18n;
  const theme = input.theme ?? 'light';
  const bins = choroplethBins(theme);
  const changeColour = changeColours(theme);
  const regionsBySlug = regionIndex(page.regions);
  const sectorOf = new Map(page.sectors.map((sector) => [sector.key, sector]));
  const shownSectors = page.sectors.filter((sector) => chosenOrAll(view.sectors, sector.key));
  // A marker takes the colour of the first of its sectors the view shows, at each place the report names exactly.
  const markers: ImageMarker[] = selection.listed.flatMap((report) => {
    const sector = report.sectors.find((key) => chosenOrAll(view.sectors, key));
    const style = sector === undefined ? undefined : sectorOf.get(sector);
    if (style === undefined) return [];
    const marker = { colour: style.colour, ...(style.neutral ? { outline: markerOutline(style) } : {}) };
    return report.places.flatMap((place) =>
      place.lon !== undefined && place.lat !== undefined ? [{ lon: place.lon, lat: place.lat, ...marker }] : [],
    );
  });
  const heading = describeView(i18n, view, page, selection.region);
  const reportCount = t('count.reports', { count: selection.total });
  return {
    shape: input.shape,
    preview: input.preview,
    previewBounds: page.homeBounds,
    focus: selection.region?.bbox ?? null,
    counts: selection.regionCounts.prefectures,
    selected: view.region,
    noneFound: new Set(page.noneFound),
    colours: previewColours(theme),
    theme,
    markers,
    labelName: (slug, fallback) => {
      const region = regionsBySlug.get(slug);
      return region ? regionName(region, locale) : fallback;
    },
    title: t('site.title'),
    subtitle: comparison
      ? t('tools.imageComparison', {
          heading,
          comparison: describeComparison(
            i18n,
            selection.region ? regionName(selection.region, locale) : t('view.bothProvinces'),
            comparison,
          ),
        })
      : t('tools.imageSubtitle', { heading, reports: reportCount }),
    fillBySlug: comparison && input.changeKeys ? changeFills(input.changeKeys, theme) : null,
    legend: {
      sectorTitle: t('legend.sectorColour'),
      hatched: t('tools.imageHatched'),
      sectors: shownSectors.map((sector) => ({
        label: sector.label,
        colour: sector.colour,
        ...(sector.neutral ? { outline: markerOutline(sector) } : {}),
      })),
      ...(comparison
        ? {
            shadingTitle: t('legend.changeTitle', {
              baseline: periodLabel(i18n, comparison.baseline.period),
              focus: periodLabel(i18n, comparison.focus.period),
            }),
            bins: [...comparison.scale.bins, { key: 'none' as const, from: 0, to: 0 }].map((change) => ({
              label: changeLabel(i18n, change),
              colour: changeColour[change.key],
            })),
          }
        : {
            shadingTitle: t('legend.shading'),
            bins: bins.map((bin, index) => ({
              label: index === bins.length - 1 ? t('legend.binOrMore', { count: bin.min }) : bin.label,
              colour: bin.colour,
            })),
          }),
    },
    attribution: page.attribution,
    dateLine: t('tools.dateLine', { version: page.datasetVersion, date: input.date }),
    link: input.link,
  };
}
