import {GLOSSARY_PATH} from './glossary/glossary';
import {allChapterVersions, type ChapterVersion} from './history/chapter-versions';
import type {History} from './history/load-history';
import type {Manual} from './model';
import {amendmentsData, type AmendmentsData} from './pages/amendments';
import {searchSources, type DocSource} from './search/sources';

/**
 * The views of the manual the site is built from, computed once per build
 * and shared: the history and compare pages and the search index read the
 * same versions; the amendments page and the feeds the same releases.
 */
export interface SiteViews {
  /** Every version of every chapter, current or withdrawn, oldest first. */
  versions: Map<string, ChapterVersion[]>;
  /** The releases with their changes, newest first; absent before the first release. */
  amendments?: AmendmentsData;
  search: DocSource[];
}

/**
 * `base` is where chapters are served: `/procedures`; `glossaryUrl`, the glossary page; `releasePdfs`, whether the
 * build prints each release.
 */
export function siteViews(
  manual: Manual,
  history: History | undefined,
  base: string,
  hashOf: (text: string) => string,
  {releasePdfs = false, glossaryUrl = GLOSSARY_PATH}: {releasePdfs?: boolean; glossaryUrl?: string} = {},
): SiteViews {
  const versions = allChapterVersions(manual, history, hashOf);
  return {
    versions,
    ...(history ? {amendments: amendmentsData(manual, history, base, {pdfs: releasePdfs})} : {}),
    search: searchSources(manual, history, versions, base, glossaryUrl),
  };
}
