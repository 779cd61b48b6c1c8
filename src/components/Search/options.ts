import type {Hit, SearchResult} from '@site/src/lib/search/engine';
import {withHighlight} from '@site/src/lib/search/highlight';
import {searchParams} from './search-params';

/** One choice in the navbar's list: a citation, a section, or the search page. */
export type SearchOption = {id: string; url: string} & ({kind: 'jump'; label: string} | {kind: 'hit'; hit: Hit} | {kind: 'all'; total: number});

/** The search page's path, before the site's base URL. */
export const SEARCH_PAGE = '/search';

/**
 * The navbar's options for a result, in the order the keyboard moves
 * through them: where a citation leads, or the sections found and then
 * the search page with every result.
 */
export function searchOptions(query: string, result: SearchResult | undefined, searchPage: string): SearchOption[] {
  const all: SearchOption = {id: 'search-option-all', url: `${searchPage}${searchParams({q: query, filters: {}})}`, kind: 'all', total: result?.total ?? 0};
  if (!result) return [all];
  return [
    ...(result.jump ? [{id: 'search-option-jump', url: result.jump.url, kind: 'jump' as const, label: result.jump.label}] : []),
    ...result.hits.map((hit) => ({id: `search-option-${hit.record}`, url: withHighlight(hit.url, result.highlight), kind: 'hit' as const, hit})),
    ...(result.jump ? [] : [all]),
  ];
}
