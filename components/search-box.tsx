'use client';

import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { plural } from '@/lib/format';
import type { SearchHit } from '@/lib/search';
import { useSearchIndex } from './use-search-index';

type SearchBoxProps = {
  /** The content-hashed search index (PageData.assets.search), fetched on first focus. */
  indexUrl: string;
  onChoose: (hit: SearchHit) => void;
};

const KIND_NAMES: Readonly<Record<SearchHit['kind'], string>> = { region: 'Region', place: 'Place', report: 'Report' };

function HitText({ hit }: { hit: SearchHit }) {
  return (
    <>
      {/* Headlines are long: two lines of one, the names of a region or place on one. */}
      <span className={`font-medium text-gray-900 ${hit.kind === 'report' ? 'line-clamp-2' : 'block truncate'}`}>
        {hit.kind === 'report' ? <span lang={hit.lang}>{hit.label}</span> : hit.label}
        {hit.kind !== 'report' && (
          <>
            {' '}
            <span lang="zh-Hans" className="font-normal">
              {hit.zh}
            </span>{' '}
            <span lang="ko" className="font-normal">
              {hit.ko}
            </span>
          </>
        )}
      </span>
      <span className="block truncate text-xs text-gray-700">
        {KIND_NAMES[hit.kind]} · {hit.sublabel}
        {hit.kind !== 'report' && hit.also !== null && <> · also {hit.also}</>}
      </span>
    </>
  );
}

/**
 * Search for regions, places and reports: a WAI-ARIA 1.2 combobox with a listbox popup. Arrow keys move through
 * the options, Enter chooses the active one (or the first), Escape closes the list, then clears the box.
 */
export function SearchBox({ indexUrl, onChoose }: SearchBoxProps) {
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
    if (state.status === 'loading') status = 'Loading search…';
    else if (state.status === 'error') status = 'Search could not be loaded.';
    else if (state.status === 'ready') status = hits.length === 0 ? 'No matches' : plural(hits.length, 'result');
  }

  return (
    <div role="search" className="js-only relative w-full">
      <label htmlFor={inputId} className="sr-only">
        Search places and reports
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
        placeholder="Search places and reports"
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
          aria-label="Search results"
          hidden={!expanded}
          className="max-h-[min(30rem,60dvh)] overflow-y-auto"
        >
          {hits.map((hit, index) => (
            <li
              key={hit.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keep the focus in the box: the click that follows chooses the option.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
              onMouseMove={() => setActive(index)}
              className={`cursor-pointer px-3 py-1.5 text-sm ${index === active ? 'bg-blue-100' : ''}`}
            >
              <HitText hit={hit} />
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
