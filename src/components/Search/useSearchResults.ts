import {useManual} from '@site/src/components/Chapter/useManual';
import type {SearchEngine, SearchFilters, SearchResult} from '@site/src/lib/search/engine';
import {PAST_TEXTS} from '@site/src/lib/search/manifest';
import {useEffect, useState} from 'react';

const engines = new Map<string, Promise<SearchEngine>>();

/**
 * The search engine for an index folder, opened once per page load (a
 * failed load may be retried). FlexSearch and the engine are a separate
 * chunk, fetched with the manifest on first use rather than with every page.
 */
export function loadEngine(url: string): Promise<SearchEngine> {
  if (!engines.has(url)) {
    const opening = import('@site/src/lib/search/engine').then(({SearchEngine: Engine}) =>
      Engine.open(async (file) => {
        const response = await fetch(`${url}/${file}`).catch(() => {
          // The offline copy keeps the texts of current chapters only.
          throw new Error(
            file.startsWith(`${PAST_TEXTS}/`)
              ? 'Past versions can be searched only with a network connection: untick "Include past versions" to search the copy saved on this device.'
              : 'The search index could not be loaded: check the network connection.',
          );
        });
        if (!response.ok) throw new Error(`The search index could not be loaded (${response.status}).`);
        return response.json();
      }),
    );
    opening.catch(() => engines.delete(url));
    engines.set(url, opening);
  }
  return engines.get(url)!;
}

export interface SearchState {
  /** The latest result, and the query it answers (it may lag the one typed). */
  result?: SearchResult;
  query?: string;
  error?: string;
}

/**
 * Searches as `query` and `filters` change, once `enabled` (the index is
 * fetched on the first interaction, not with the page). Only the latest
 * query's answer is kept.
 */
export function useSearchResults(query: string, filters: SearchFilters, limit: number, enabled = true): SearchState {
  const {searchIndexUrl} = useManual();
  const [state, setState] = useState<SearchState>({});
  const filterKey = JSON.stringify(filters);
  useEffect(() => {
    if (!enabled || !searchIndexUrl || !query.trim()) {
      setState({});
      return undefined;
    }
    let live = true;
    loadEngine(searchIndexUrl)
      .then((engine) => engine.search(query, JSON.parse(filterKey) as SearchFilters, limit))
      .then(
        (result) => live && setState({result, query}),
        (error: unknown) => live && setState({error: error instanceof Error ? error.message : String(error)}),
      );
    return () => {
      live = false;
    };
  }, [searchIndexUrl, query, filterKey, limit, enabled]);
  return state;
}
