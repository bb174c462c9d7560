'use client';

import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { regionName } from '@/lib/i18n/text';
import type { Region } from '@/lib/data/schema';
import type { SearchHit } from '@/lib/search/search';
import { useI18n, type I18n } from './i18n';
import { useSearchIndex } from './use-search-index';
import { regionIndex } from '@/lib/data/region-index';

type SearchBoxProps = {
  /** The content-hashed search index (PageData.assets.search), fetched on first focus. */
  indexUrl: string;
  onChoose: (hit: SearchHit) => void;
  /** The regions, to say where a hit is in the page's language. */
  regions: readonly Region[];
};

/** Where a hit is, in the page's language: "Prefecture in Liaoning", "Seat of Dandong, Liaoning", "Daily NK, 2020". */
function hitContext(hit: SearchHit, i18n: I18n, regionsBySlug: ReadonlyMap<string, Region>): string {
  const { t, locale, date } = i18n;
  const name = (slug: string) => {
    const region = regionsBySlug.get(slug);
    return region ? regionName(region, locale) : slug;
  };
  if (hit.kind === 'report')
    return t('search.reportContext', {
      outlet: hit.outlet,
      date: hit.published === null ? t('date.undated') : date(hit.published),
    });
  if (hit.kind === 'region')
    return hit.province === null ? t('region.province') : t('search.prefectureIn', { province: name(hit.province) });
  return hit.seat
    ? t('search.seatOf', { region: name(hit.slug), province: name(hit.province) })
    : t('search.placeIn', { region: name(hit.slug), province: name(hit.province) });
}

function HitText({ hit, regionsBySlug }: { hit: SearchHit; regionsBySlug: ReadonlyMap<string, Region> }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  // A region's or place's names, the page's language first (as the region panel shows them).
  const names =
    hit.kind === 'report'
      ? []
      : [
          { locale: 'en', lang: 'en', name: hit.label },
          { locale: 'zh', lang: 'zh-Hans', name: hit.zh },
          { locale: 'ko', lang: 'ko', name: hit.ko },
        ].sort((a, b) => Number(b.locale === locale) - Number(a.locale === locale));
  return (
    <>
      {/* Headlines are long: two lines of one, the names of a region or place on one. */}
      <span className={`font-medium text-gray-900 ${hit.kind === 'report' ? 'line-clamp-2' : 'block truncate'}`}>
        {hit.kind === 'report' ? (
          <span lang={hit.lang}>{hit.label}</span>
        ) : (
          names.map((entry, index) => (
            <span key={entry.locale}>
              {index > 0 && ' '}
              <span lang={entry.lang} className={index > 0 ? 'region-names font-normal' : 'region-names'}>
                {entry.name}
              </span>
            </span>
          ))
        )}
      </span>
      <span className="block truncate text-xs text-gray-700">
        {t(`search.kind.${hit.kind}`)} · {hitContext(hit, i18n, regionsBySlug)}
        {hit.kind !== 'report' && hit.also !== null && <> · {t('search.also', { name: hit.also })}</>}
      </span>
    </>
  );
}

/**
 * Search for regions, places and reports: a WAI-ARIA 1.2 combobox with a listbox popup. Arrow keys move through
 * the options, Enter chooses the active one (or the first), Escape closes the list, then clears the box.
 */
export function SearchBox({ indexUrl, onChoose, regions }: SearchBoxProps) {
  const { t } = useI18n();
  const regionsBySlug = regionIndex(regions);
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const { state, load } = useSearchIndex(indexUrl);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const trimmed = query.trim();
  const hits = useMemo(() => (state.status === 'ready' && trimmed !== '' ? state.find(trimmed) : []), [state, trimmed]);
  const expanded = open && hits.length > 0;
  const showPopup = open && trimmed !== '';
  const activeId = expanded && hits[active] !== undefined ? optionId(active) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const choose = (hit: SearchHit) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    onChoose(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      if (!open) {
        setOpen(true);
        setActive(down ? 0 : count - 1);
      } else if (down) setActive(active + 1 >= count ? 0 : active + 1);
      else setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter') {
      const hit = expanded ? hits[active >= 0 ? active : 0] : undefined;
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open && trimmed !== '') setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  let status = '';
  if (trimmed !== '' && open) {
    if (state.status === 'loading') status = t('search.loading');
    else if (state.status === 'error') status = t('search.error');
    else if (state.status === 'ready')
      status = hits.length === 0 ? t('search.none') : t('search.results', { count: hits.length });
  }

  return (
    <div role="search" className="js-only relative w-full">
      <label htmlFor={inputId} className="sr-only">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-busy={state.status === 'loading'}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('search.label')}
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded border border-gray-400 bg-white px-2.5 py-1 text-sm text-gray-900 placeholder:text-gray-600"
        data-testid="search-input"
      />
      <div
        hidden={!showPopup}
        className="absolute inset-x-0 top-full z-50 mt-1 rounded border border-gray-300 bg-white shadow-lg lg:left-auto lg:w-[28rem]"
      >
        {hits.length === 0 && (
          <p className="px-3 py-2 text-sm text-gray-700" data-testid="search-message">
            {status}
          </p>
        )}
        {/* The list scrolls, not the popup: the combobox's own popup needs no focus of its own to scroll. */}
        <ul
          id={listId}
          role="listbox"
          aria-label={t('search.resultsLabel')}
          hidden={!expanded}
          className="max-h-[min(30rem,60dvh)] overflow-y-auto"
        >
          {hits.map((hit, index) => (
            <li
              key={hit.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              data-hit={hit.key}
              // Keep the focus in the box: the click that follows chooses the option.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
              onMouseMove={() => setActive(index)}
              className={`cursor-pointer px-3 py-1.5 text-sm ${index === active ? 'bg-blue-100' : ''}`}
            >
              <HitText hit={hit} regionsBySlug={regionsBySlug} />
            </li>
          ))}
        </ul>
      </div>
      <p role="status" aria-live="polite" className="sr-only" data-testid="search-status">
        {status}
      </p>
    </div>
  );
}
