import GithubSlugger from 'github-slugger';
import {partSlug} from '../sidebar';

/**
 * Addresses of the manual's pages, in one place so that the plugin, the
 * pages and the feeds agree. `base` is the docs route: `/procedures`.
 */
export function chapterUrls(base: string, id: string) {
  return {
    current: `${base}/${id}`,
    history: `${base}/${id}/history`,
    compare: `${base}/${id}/compare`,
    version: (n: number) => `${base}/${id}/v${n}`,
  };
}

/**
 * Whether an address is one of the manual's history pages: a chapter's
 * history, its comparison or a released version, or the manual on a date.
 * The offline copy leaves them out (see offline-copy.ts).
 */
export function isHistoryPage(path: string, siteBase: string, base: string): boolean {
  if (path === `${siteBase}${POINT_IN_TIME_PATH}`) return true;
  // A part's page ("/procedures/part/v1") is not a chapter's.
  if (!path.startsWith(`${base}/`) || path.startsWith(`${base}${partSlug('')}`)) return false;
  const [id, page, ...more] = path.slice(base.length + 1).split('/');
  return Boolean(id) && more.length === 0 && page !== undefined && (page === 'history' || page === 'compare' || /^v\d+$/.test(page));
}

/** A version's address: its permanent one once released, else the current chapter's. */
export function versionUrl(urls: ReturnType<typeof chapterUrls>, v: {version: number; release?: unknown}): string {
  return v.release ? urls.version(v.version) : urls.current;
}

export const AMENDMENTS_PATH = '/amendments';
export const FEEDS_PATH = '/feeds';
/** The three files of each feed, in one folder. */
export const FEED_FILES = {rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json'} as const;
export const partFeedFolder = (partId: string) => `${FEEDS_PATH}/part/${partId}`;
export const chapterFeedFolder = (id: string) => `${FEEDS_PATH}/chapter/${id}`;
export const POINT_IN_TIME_PATH = '/point-in-time';
/** The latest release as JSON, beside the site and never saved offline, so a saved copy can learn it is out of date. */
export const LATEST_RELEASE_FILE = 'latest-release.json';
/** The `<meta>` on every page naming the date of the release it shows. */
export const RELEASE_META = 'procedures-release';

/** The anchor of a release on the amendments page: "february-2009". */
export function releaseAnchor(title: string): string {
  return GithubSlugger.slug(title);
}
