/**
 * What the offline copy leaves out besides whole folders: the pages of the
 * manual's history and the code and data only they load. Docusaurus bundles
 * every route's component and data modules as chunks named in its
 * `routesChunkNames.json`; a chunk that no saved page names is not saved
 * either. Shared code (chunks webpack splits out by number) stays.
 */

/** Docusaurus's `routesChunkNames.json`: route key → its modules' chunk names, nested as the route's props are. */
export type RouteChunks = Record<string, unknown>;

export interface LeftOut {
  /** Route paths, such as `/procedures/referrals/v1`. */
  pages: Set<string>;
  /** Chunk names, such as `171492d4`. */
  chunks: Set<string>;
}

/** The route paths and chunks of the routes `leaveOut` picks, less any chunk a kept route also names. */
export function leftOutOfOfflineCopy(routes: RouteChunks, leaveOut: (path: string) => boolean): LeftOut {
  const pages = new Set<string>();
  const dropped = new Set<string>();
  const kept = new Set<string>();
  for (const [key, tree] of Object.entries(routes)) {
    // A key is the route's path and a short hash of its config.
    const path = key.replace(/-[0-9a-f]{3,4}$/, '');
    const out = leaveOut(path);
    if (out) pages.add(path);
    collectChunks(tree, out ? dropped : kept);
  }
  return {pages, chunks: new Set([...dropped].filter((chunk) => !kept.has(chunk)))};
}

function collectChunks(tree: unknown, into: Set<string>): void {
  if (typeof tree === 'string') into.add(tree);
  else if (tree && typeof tree === 'object') for (const value of Object.values(tree)) collectChunks(value, into);
}

/**
 * Whether the offline copy keeps a file of the build, named as the service
 * worker's list names it: `procedures/referrals/v1.html` (pages are written
 * as `<path>.html`), `assets/js/171492d4.8df33b9d.js` (`<chunk>.<hash>.js`).
 */
export function keptOffline(file: string, {pages, chunks}: LeftOut): boolean {
  if (file.endsWith('.html')) return !pages.has(`/${file.slice(0, -'.html'.length)}`);
  const chunk = /^assets\/js\/([^./]+)\.[^/]*\.js$/.exec(file)?.[1];
  return chunk === undefined || !chunks.has(chunk);
}
