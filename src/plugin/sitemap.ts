import type * as Preset from '@docusaurus/preset-classic';
import type {RouteConfig} from '@docusaurus/types';
import {allChapterVersions} from '../lib/history/chapter-versions';
import type {ProceduresOptions} from '../lib/options';
import {pageDates} from '../lib/pages/page-dates';
import {readManual, sha256} from '../node/read-manual-fs';

/**
 * The sitemap's items, each dated by when its content came into force rather
 * than when a file last changed on disk. The manual is read again here (from
 * the parse cache): the sitemap plugin runs apart from ours.
 */
export function datedSitemapItems(
  siteDir: string,
  {docsDir, historyDir, routeBasePath, historyPages}: ProceduresOptions,
): Exclude<Preset.Options['sitemap'], false | undefined>['createSitemapItems'] {
  return async ({defaultCreateSitemapItems, ...params}) => {
    const items = await defaultCreateSitemapItems({...params, routes: withoutFileDates(params.routes)});
    const {manual, history} = await readManual({root: siteDir, docsDir, historyDir, routeBasePath, parseHistory: true});
    if (!manual) return items;
    const siteBase = params.siteConfig.baseUrl.replace(/\/$/, '');
    const released = historyPages ? history : undefined;
    const urls = {siteBase, chaptersBase: `${siteBase}/${routeBasePath}`};
    const dates = pageDates(manual, released, allChapterVersions(manual, released, sha256), urls);
    return items.map((item) => {
      const date = dates.get(new URL(item.url).pathname);
      return date ? {...item, lastmod: date} : item;
    });
  };
}

/** Routes told they have no date of their own, so that the sitemap plugin does not ask git for one per page (nor fail outside a git checkout). */
function withoutFileDates(routes: RouteConfig[]): RouteConfig[] {
  return routes.map((route) => ({
    ...route,
    metadata: {...route.metadata, lastUpdatedAt: null},
    ...(route.routes ? {routes: withoutFileDates(route.routes)} : {}),
  }));
}
