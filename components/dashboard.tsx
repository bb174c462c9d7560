'use client';

import { Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { RegionMap, type CameraRequest, type FlyRequest } from '@/components/map/region-map';
import type { Place } from '@/lib/schema';
import { DEFAULT_STATE, serialize, type Vocabulary } from '@/lib/url-state';
import type { BBox } from '@/lib/schema';
import { DashboardHeader } from './dashboard-header';
import { FilterPanel } from './filter-panel';
import { Legend } from './legend';
import { MapErrorBoundary } from './map-error-boundary';
import { MapPreview } from './map-preview';
import type { MapPreviewData } from '@/lib/svg-map';
import { WIDE_SCREEN_QUERY } from '@/lib/layout';
import { RegionPicker } from './region-picker';
import { ReportPanel } from './report-panel';
import { useDashboardModel, type DashboardData } from './use-dashboard-model';
import { useViewState } from './use-view-state';

function subscribeToWideScreen(onChange: () => void) {
  const query = window.matchMedia(WIDE_SCREEN_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isWideScreen() {
  return window.matchMedia(WIDE_SCREEN_QUERY).matches;
}

type DashboardProps = DashboardData & {
  preview: MapPreviewData;
  initialRegion: string | null;
  initialBounds: BBox;
  maxBounds: BBox;
  attribution: string;
};

export function Dashboard({ initialRegion, initialBounds, maxBounds, attribution, preview, ...data }: DashboardProps) {
  const vocabulary: Vocabulary = useMemo(
    () => ({
      sectors: data.sectors.map((sector) => sector.key),
      conditions: data.conditions.map((condition) => condition.key),
      regions: data.regions.map((region) => region.slug),
      reports: new Set(data.reports.map((report) => report.id)),
      bounds: maxBounds,
      zoomRange: [3.5, 12],
    }),
    [data.sectors, data.conditions, data.regions, data.reports, maxBounds],
  );
  const { state, update, updateCamera, restored } = useViewState(
    { ...DEFAULT_STATE, region: initialRegion },
    vocabulary,
  );
  const model = useDashboardModel(data, state);
  const [pinSelection, setPinSelection] = useState<{ ids: string[]; place: string | null } | null>(null);
  const [flyRequest, setFlyRequest] = useState<FlyRequest | null>(null);

  // A new token re-applies the camera: after the URL was read or restored, or when the region changes.
  const cameraRequest: CameraRequest = {
    token: `${restored}:${state.region ?? ''}`,
    camera: state.at,
    bbox: model.region?.bbox ?? initialBounds,
    animate: restored > 1 || state.region !== initialRegion,
  };

  const selectRegion = useCallback(
    (slug: string | null) => {
      setPinSelection(null);
      update({ region: slug, report: null, at: null });
    },
    [update],
  );
  const onSelectRegionCode = useCallback(
    (code: number) => {
      const region = data.regions.find((candidate) => candidate.code === code);
      if (region) selectRegion(region.slug);
    },
    [data.regions, selectRegion],
  );
  const onSelectReports = useCallback(
    (ids: string[], place: string | null) => {
      if (ids.length === 1 && ids[0] !== undefined) {
        setPinSelection(null);
        update({ report: ids[0] });
      } else if (ids.length > 1) setPinSelection({ ids, place });
    },
    [update],
  );
  const onPlace = useCallback(
    (place: Place) => {
      if (place.lon !== undefined && place.lat !== undefined) {
        const lon = place.lon;
        const lat = place.lat;
        setFlyRequest((previous) => ({ token: (previous?.token ?? 0) + 1, lon, lat }));
      } else selectRegion(place.region);
    },
    [selectRegion],
  );

  // On wide screens the interactive map loads at once. On phones the static map stands in until asked for,
  // sparing a phone's data and battery (MapLibre is ~290 KB of script plus its rendering work) and keeping page
  // scrolling from being captured by the map; a link with a camera position loads it straight away.
  const wideScreen = useSyncExternalStore(subscribeToWideScreen, isWideScreen, () => false);
  const [mapRequested, setMapRequested] = useState(false);
  const loadMap = wideScreen || mapRequested || state.at !== null;
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);

  const resetFilters = () => update({ sectors: [], conditions: [], from: null, to: null });

  return (
    <div className="flex h-dvh flex-col">
      <DashboardHeader embed={state.embed} fullViewHref={serialize({ ...state, embed: false })} />
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row-reverse">
        <main className="relative h-[42dvh] shrink-0 lg:h-auto lg:flex-1" aria-label="Map">
          <Suspense>
            <MapErrorBoundary>
              <RegionMap
                attribution={attribution}
                sectors={data.sectors}
                visibleSectors={state.sectors}
                reportPoints={model.reportPoints}
                regionCounts={model.countsByCode}
                provinceBadges={data.regions
                  .filter((region) => region.level === 'province')
                  .map((region) => ({
                    code: region.code,
                    nameEn: region.name_en,
                    lon: region.label[0],
                    lat: region.label[1],
                    count: model.regionCounts.provinceWide[region.slug] ?? 0,
                  }))}
                selectedRegionCode={model.region?.code ?? null}
                initialBounds={initialBounds}
                maxBounds={maxBounds}
                cameraRequest={cameraRequest}
                flyRequest={flyRequest}
                regionAnchors={data.regions.map((region) => ({
                  key: region.slug,
                  lon: region.label[0],
                  lat: region.label[1],
                }))}
                onSelectRegion={onSelectRegionCode}
                onSelectReports={onSelectReports}
                onCamera={updateCamera}
                load={loadMap}
                onRequestLoad={() => setMapRequested(true)}
                preview={
                  <MapPreview
                    data={preview}
                    counts={model.regionCounts.prefectures}
                    selected={state.region}
                    onSelect={selectRegion}
                  />
                }
              />
            </MapErrorBoundary>
          </Suspense>
          <div className="pointer-events-none absolute bottom-8 left-2 z-10 max-w-[16rem] [&>*]:pointer-events-auto">
            <Legend sectors={data.sectors} defaultOpen={false} />
          </div>
        </main>
        <aside
          className="relative z-20 -mt-3 flex min-h-0 flex-1 flex-col overflow-y-auto rounded-t-2xl border-t border-gray-300 bg-white shadow-[0_-4px_12px_rgba(0,0,0,0.12)] lg:mt-0 lg:w-[26rem] lg:flex-none lg:rounded-none lg:border-r lg:border-t-0 lg:shadow-none xl:w-[30rem]"
          aria-label="Filters and reports"
          data-testid="panel"
        >
          <div aria-hidden="true" className="mx-auto mt-2 h-1.5 w-10 shrink-0 rounded-full bg-gray-300 lg:hidden" />
          <div className="space-y-3 p-3">
            {/* Suspense boundaries let React hydrate the page in several short tasks instead of one long one. */}
            <Suspense>
              <FilterPanel
                data={data}
                state={state}
                model={model}
                embed={state.embed}
                onChange={(change) => {
                  setPinSelection(null);
                  update(change);
                }}
              />
            </Suspense>
            <RegionPicker
              regions={data.regions}
              selected={state.region}
              counts={model.regionTotals}
              onChange={selectRegion}
            />
            <Suspense>
              <ReportPanel
                data={data}
                state={state}
                model={model}
                pinSelection={pinSelection}
                onClearPinSelection={() => setPinSelection(null)}
                onOpenReport={(id) => update({ report: id })}
                onCloseReport={() => update({ report: null })}
                onCloseRegion={() => selectRegion(null)}
                onPlace={onPlace}
                onResetFilters={resetFilters}
              />
            </Suspense>
          </div>
        </aside>
      </div>
    </div>
  );
}
