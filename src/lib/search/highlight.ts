import {textWords} from './words';
import {foldSpelling} from './spelling';

/** The query parameter a search result's link carries: the prefixes its words matched by. */
export const HIGHLIGHT_PARAM = 'highlight';

/** A result's address with the words to highlight where it lands: `/procedures/x?highlight=strateg+discuss#section`. */
export function withHighlight(url: string, prefixes: readonly string[]): string {
  if (prefixes.length === 0) return url;
  const hash = url.indexOf('#');
  const [path, anchor] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${path}?${HIGHLIGHT_PARAM}=${encodeURIComponent(prefixes.join(' '))}${anchor}`;
}

/** The prefixes a page's address asks to highlight (none when it has none). */
export function highlightPrefixes(search: string): string[] {
  const param = search
    .replace(/^\?/, '')
    .split('&')
    .find((p) => p.startsWith(`${HIGHLIGHT_PARAM}=`));
  const value = param ? safeDecode(param.slice(HIGHLIGHT_PARAM.length + 1).replace(/\+/g, ' ')) : '';
  return [...new Set(value.split(/\s+/).filter((p) => p.length > 0))].slice(0, 20);
}

/**
 * Where in `text` the words beginning with one of `prefixes` are, as the
 * search index reads words (lower case, accents dropped, spellings folded),
 * so the page marks the words the search matched. Light enough to run on
 * every page: it does not load the search engine.
 */
export function wordMatches(text: string, prefixes: readonly string[]): [number, number][] {
  if (prefixes.length === 0) return [];
  return textWords(text)
    .filter(({text: word}) => {
      const term = foldSpelling(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
      return prefixes.some((p) => term.startsWith(p));
    })
    .map(({start, end}) => [start, end]);
}

// An address typed or mangled by hand may not decode: it highlights nothing.
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
