import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import {readManualConfig} from './src/lib/load-manual';
import {MANUAL_CONFIG, resolveOptions} from './src/lib/options';
import {UNPREFETCHED} from './src/components/Navbar/navbar-types';
import {readingPreferencesScript} from './src/components/ReadingToolbar/reading-preferences';
import {manualSidebar} from './src/plugin/sidebar-generator';
import {offlineCopyTransform} from './src/plugin/offline-copy';
import {datedSitemapItems} from './src/plugin/sitemap';
import {GLOSSARY_FILE, GLOSSARY_PATH} from './src/lib/glossary/glossary';
import {glossaryEntries} from './src/node/glossary-fs';
import remarkChapterData from './src/remark/chapter-data';
import remarkChapterSections from './src/remark/chapter-sections';
import remarkContentAsText from './src/remark/content-as-text';
import remarkGlossaryTerms from './src/remark/glossary-terms';

// Docusaurus loads this file with jiti as CommonJS, where import.meta is unavailable.
const siteDir = __dirname;
// The Procedures options, validated once and handed both to the docs plugin
// (where chapters are read and served) and to the procedures plugin; the
// command line reads them from the plugin's entry below. Another manual can be built with
// this site by naming its folder (the benchmarks build a generated one; its
// history sits beside it), or without its history pages (the benchmarks
// compare like with like).
const procedures = resolveOptions({
  docsDir: process.env.PROCEDURES_DOCS ?? 'docs',
  routeBasePath: 'procedures',
  historyPages: process.env.PROCEDURES_HISTORY_PAGES !== 'off',
  // A PDF of each release, printed by every build: off, as it takes longer than the build itself (see README).
  releasePdfs: process.env.PROCEDURES_RELEASE_PDFS === 'on',
  // `npm run edit` runs the editor's file server on this port (the tests run their own beside it). A board publishing
  // the editor names its git host here, as `backend: {name: 'github', repo: 'board/procedures'}` (see README).
  editor: {
    localPort: Number(process.env.PROCEDURES_EDITOR_PORT ?? 8081),
    ...(process.env.PROCEDURES_EDITOR_REPO ? {backend: {name: 'github' as const, repo: process.env.PROCEDURES_EDITOR_REPO}} : {}),
  },
});
const CONFIG_FILE = `${procedures.docsDir}/${MANUAL_CONFIG}`;
// What the saved copy leaves out: past versions' search texts, the published data and feeds, the editor, and the
// file that tells a saved copy a newer release is out; and, by route (offlineCopyTransform), the history pages and
// their code (they say so offline).
const OFFLINE_EXCLUDED = ['search-index/*/past/**', 'data/**', 'feeds/**', 'admin/**', 'amendments/*.json', 'latest-release.json'];

// The navbar and page titles come from the manual's own settings file; the
// plugin reports any problem in it with file and line.
const {config: manual} = readManualConfig({file: CONFIG_FILE, text: readFileSync(path.join(siteDir, CONFIG_FILE), 'utf8')});
const title = manual?.title ?? 'Procedures';

const config: Config = {
  title,
  tagline: manual?.description ?? '',
  url: 'https://procedures.example.org',
  baseUrl: '/',
  trailingSlash: false,
  favicon: 'img/favicon.svg',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  i18n: {defaultLocale: 'en-GB', locales: ['en-GB']},
  markdown: {
    // Chapters are plain CommonMark: editors never meet MDX syntax errors.
    format: 'detect',
    // Flowcharts in ```mermaid blocks: `check` requires a text alternative after each (see README).
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  // Applies the reader's text size and high-visibility choices before the
  // first paint, so a page never flashes in the wrong size or colours.
  headTags: [{tagName: 'script', attributes: {}, innerHTML: readingPreferencesScript()}],
  future: {
    faster: true,
    v4: {removeLegacyPostBuildHeadAttribute: true},
  },
  themes: ['@docusaurus/theme-mermaid'],
  presets: [
    [
      'classic',
      {
        docs: {
          path: procedures.docsDir,
          // Chapters are plain Markdown files directly in the folder: `check` refuses .mdx, other files and
          // sub-folders, and the site never reads them.
          include: ['*.md'],
          // Raw HTML and script links in a chapter render as text, even before `check` has run.
          beforeDefaultRemarkPlugins: [remarkContentAsText],
          routeBasePath: procedures.routeBasePath,
          sidebarPath: './sidebars.ts',
          sidebarItemsGenerator: manualSidebar(siteDir, procedures.docsDir) as never,
          remarkPlugins: [
            remarkChapterSections,
            remarkChapterData,
            [remarkGlossaryTerms, {entries: glossaryEntries(siteDir, `${procedures.docsDir}/${GLOSSARY_FILE}`), href: GLOSSARY_PATH}],
          ],
          breadcrumbs: true,
        },
        blog: false,
        // The page a saved copy shows offline in place of a page it lacks is not for search engines.
        sitemap: {lastmod: 'date', createSitemapItems: datedSitemapItems(siteDir, procedures), ignorePatterns: ['/offline']},
        theme: {customCss: ['./src/css/custom.css', './src/css/reading.css', './src/css/print.css']},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    ['./src/plugin/index.ts', procedures],
    [
      '@docusaurus/plugin-pwa',
      {
        // After one visit the whole current manual is saved for reading with no network: every chapter, the search
        // index and the code (see README, "Reading offline").
        offlineModeActivationStrategies: ['always'],
        swCustom: path.join(siteDir, 'src/sw/offline-pages.js'),
        injectManifestConfig: {globIgnores: OFFLINE_EXCLUDED, manifestTransforms: [offlineCopyTransform(siteDir, procedures)]},
        pwaHead: [
          {tagName: 'link', rel: 'manifest', href: '/manifest.webmanifest'},
          {tagName: 'meta', name: 'theme-color', content: '#1d4f91'},
        ],
      },
    ],
  ],
  // Following a search result highlights the words searched for where it lands.
  clientModules: ['./src/client/search-highlight.ts'],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title,
      items: [
        {type: 'docSidebar', sidebarId: 'manual', position: 'left', label: 'Procedures'},
        // The glossary's page exists only when the manual has one.
        ...(existsSync(path.join(siteDir, procedures.docsDir, GLOSSARY_FILE)) ? [{to: GLOSSARY_PATH, position: 'left' as const, label: 'Glossary'}] : []),
        ...(procedures.historyPages
          ? [
              // Their pages' data grows with the manual: not downloaded with every page (see UnprefetchedNavbarItem).
              {type: UNPREFETCHED, to: '/amendments', position: 'left' as const, label: 'Amendments'},
              {type: UNPREFETCHED, to: '/point-in-time', position: 'left' as const, label: 'On a date'},
            ]
          : []),
      ],
    },
    footer: {
      style: 'dark',
      copyright: `${manual?.board ?? ''}. Always check the online manual for the current version of a procedure.`,
    },
    prism: {additionalLanguages: []},
    // Strict: labels are text, never HTML, and diagrams cannot link or run script.
    mermaid: {options: {securityLevel: 'strict'}},
  } satisfies Preset.ThemeConfig,
};

export default config;
