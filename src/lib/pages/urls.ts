import GithubSlugger from 'github-slugger';

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

/** A version's address: its permanent one once released, else the current chapter's. */
export function versionUrl(urls: ReturnType<typeof chapterUrls>, v: {version: number; release?: unknown}): string {
  return v.release ? urls.version(v.version) : urls.current;
}

export const AMENDMENTS_PATH = '/amendments';
export const POINT_IN_TIME_PATH = '/point-in-time';

/** The anchor of a release on the amendments page: "february-2009". */
export function releaseAnchor(title: string): string {
  return GithubSlugger.slug(title);
}
