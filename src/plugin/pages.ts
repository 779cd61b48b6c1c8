import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {History} from '../lib/history/load-history';
import type {Manual} from '../lib/model';
import type {SiteViews} from '../lib/site-views';
import {chapterHistoryData} from '../lib/pages/chapter-history';
import {compareData} from '../lib/pages/compare-data';
import {buildTimeline} from '../lib/pages/timeline';
import {AMENDMENTS_PATH, chapterUrls, POINT_IN_TIME_PATH} from '../lib/pages/urls';
import {isRename, linkRewriter, versionPageData, type WithdrawnPageData} from '../lib/pages/version-page';

const COMPONENTS = '@site/src/components/History';

/**
 * The pages of the manual's history: each chapter's history, every released
 * version at a permanent address, the compare view, withdrawn chapters, the
 * amendments page and the manual on a date. Data is computed here by the
 * core; the components only render it.
 */
export async function createHistoryPages(
  {manual, history, views}: {manual: Manual; history?: History; views: SiteViews},
  actions: PluginContentLoadedActions,
  {siteBase, routeBasePath}: {siteBase: string; routeBasePath: string},
): Promise<void> {
  const base = `${siteBase}/${routeBasePath}`;
  const {createData, addRoute} = actions;
  const page = async (path: string, component: string, name: string, data: unknown) => {
    addRoute({path, component: `${COMPONENTS}/${component}`, exact: true, modules: {data: await createData(`${name}.json`, JSON.stringify(data))}});
  };
  const linkUrl = linkRewriter(manual, history, base, routeBasePath);

  for (const [id, versions] of views.versions) {
    const urls = chapterUrls(base, id);
    const historyData = chapterHistoryData(manual, history, base, id, versions);
    await page(urls.history, 'ChapterHistoryPage', `history-${id}`, historyData);
    await page(urls.compare, 'ComparePage', `compare-${id}`, compareData(id, urls.history, versions));
    for (const [i, v] of versions.entries()) {
      if (!v.release) continue;
      await page(urls.version(v.version), 'VersionPage', `version-${id}-${v.version}`, versionPageData(v, historyData.versions[i]!, historyData, linkUrl));
    }
    if (historyData.withdrawn) {
      const {replacedBy} = historyData.withdrawn;
      const notice: WithdrawnPageData = {history: historyData, ...(replacedBy ? {replacedBy, renamed: isRename(history!, id)} : {})};
      await page(urls.current, 'WithdrawnPage', `withdrawn-${id}`, notice);
    }
  }
  if (history && views.amendments) {
    await page(`${siteBase}${AMENDMENTS_PATH}`, 'AmendmentsPage', 'amendments', views.amendments);
    await page(`${siteBase}${POINT_IN_TIME_PATH}`, 'PointInTimePage', 'point-in-time', buildTimeline(history, base));
  }
}
