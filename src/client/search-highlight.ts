import type {ClientModule} from '@docusaurus/types';
import {highlightPrefixes, wordMatches} from '../lib/search/highlight';

/** The CSS highlight name: `::highlight(search-terms)` in custom.css styles it. */
const HIGHLIGHT = 'search-terms';
const STATUS_ID = 'search-highlight-status';

/**
 * Following a search result highlights the words searched for in the
 * section it lands on, with the CSS Custom Highlight API: the page's text
 * and markup are left untouched, so nothing React renders is disturbed.
 * Screen readers hear how many words are highlighted; the next navigation
 * clears it.
 */
function highlight(location: {search: string; hash: string}): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  // The registry is map-like; TypeScript's DOM types do not say so yet.
  const highlights = CSS.highlights as unknown as Map<string, Highlight>;
  highlights.delete(HIGHLIGHT);
  const prefixes = highlightPrefixes(location.search);
  const area = prefixes.length > 0 ? landingArea(safeDecode(location.hash.slice(1))) : undefined;
  if (!area) return announce('');
  const ranges = area.nodes.flatMap((node) =>
    wordMatches(node.data, prefixes).map(([start, end]) => {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    }),
  );
  if (ranges.length > 0) highlights.set(HIGHLIGHT, new Highlight(...ranges));
  announce(ranges.length === 0 ? '' : `${ranges.length} ${ranges.length === 1 ? 'word' : 'words'} you searched for highlighted in ${area.label}.`);
}

/** The text the result points at: from its heading to the next heading of the same or a higher level, or the whole chapter. */
function landingArea(anchor: string): {nodes: Text[]; label: string} | undefined {
  // A chapter's text, or the main content of another page (the glossary's entries).
  const body = document.querySelector('.theme-doc-markdown') ?? document.querySelector('main');
  if (!body) return undefined;
  const heading = anchor ? document.getElementById(anchor) : null;
  const start = heading && body.contains(heading) && /^H[1-6]$/.test(heading.tagName) ? heading : undefined;
  const level = start ? Number(start.tagName[1]) : 0;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let inside = !start;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === start) inside = true;
    else if (inside && start && node instanceof HTMLElement && /^H[1-6]$/.test(node.tagName) && Number(node.tagName[1]) <= level) break;
    if (inside && node instanceof Text && !node.parentElement?.closest('[aria-hidden="true"], [hidden], .hash-link')) nodes.push(node);
  }
  const label = start ? `the section “${(start.textContent ?? '').replace(/\u200b/g, '').trim()}”` : 'this page';
  return {nodes, label};
}

// An anchor mangled by hand may not decode: the whole page is then the landing area.
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/** A polite live region of its own, outside React's tree, which only this module writes to. */
function announce(message: string): void {
  let status = document.getElementById(STATUS_ID);
  if (!status) {
    status = document.createElement('div');
    status.id = STATUS_ID;
    status.setAttribute('role', 'status');
    status.className = 'visually-hidden';
    document.body.append(status);
  }
  // Written a moment after the region exists, so screen readers notice the change.
  const region = status;
  window.setTimeout(() => {
    region.textContent = message;
  }, 100);
}

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    highlight(location);
  },
};

export default module;
