'use client';

import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { RegionMap, type CameraTarget } from '@/components/map/region-map';
import { regionName } from '@/lib/i18n/text';
import type { UiCatalogue } from '@/lib/i18n/ui-en';
import { independentAccounts, independentOutlets } from '@/lib/data/provenance';
import { WIDE_SCREEN_QUERY } from '@/lib/view/layout';
import { reportFrame } from '@/lib/map/bbox';
import type { PageData } from '@/lib/data/page-data';
import type { Place } from '@/lib/data/schema';
import type { SearchHit } from '@/lib/search/search';
import { confidenceLevels } from '@/lib/data/vocabulary';
import type { Camera, ViewState } from '@/lib/view/view-state';
import type { Vocabulary } from '@/lib/view/url-state';
import { shownView } from '@/lib/view/store';
import { DashboardHeader } from './dashboard-header';
import { FilterPanel } from './filter-panel';
import { createI18n } from './i18n';
import { DashboardContext } from './dashboard-context';
import { useShownTheme } from './theme';
import { Legend } from './legend';
import { MapErrorBoundary } from './map-error-boundary';
import { MapPreview } from './map-preview';
import { RegionLinks } from './region-links';
import { RegionPicker } from './region-picker';
import { PrintSummary } from './print-summary';
import { ReportPanel } from './report-panel';
import { SearchBox } from './search-box';
import { useDashboardModel } from './use-dashboard-model';
import { useMapWords } from './use-map-words';
import { useDashboardData } from './use-dashboard-data';
import { useDocumentTitle, viewTitle } from './use-document-title';
import { usePlayback } from './use-playback';
import { useViewStore } from './use-view-store';
import { regionIndex } from '@/lib/data/region-index';

function subscribeToWideScreen(onChange: () => void) {
  const query = window.matchMedia(WIDE_SCREEN_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isWideScreen = () => window.matchMedia(WIDE_SCREEN_QUERY).matches;

/** The legend's width (16rem) and its 8 px margin: the part of a wide map an open legend covers. */
const LEGEND_INSET = 264;

const ZOOM_RANGE: readonly [number, number] = [3.5, 12];
/** The least zoom at which a place is shown (a report's place, a town found by search): the town and its surroundings. */
const PLACE_ZOOM = 9;

const SKIP_LINK =
  'sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-blue-900 focus:shadow-lg';

/** The whole dashboard; `messages` are the page's language's words (components/dashboard-<lang>.tsx passes them). */
export function Dashboard({ page, messages }: { page: PageData; messages: UiCatalogue }) {
  const i18n = useMemo(() => createI18n(page.locale, messages), [page.locale, messages]);
  const { t } = i18n;
  // Report ids are checked once the reports are here (see the effect below).
  const baseVocabulary: Vocabulary = useMemo(
    () => ({
      sectors: page.sectors.map((sector) => sector.key),
      conditions: page.conditions.map((condition) => condition.key),
      confidence: confidenceLevels,
      regions: page.regions.map((region) => region.slug),
      reports: null,
      bounds: page.maxBounds,
      zoomRange: ZOOM_RANGE,
    }),
    [page],
  );
  const { store, snapshot } = useViewStore(baseVocabulary, page.region, page.locale);
  const { view } = snapshot;

  // On wide screens the interactive map loads at once. On phones the static map stands in until asked for,
  // sparing a phone's data and battery (MapLibre is ~290 KB of script plus its rendering work) and keeping page
  // scrolling from being captured by the map; a link with a camera position loads it straight away.
  const wideScreen = useSyncExternalStore(subscribeToWideScreen, isWideScreen, () => false);
  const [mapRequested, setMapRequested] = useState(false);
  // The legend starts open on a wide screen; while open there, the map fits regions and reports to its right.
  const [legendOpen, setLegendOpen] = useState<boolean | null>(null);
  const frameInset = wideScreen && (legendOpen ?? true) ? LEGEND_INSET : 0;
  const loadMap = wideScreen || mapRequested || view.at !== null;

  const data = useDashboardData({ page, view, mapLoaded: loadMap, store, baseVocabulary });
  const { wantData, reports, texts, descriptions } = data;

  // A change that names no list closes a marker's list (the store does it, so Back reopens it).
  const navigate = useCallback((change: Partial<ViewState>) => store?.navigate(change), [store]);

  // Playback shows one year at a time in the store, without touching the URL; stopping writes the year shown, once.
  const dataYears = useMemo(() => page.initial.years.map((year) => year.year), [page.initial.years]);
  const playback = usePlayback({
    store,
    state: snapshot.playback,
    years: dataYears,
    startYear: view.from === null ? null : Number(view.from.slice(0, 4)),
    mapShown: loadMap,
  });
  // What is on screen: Share, Cite, print, the panel and the map all read this one view.
  const shown = useMemo(() => shownView(snapshot), [snapshot]);

  const { selection, reportPoints, countsByCode, byEvent, reportsById, comparison, changeByCode, changeKeys } =
    useDashboardModel(page, reports, shown);

  const openEntry = shown.report === null ? undefined : reportsById.get(shown.report);
  const openReportPlaces = useMemo(
    () =>
      (openEntry?.places ?? []).flatMap((place) =>
        place.lon === undefined || place.lat === undefined ? [] : [[place.lon, place.lat] as const],
      ),
    [openEntry],
  );

  const regionsBySlug = regionIndex(page.regions);
  // The frame of the region, or of the open report's places when the region's frame does not show them all. The
  // report's places are known once the index is here: the map then moves to them unless the reader has moved it.
  const framedReport = snapshot.camera.report === null ? undefined : reportsById.get(snapshot.camera.report);
  const camera: CameraTarget = useMemo(() => {
    const region = snapshot.camera.region === null ? undefined : regionsBySlug.get(snapshot.camera.region);
    const frame = region?.bbox ?? page.homeBounds;
    const places = (framedReport?.places ?? []).flatMap((place) =>
      place.lon === undefined || place.lat === undefined ? [] : [[place.lon, place.lat] as const],
    );
    return { intent: snapshot.camera, bbox: reportFrame(frame, places, region !== undefined) };
  }, [snapshot.camera, regionsBySlug, page.homeBounds, framedReport]);
  const startCamera = useCallback(() => store?.getSnapshot().view.at ?? null, [store]);

  const selectRegion = useCallback(
    (slug: string | null) => navigate({ region: slug, report: null, at: null }),
    [navigate],
  );
  const onSelectRegionCode = useCallback(
    (code: number) => {
      const region = page.regions.find((candidate) => candidate.code === code);
      if (region) selectRegion(region.slug);
    },
    [page.regions, selectRegion],
  );
  const onSelectReports = useCallback(
    // The list's heading names the place its reports share (report-panel.tsx), so the marker's own place is not kept.
    (ids: string[]) => {
      if (ids.length === 1 && ids[0] !== undefined) navigate({ report: ids[0], at: null });
      else if (ids.length > 1) navigate({ list: ids });
    },
    [navigate],
  );
  const onPlace = useCallback(
    (place: Place) => {
      if (place.lon !== undefined && place.lat !== undefined)
        store?.focusCamera({ lat: place.lat, lng: place.lon, zoom: Math.max(view.at?.zoom ?? 0, PLACE_ZOOM) });
      else selectRegion(place.region);
    },
    [store, view.at, selectRegion],
  );
  // Opening a report frames its places (lib/map/bbox.ts reportFrame): the reader's own camera gives way.
  const openReport = useCallback((id: string) => navigate({ report: id, at: null }), [navigate]);
  // The undated reports are listed like a marker's reports, under their own heading.
  const showUndated = useCallback((ids: readonly string[]) => navigate({ list: [...ids] }), [navigate]);
  // Filters stay as they are: a region or place opens with them, and a report's card opens whatever they are.
  const onSearchChoose = useCallback(
    (hit: SearchHit) => {
      if (hit.kind === 'report') navigate({ region: hit.slug, report: hit.id, at: null });
      else {
        selectRegion(hit.slug);
        if (hit.kind === 'place') store?.focusCamera({ lat: hit.lat, lng: hit.lon, zoom: PLACE_ZOOM });
      }
    },
    [navigate, selectRegion, store],
  );
  const closeReport = useCallback(() => navigate({ report: null }), [navigate]);
  const closeList = useCallback(() => navigate({ list: [] }), [navigate]);
  const resetFilters = useCallback(
    () => navigate({ sectors: [], conditions: [], confidence: [], from: null, to: null }),
    [navigate],
  );
  const describeReports = useCallback(
    (ids: readonly string[]) => {
      const found = ids.map((id) => reportsById.get(id)).filter((report) => report !== undefined);
      return t('map.markerSources', {
        reports: t('count.reports', { count: ids.length }),
        outlets: t('count.outlets', { count: independentOutlets(found).length }),
        accounts: t('count.accounts', { count: independentAccounts(found, reportsById).length }),
      });
    },
    [reportsById, t],
  );
  const onCamera = useCallback((at: Camera, intentSeq: number) => store?.writeCamera(at, intentSeq), [store]);

  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);

  useDocumentTitle(
    viewTitle({
      i18n,
      page,
      view: shown,
      comparison,
      region: selection?.region ?? null,
    }),
  );

  const provinceBadges = useMemo(
    () =>
      page.regions
        .filter((region) => region.level === 'province')
        .map((region) => ({
          code: region.code,
          name: regionName(region, page.locale),
          lon: region.label[0],
          lat: region.label[1],
          count: selection?.regionCounts.provinceWide[region.slug] ?? 0,
        })),
    [page.regions, page.locale, selection],
  );
  const { mapLabels, mapText } = useMapWords(page, t);
  const theme = useShownTheme(view.theme);

  return (
    <DashboardContext i18n={i18n} theme={theme}>
      <div
        className="flex h-dvh flex-col print:block print:h-auto"
        onPointerDownCapture={wantData}
        onKeyDownCapture={wantData}
        onFocusCapture={wantData}
        onPointerOverCapture={data.wantDescriptions}
      >
        {/* Skip links: the first Tab stops reach the map and the reports without walking the header and filters. */}
        <nav aria-label={t('layout.skipLinks')} className="print:hidden">
          <a href="#map-area" className={SKIP_LINK}>
            {t('layout.skipMap')}
          </a>
          <a href="#report-list-heading" className={SKIP_LINK}>
            {t('layout.skipResults')}
          </a>
        </nav>
        <DashboardHeader
          view={shown}
          release={page.release}
          search={<SearchBox indexUrl={page.assets.search} onChoose={onSearchChoose} regions={page.regions} />}
        />
        <div className="flex min-h-0 flex-1 flex-col print:block short-landscape:flex-row-reverse lg:flex-row-reverse">
          <main
            id="map-area"
            tabIndex={-1}
            className="relative h-[42dvh] shrink-0 print:hidden short-landscape:h-auto short-landscape:flex-1 lg:h-auto lg:flex-1"
            aria-label={t('layout.map')}
          >
            <MapErrorBoundary message={t('map.crashed')}>
              <RegionMap
                attribution={page.attribution}
                geoUrls={page.assets.geo}
                sectors={page.sectors}
                visibleSectors={view.sectors}
                reportPoints={reportPoints}
                regionCounts={countsByCode}
                regionChange={changeByCode}
                onIdle={playback.notifyIdle}
                provinceBadges={provinceBadges}
                selectedRegionCode={selection?.region?.code ?? null}
                openReportPlaces={openReportPlaces}
                maxBounds={page.maxBounds}
                camera={camera}
                frameInset={frameInset}
                startCamera={startCamera}
                labels={mapLabels}
                theme={theme}
                text={mapText}
                onSelectRegion={onSelectRegionCode}
                onSelectReports={onSelectReports}
                onCamera={onCamera}
                describeReports={describeReports}
                noneFound={page.noneFound}
                load={loadMap}
                onRequestLoad={() => setMapRequested(true)}
                preview={(followsView) => (
                  <MapPreview
                    followsView={followsView}
                    imageUrl={page.assets.mapImage}
                    imageUrlDark={page.assets.mapImageDark}
                    previewUrl={page.assets.preview}
                    counts={selection?.regionCounts.prefectures ?? null}
                    selected={view.region}
                    changeKeys={changeKeys}
                    noneFound={page.noneFound}
                    onSelect={selectRegion}
                    regions={page.regions}
                  />
                )}
              />
            </MapErrorBoundary>
            <div className="pointer-events-none absolute bottom-4 left-2 z-10 max-w-[16rem] lg:bottom-8 [&>*]:pointer-events-auto">
              {/* Open on a wide screen, where the map fits its frames beside it; a phone's small map stays clear. */}
              <Legend
                sectors={page.sectors}
                defaultOpen={wideScreen}
                comparison={comparison}
                onOpenChange={setLegendOpen}
              />
            </div>
          </main>
          <aside
            className="relative z-20 -mt-3 flex min-h-0 flex-1 flex-col overflow-y-auto rounded-t-2xl border-t border-gray-300 bg-white shadow-[0_-4px_12px_rgba(0,0,0,0.12)] short-landscape:mt-0 short-landscape:w-[45%] short-landscape:flex-none short-landscape:rounded-none lg:mt-0 lg:w-[26rem] lg:flex-none lg:rounded-none lg:border-r lg:border-t-0 lg:shadow-none xl:w-[30rem] print:m-0 print:block print:w-auto print:overflow-visible print:border-0 print:shadow-none"
            aria-label={t('layout.panel')}
            data-testid="panel"
          >
            <div
              aria-hidden="true"
              className="mx-auto mt-2 h-1.5 w-10 shrink-0 rounded-full bg-gray-300 lg:hidden print:hidden"
            />
            <PrintSummary
              page={page}
              view={shown}
              selection={selection}
              comparison={comparison}
              changeKeys={changeKeys}
            />
            <div className="space-y-3 p-3">
              <FilterPanel
                page={page}
                descriptions={descriptions}
                view={shown}
                selection={selection}
                events={data.chartEvents}
                onChange={navigate}
                onShowUndated={showUndated}
                playback={playback}
              />
              <RegionPicker
                regions={page.regions}
                selected={view.region}
                selection={selection}
                onChange={selectRegion}
              />
              <RegionLinks regions={page.regions} selection={selection} onSelect={selectRegion} />
              <ReportPanel
                page={page}
                descriptions={descriptions}
                view={shown}
                selection={selection}
                comparison={comparison}
                changeKeys={changeKeys}
                reports={reports}
                texts={texts}
                byEvent={byEvent}
                coverage={data.coverage}
                withdrawn={data.withdrawn}
                events={data.events}
                loadError={data.loadError}
                pinList={view.list}
                onClearPinList={closeList}
                onOpenReport={openReport}
                onCloseReport={closeReport}
                onCloseRegion={() => selectRegion(null)}
                onPlace={onPlace}
                onResetFilters={resetFilters}
                onWantData={wantData}
              />
            </div>
          </aside>
        </div>
      </div>
    </DashboardContext>
  );
}
