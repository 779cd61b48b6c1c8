import type {PluginContentLoadedActions} from '@docusaurus/types';
import {chapterVersions, type ChapterVersion} from '../lib/history/chapter-versions';
import type {History} from '../lib/history/load-history';
import type {Manual} from '../lib/model';
import {amendmentsData} from '../lib/pages/amendments';
import {summariseVersions, type ChapterHistoryData} from '../lib/pages/chapter-history';
import {compareData} from '../lib/pages/compare-data';
import {buildTimeline} from '../lib/pages/timeline';
import {AMENDMENTS_PATH, chapterUrls, POINT_IN_TIME_PATH} from '../lib/pages/urls';
import {isRename, type VersionPageData, type WithdrawnPageData} from '../lib/pages/version-page';
import {renderChapterHtml} from '../lib/render-html';
import {resolveLink} from '../lib/resolve-link';
import {sha256} from '../node/read-manual-fs';

const COMPONENTS = '@site/src/components/History';

/**
 * The pages of the manual's history: each chapter's history, every released
 * version at a permanent address, the compare view, withdrawn chapters, the
 * amendments page and the manual on a date. Data is computed here by the
 * core; the components only render it.
 */
export async function createHistoryPages(
  {manual, history}: {manual: Manual; history?: History},
  actions: PluginContentLoadedActions,
  {siteBase, routeBasePath}: {siteBase: string; routeBasePath: string},
): Promise<void> {
  const base = `${siteBase}/${routeBasePath}`;
  const {createData, addRoute} = actions;
  const page = async (path: string, component: string, name: string, data: unknown) => {
    addRoute({path, component: `${COMPONENTS}/${component}`, exact: true, modules: {data: await createData(`${name}.json`, JSON.stringify(data))}});
  };
  const linkUrl = linkRewriter(manual, history, base, routeBasePath);

  const ids = new Set([...manual.byId.keys(), ...(history?.versions.keys() ?? [])]);
  for (const id of ids) {
    const urls = chapterUrls(base, id);
    const versions = chapterVersions(manual, history, id, sha256);
    const summaries = summariseVersions(base, id, versions);
    const current = manual.byId.get(id);
    const withdrawn = history?.withdrawn.get(id);
    const replacement = withdrawn?.replacedBy ? manual.byId.get(withdrawn.replacedBy) : undefined;
    const replacedBy = replacement && {number: replacement.number, title: replacement.title, url: chapterUrls(base, replacement.id).current};
    const latest = versions.at(-1)!;
    const historyData: ChapterHistoryData = {
      id,
      number: latest.number,
      title: latest.title,
      ...(current ? {currentUrl: urls.current} : {}),
      historyUrl: urls.history,
      compareUrl: urls.compare,
      ...(withdrawn ? {withdrawn: {release: withdrawn.release.title, date: withdrawn.release.date, ...(replacedBy ? {replacedBy} : {})}} : {}),
      versions: summaries,
    };
    await page(urls.history, 'ChapterHistoryPage', `history-${id}`, historyData);
    await page(urls.compare, 'ComparePage', `compare-${id}`, compareData(id, urls.history, versions));
    for (const [i, v] of versions.entries()) {
      if (!v.release) continue;
      await page(urls.version(v.version), 'VersionPage', `version-${id}-${v.version}`, versionPage(v, summaries[i]!, historyData, linkUrl));
    }
    if (withdrawn) {
      const notice: WithdrawnPageData = {history: historyData, ...(replacedBy ? {replacedBy, renamed: isRename(history!, id)} : {})};
      await page(urls.current, 'WithdrawnPage', `withdrawn-${id}`, notice);
    }
  }
  if (history) {
    await page(`${siteBase}${AMENDMENTS_PATH}`, 'AmendmentsPage', 'amendments', amendmentsData(manual, history, base));
    await page(`${siteBase}${POINT_IN_TIME_PATH}`, 'PointInTimePage', 'point-in-time', buildTimeline(history, base));
  }
}

function versionPage(v: ChapterVersion, summary: VersionPageData['version'], chapter: ChapterHistoryData, linkUrl: (url: string) => string): VersionPageData {
  return {
    chapter: {id: chapter.id, number: chapter.number, title: chapter.title, ...(chapter.currentUrl ? {currentUrl: chapter.currentUrl} : {}), historyUrl: chapter.historyUrl},
    version: summary,
    sections: v.sections.map(({number, heading, anchor}) => ({number, heading, anchor})),
    html: renderChapterHtml(v.text, linkUrl),
  };
}

/**
 * Links in an old version point at chapters as they are now: the current
 * chapter if it still exists, else its history.
 */
function linkRewriter(manual: Manual, history: History | undefined, base: string, routeBasePath: string) {
  const idByFile = new Map(manual.chapters.map((c) => [c.file, c.id]));
  const ids = new Set(manual.byId.keys());
  const fromFile = manual.chapters[0]?.file ?? 'docs/chapter.md';
  return (url: string): string => {
    const target = resolveLink(url, {fromFile, idByFile, ids, routeBasePath});
    if (target.kind !== 'chapter') return url;
    const id = target.id ?? target.target.split('/').at(-1)!.replace(/\.md$/, '');
    const urls = chapterUrls(base, id);
    const hash = target.anchor ? `#${target.anchor}` : '';
    if (target.version) return urls.version(target.version) + hash;
    if (manual.byId.has(id)) return urls.current + hash;
    return history?.versions.has(id) ? urls.history : url;
  };
}
