'use client';

import { startTransition, useEffect, useState } from 'react';
import type { ParseResult } from '@/lib/data/client-data';

export type Fetched<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

// One request per file for the page's lifetime, whoever asks (the files are content-hashed: they never change).
const requests = new Map<string, Promise<unknown>>();

export function fetchJson(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

/** A shared JSON file, fetched once and checked with `parse` before use; null url = not needed yet. */
export function useFetchedJson<T>(url: string | null, parse: (input: unknown) => ParseResult<T>): Fetched<T> {
  const [state, setState] = useState<{ url: string; result: Fetched<T> } | null>(null);
  useEffect(() => {
    if (url === null) return;
    let current = true;
    fetchJson(url).then(
      (json) => {
        if (!current) return;
        const parsed = parse(json);
        // A transition: the re-render with the whole dataset yields to input instead of blocking the page.
        startTransition(() =>
          setState({
            url,
            result: parsed.ok ? { status: 'ready', value: parsed.value } : { status: 'error', error: parsed.error },
          }),
        );
      },
      (error: unknown) => {
        if (current)
          setState({ url, result: { status: 'error', error: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [url, parse]);
  return state !== null && state.url === url ? state.result : { status: 'loading' };
}
