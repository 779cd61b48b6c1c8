import {existsSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {manualAsData} from '../lib/data/manual-as-data';
import {GLOSSARY_FILE, GLOSSARY_PATH} from '../lib/glossary/glossary';
import {glossaryPageData} from '../lib/pages/glossary-page';
import {isoDate} from '../lib/dates';
import type {History} from '../lib/history/load-history';
import {chapterPages, homeData, manualData, PLUGIN_NAME, releasedChapters} from '../lib/manual-data';
import type {Manual} from '../lib/model';
import {MANUAL_CONFIG, resolveOptions, type ProceduresOptions, type ProceduresOptionsInput} from '../lib/options';
import {renameRedirects} from '../lib/pages/redirects';
import {LATEST_RELEASE_FILE, RELEASE_META} from '../lib/pages/urls';
import {siteViews, type SiteViews} from '../lib/site-views';
import {readManual, sha256} from '../node/read-manual-fs';
import {writeDataFiles} from './data-files';
import {writeReleasePdfs} from './release-pdfs';
import {feedLinks, writeFeeds} from './feeds';
import {manualFeeds} from '../lib/feeds/feed-models';
import {createHistoryPages} from './pages';
import {writeWebServerConfig} from './web-server';
import {writeWebAppManifest} from './web-app-manifest';
import {failOnErrors, keepServing} from './report-problems';
import {editorApiOrigins} from '../lib/editor/editor-config';
import {editorSettings} from '../lib/editor/editor-settings';
import type {Problem} from '../lib/problems';
import {writeEditorFiles} from '../node/editor-files';
import {DataAssets, hashedFiles, searchIndexFiles, type HashedFiles, type SearchIndexFiles} from './search-index';
import {writeChapterData} from './chapter-data';

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
  /** In the dev site, the manual's problems, shown on the pages they affect; a build has none, as it stops on them. */
  problems: Problem[];
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

interface DocsContent {
  loadedVersions: {docs: {source: string; permalink: string}[]}[];
}

/**
 * The manual as a Docusaurus plugin: a thin shell over the core. The docs
 * plugin renders current chapters; this one validates the manual before
 * anything is rendered, gives each chapter page its own data module (so no
 * page carries the whole manual), adds the home page and the history
 * pages, the amendments page, the manual on a date and the feeds, builds
 * the search index, publishes the manual as data, and writes the web
 * server's policy for the build.
 */
export default function proceduresPlugin(context: LoadContext, options: PluginOptions): Plugin<Content> {
  const {siteDir, siteConfig} = context;
  const {docsDir, historyDir, historyPages, releasePdfs, routeBasePath, editor} = options;
  const siteBase = siteConfig.baseUrl.replace(/\/$/, '');
  const chaptersBase = `${siteBase}/${routeBasePath}`;
  // `npm start` and `npm run edit`: pages keep being served while the manual has problems, and the editor is at /admin/.
  const dev = process.env.NODE_ENV === 'development';
  const editorDir = path.join(context.generatedFilesDir, 'procedures-editor');
  const glossaryFile = path.join(siteDir, docsDir, GLOSSARY_FILE);
  const settingsFor = (manual: Manual, history: History | undefined) =>
    editorSettings(manual, history, {
      docsDir,
      chaptersBase,
      siteBase,
      ...(editor.backend ? {backend: editor.backend} : {}),
      ...(dev ? {localPort: editor.localPort} : {}),
    });
  let lastGood: Manual | undefined;
  // The bundler plugin outlives content reloads in `npm start`: it reads the latest index and release data.
  let latestIndex: SearchIndexFiles | undefined;
  let latestReleased: HashedFiles | undefined;
  // What loadContent has just read, not yet used by allContentLoaded: the dev site need not read it again.
  let loadedContent: Content | undefined;

  async function load(): Promise<Content> {
    const today = isoDate(new Date());
    // The search index and the history pages read every released version.
    const result = await readManual({root: siteDir, docsDir, historyDir, routeBasePath, today, parseHistory: true});
    const {manual, problems} = dev ? keepServing(result, lastGood) : {manual: failOnErrors(result), problems: []};
    lastGood = manual;
    if (dev) await writeEditorFiles(editorDir, settingsFor(manual, result.history));
    // Every view the pages, feeds and search index share, computed once.
    const views = siteViews(manual, result.history, chaptersBase, sha256, {
      releasePdfs: historyPages && releasePdfs,
      glossaryUrl: `${siteBase}${GLOSSARY_PATH}`,
    });
    latestIndex = searchIndexFiles(views.search);
    return {manual, ...(result.history ? {history: result.history} : {}), views, search: latestIndex, problems};
  }

  return {
    name: PLUGIN_NAME,

    // Chapter files are the docs plugin's to watch: Docusaurus reloads each plugin watching a saved file at once, and the
    // last to finish overwrites the others' routes (a new chapter's page went missing). A saved chapter reloads the docs
    // plugin, which runs allContentLoaded below, where the dev site reads the manual again.
    getPathsToWatch: () => [path.join(siteDir, docsDir, MANUAL_CONFIG), glossaryFile, path.join(siteDir, historyDir, '**/*.{md,yml}')],

    async loadContent() {
      loadedContent = await load();
      return loadedContent;
    },

    async contentLoaded({content, actions}) {
      if (historyPages) await createHistoryPages(content, actions, {siteBase, routeBasePath});
      if (content.manual.glossary) {
        const data = await actions.createData('glossary.json', JSON.stringify(glossaryPageData(content.manual, content.manual.glossary, chaptersBase)));
        actions.addRoute({path: `${siteBase}${GLOSSARY_PATH}`, component: '@site/src/components/Glossary/GlossaryPage.tsx', exact: true, modules: {data}});
      }
      if (dev) actions.addRoute({path: `${siteBase}/problems`, component: '@site/src/components/Problems/ProblemsPage.tsx', exact: true});
    },

    async allContentLoaded({allContent, actions}) {
      const fresh = loadedContent;
      loadedContent = undefined;
      // In the dev site this also runs after a saved chapter reloaded the docs plugin alone (see getPathsToWatch).
      const content = dev && !fresh ? await load() : (allContent[PLUGIN_NAME]?.default as Content);
      const {manual, history: released, search, problems} = content;
      // Without its pages, the history is not linked from anywhere.
      const history = historyPages ? released : undefined;
      const docs = (allContent[DOCS_PLUGIN]?.default as DocsContent).loadedVersions.flatMap((v) => v.docs);
      const files = docs.map((doc) => doc.source.replace(/^@site\//, ''));
      const permalinks = new Map(docs.map((doc, i) => [files[i]!, doc.permalink]));
      const urls = {permalinkOf: (file: string) => permalinks.get(file) ?? '', siteBase, chaptersBase};
      await writeChapterData(context.generatedFilesDir, files, chapterPages(manual, history, urls));
      latestReleased = history && hashedFiles('releases', [['chapters.json', releasedChapters(manual, history, urls)]]);
      const home = await actions.createData('home.json', JSON.stringify(homeData(manual, history, urls)));
      actions.addRoute({path: `${siteBase}/`, component: '@site/src/components/Home/HomePage.tsx', exact: true, modules: {data: home}});
      actions.setGlobalData({
        ...manualData(manual, history, urls),
        searchIndexUrl: `${siteBase}/${search.dir}`,
        ...(latestReleased ? {releasedUrl: `${siteBase}/${latestReleased.dir}/chapters.json`} : {}),
        dataPublished: historyPages,
        ...(dev ? {problems, problemsUrl: `${siteBase}/problems`} : {}),
      });
    },

    configureWebpack: (_config, isServer) =>
      isServer
        ? {}
        : {
            plugins: [new DataAssets(() => [latestIndex, latestReleased])],
            // The dev server serves the editor's files from where loadContent writes them.
            ...(dev ? {devServer: {static: [{directory: editorDir, publicPath: `${siteBase}/admin/`, watch: false}]}} : {}),
            // Chapters are compiled with the glossary's terms linked (remark/glossary-terms): a changed glossary
            // invalidates the bundler's persistent cache, as a changed site config does.
            ...(process.env.DOCUSAURUS_NO_PERSISTENT_CACHE || !existsSync(glossaryFile) ? {} : {experiments: {cache: {buildDependencies: [glossaryFile]}}}),
            // FlexSearch's bundle carries Node worker code that reads import.meta.dirname; browsers never run it.
            ignoreWarnings: [{module: /node_modules[\\/]flexsearch[\\/]/, message: /import\.meta\.dirname/}],
          },

    injectHtmlTags: ({content}) => {
      const latest = content.history?.releases.at(-1);
      return {
        headTags: [
          ...(historyPages && content.history ? feedLinks(siteBase, content.manual.config.title) : []),
          // A saved copy of the site compares this with the latest release's file to say what it is missing.
          ...(latest ? [{tagName: 'meta', attributes: {name: RELEASE_META, content: latest.date}}] : []),
        ],
      };
    },

    async postBuild({content, outDir}) {
      if (historyPages && content.views.amendments) {
        const feeds = manualFeeds(content.manual, content.views.amendments, {siteBase, chaptersBase});
        await writeFeeds(
          outDir,
          feeds,
          {origin: siteConfig.url.replace(/\/$/, ''), board: content.manual.config.board, language: siteConfig.i18n.defaultLocale},
          siteBase,
        );
      }
      await writeWebAppManifest(outDir, content.manual.config, siteBase);
      const latest = content.history?.releases.at(-1);
      if (latest) await writeFile(path.join(outDir, LATEST_RELEASE_FILE), `${JSON.stringify({title: latest.title, date: latest.date})}\n`);
      // The data links to the history pages, so it is published with them.
      if (historyPages) await writeDataFiles(siteDir, outDir, manualAsData(content.manual, content.history, content.views.versions, {siteBase, chaptersBase}));
      if (historyPages && releasePdfs && content.history) {
        const siteUrl = new URL(siteConfig.baseUrl, siteConfig.url).href;
        await writeReleasePdfs(outDir, {manual: content.manual, history: content.history, siteBase, chaptersBase, siteUrl});
      }
      // With a team's git host configured, the published site carries the editor; it signs in through that host.
      if (editor.backend) await writeEditorFiles(path.join(outDir, 'admin'), settingsFor(content.manual, content.history));
      await writeWebServerConfig(
        outDir,
        historyPages ? renameRedirects(content.history, chaptersBase) : [],
        editor.backend ? {connect: editorApiOrigins(editor.backend)} : undefined,
      );
    },
  };
}
