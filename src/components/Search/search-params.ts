import {isRealIsoDate} from '../../lib/dates';
import type {SearchFilters} from '../../lib/search/engine';

/** The search page's state, as its address holds it: `/search?q=…&part=…&audience=…&since=…&past=1`. */
export interface SearchState {
  q: string;
  filters: SearchFilters;
}

/** Reads the page's address; unknown or malformed values are ignored. */
export function readSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  const since = params.get('since') ?? '';
  return {
    q: params.get('q') ?? '',
    filters: {
      ...(params.get('part') ? {part: params.get('part')!} : {}),
      ...(params.get('audience') ? {audience: params.get('audience')!} : {}),
      ...(isRealIsoDate(since) ? {since} : {}),
      ...(params.get('past') === '1' ? {past: true} : {}),
    },
  };
}

/** The address's query string for a state, leaving out what is empty: `?q=grooming&part=core-procedures`. */
export function searchParams({q, filters}: SearchState): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (filters.part) params.set('part', filters.part);
  if (filters.audience) params.set('audience', filters.audience);
  if (filters.since) params.set('since', filters.since);
  if (filters.past) params.set('past', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
