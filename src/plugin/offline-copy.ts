import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {keptOffline, leftOutOfOfflineCopy, type RouteChunks} from '../lib/offline-copy';
import type {ProceduresOptions} from '../lib/options';
import {isHistoryPage} from '../lib/pages/urls';

/** An entry of the service worker's list of files to save, as workbox hands it to a transform. */
interface ManifestEntry {
  url: string;
}

/**
 * A workbox `manifestTransforms` entry for `@docusaurus/plugin-pwa`: drops
 * the history pages, and the code and data only they load, from the files
 * the offline copy saves. It runs after the site is bundled, when the
 * route table Docusaurus wrote names every route's chunks.
 */
export function offlineCopyTransform(siteDir: string, {routeBasePath}: ProceduresOptions) {
  return async <Entry extends ManifestEntry>(entries: Entry[]): Promise<{manifest: Entry[]; warnings: string[]}> => {
    const routes = JSON.parse(await readFile(path.join(siteDir, '.docusaurus', 'routesChunkNames.json'), 'utf8')) as RouteChunks;
    const leftOut = leftOutOfOfflineCopy(routes, (route) => isHistoryPage(route, '', `/${routeBasePath}`));
    return {manifest: entries.filter((entry) => keptOffline(entry.url, leftOut)), warnings: []};
  };
}
