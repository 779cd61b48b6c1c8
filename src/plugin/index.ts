import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {manualAsData} from '../lib/data/manual-as-data';
import type {History} from '../lib/history/load-history';
import {manualData, PLUGIN_NAME} from '../lib/manual-data';
import type {Manual} from '../lib/model';
import {resolveOptions, type ProceduresOptions, type ProceduresOptionsInput} from '../lib/options';
import {renameRedirects} from '../lib/pages/redirects';
import {siteViews, type SiteViews} from '../lib/site-views';
import {readManual, sha256} from '../node/read-manual-fs';
import {writeDataFiles} from './data-files';
import {writeReleasePdfs} from './release-pdfs';
import {feedLinks, writeFeeds} from './feeds';
import {createHistoryPages} from './pages';
import {writeWebServerConfig} from './web-server';
import {failOnErrors} from './report-problems';
import {SearchIndexAssets, searchIndexFiles, type SearchIndexFiles} from './search-index';

/** The plugin's options as Docusaurus hands them over: ours, validated, and its own plugin id. */
export type PluginOptions = ProceduresOptions & {id: string};

/** Docusaurus calls this before the plugin: unknown or malformed options stop the site with their names. */
export function validateOptions({options}: OptionValidationContext<ProceduresOptionsInput & {id?: string}, PluginOptions>): PluginOptions {
  const {id = 'default', ...ours} = options;
  return {id, ...resolveOptions(ours)};
}

interface Content {
  manual: Manual;
  history?: History;
  views: SiteViews;
  search: SearchIndexFiles;
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

interface DocsContent {
  loadedVersions: {docs: {source: string; permalink: string}[]}[];
}

/**
 * The manual as a Docusaurus plugin: a thin shell over the core. The docs
 * plugin renders current chapters; this one validates the manual before
 * anything is rendered, gives chapter pages their data, and adds the history
 * pages, the amendments page, the manual on a date and the feeds, builds
 * the search index, publishes the manual as data, and writes the web
 * server's policy for the build.
 */
export default function proceduresPlugin(context: LoadContext, options: PluginOptions): Plugin<Content> {
  const {siteDir, siteConfig} = context;
  const {docsDir, historyDir, historyPages, releasePdfs, routeBasePath} = options;
  const siteBase = siteConfig.baseUrl.replace(/\/$/, '');
  const chaptersBase = `${siteBase}/${routeBasePath}`;
  // The bundler plugin outlives content reloads in `npm start`: it reads the latest index.
  let latestIndex: SearchIndexFiles | undefined;
  return {
    name: PLUGIN_NAME,

    getPathsToWatch: () => [path.join(siteDir, docsDir, '**/*.{md,yml}'), path.join(siteDir, historyDir, '**/*.{md,yml}')],

    async loadContent() {
      const today = new Date().toISOString().slice(0, 10);
      // The search index and the history pages read every released version.
      const result = await readManual({root: siteDir, docsDir, historyDir, routeBasePath, today, parseHistory: true});
      const manual = failOnErrors(result);
      // Every view the pages, feeds and search index share, computed once.
      const views = siteViews(manual, result.history, chaptersBase, sha256, {releasePdfs: historyPages && releasePdfs});
      latestIndex = searchIndexFiles(views.search);
      return {manual, ...(result.history ? {history: result.history} : {}), views, search: latestIndex};
    },

    async contentLoaded({content, actions}) {
      if (historyPages) await createHistoryPages(content, actions, {siteBase, routeBasePath});
    },

    async allContentLoaded({allContent, actions}) {
      const {manual, history: released, search} = allContent[PLUGIN_NAME]?.default as Content;
      // Without its pages, the history is not linked from anywhere.
      const history = historyPages ? released : undefined;
      const docs = (allContent[DOCS_PLUGIN]?.default as DocsContent).loadedVersions.flatMap((v) => v.docs);
      const permalinks = new Map(docs.map((doc) => [doc.source.replace(/^@site\//, ''), doc.permalink]));
      actions.setGlobalData({
        ...manualData(manual, history, {permalinkOf: (file) => permalinks.get(file) ?? '', siteBase, chaptersBase}),
        searchIndexUrl: `${siteBase}/${search.dir}`,
        dataPublished: historyPages,
      });
    },

    configureWebpack: (_config, isServer) =>
      isServer
        ? {}
        : {
            plugins: [new SearchIndexAssets(() => latestIndex)],
            // FlexSearch's bundle carries Node worker code that reads import.meta.dirname; browsers never run it.
            ignoreWarnings: [{module: /node_modules[\\/]flexsearch[\\/]/, message: /import\.meta\.dirname/}],
          },

    injectHtmlTags: ({content}) => (historyPages && content.history ? {headTags: feedLinks(siteBase, content.manual.config.title)} : {}),

    async postBuild({content, outDir}) {
      if (historyPages && content.views.amendments) await writeFeeds(outDir, siteConfig, {config: content.manual.config, amendments: content.views.amendments});
      // The data links to the history pages, so it is published with them.
      if (historyPages) await writeDataFiles(siteDir, outDir, manualAsData(content.manual, content.history, content.views.versions, {siteBase, chaptersBase}));
      if (historyPages && releasePdfs && content.history) {
        const siteUrl = new URL(siteConfig.baseUrl, siteConfig.url).href;
        await writeReleasePdfs(outDir, {manual: content.manual, history: content.history, siteBase, chaptersBase, siteUrl});
      }
      await writeWebServerConfig(outDir, historyPages ? renameRedirects(content.history, chaptersBase) : []);
    },
  };
}
