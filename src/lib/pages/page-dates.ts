import type {ChapterVersion} from '../history/chapter-versions';
import type {History} from '../history/load-history';
import type {Manual} from '../model';
import {partSlug} from '../sidebar';
import {AMENDMENTS_PATH, chapterUrls, POINT_IN_TIME_PATH} from './urls';

/**
 * The day each page's content last changed in substance, by its address: a
 * chapter page from the version it shows coming into force, a part from its
 * latest chapter, the pages about releases from the latest release. What the
 * sitemap gives as `lastmod`.
 */
export function pageDates(
  manual: Manual,
  history: History | undefined,
  versions: ReadonlyMap<string, ChapterVersion[]>,
  {siteBase, chaptersBase}: {siteBase: string; chaptersBase: string},
): Map<string, string> {
  const dates = new Map<string, string>();
  const latest = (days: readonly string[]) => days.reduce((a, b) => (b > a ? b : a));
  for (const [id, list] of versions) {
    const urls = chapterUrls(chaptersBase, id);
    for (const v of list) if (v.release) dates.set(urls.version(v.version), v.effective);
    const current = manual.byId.get(id);
    if (current) dates.set(urls.current, current.effective);
    if (history?.versions.has(id)) {
      const newest = latest(list.map((v) => v.effective));
      dates.set(urls.history, newest);
      dates.set(urls.compare, newest);
    }
  }
  for (const {part, chapters} of manual.parts)
    if (chapters.length > 0) dates.set(`${chaptersBase}${partSlug(part.id)}`, latest(chapters.map((c) => c.effective)));
  const lastRelease = history?.releases.at(-1)?.date;
  if (lastRelease) for (const path of ['/', AMENDMENTS_PATH, POINT_IN_TIME_PATH]) dates.set(`${siteBase}${path}`, lastRelease);
  return dates;
}
