import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {manualData, PLUGIN_NAME} from '../lib/manual-data';
import type {Manual} from '../lib/model';
import {readManual} from '../node/read-manual-fs';
import {failOnErrors} from './report-problems';

export interface PluginOptions {
  /** The manual folder, relative to the site (the docs plugin's `path`). */
  docsDir: string;
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

interface DocsContent {
  loadedVersions: {docs: {source: string; permalink: string}[]}[];
}

/**
 * The manual as a Docusaurus plugin: a thin shell over the core. The docs
 * plugin renders chapters; this one validates the manual before anything is
 * rendered and gives the theme what chapter pages need.
 */
export default function proceduresPlugin(context: LoadContext, options: PluginOptions): Plugin<Manual> {
  const {siteDir} = context;
  return {
    name: PLUGIN_NAME,

    getPathsToWatch: () => [path.join(siteDir, options.docsDir, '**/*.{md,yml}')],

    async loadContent() {
      const today = new Date().toISOString().slice(0, 10);
      return failOnErrors(await readManual({root: siteDir, docsDir: options.docsDir, today}));
    },

    async allContentLoaded({allContent, actions}) {
      const manual = allContent[PLUGIN_NAME]?.default as Manual;
      const docs = (allContent[DOCS_PLUGIN]?.default as DocsContent).loadedVersions.flatMap((v) => v.docs);
      const permalinks = new Map(docs.map((doc) => [doc.source.replace(/^@site\//, ''), doc.permalink]));
      actions.setGlobalData(manualData(manual, (file) => permalinks.get(file) ?? ''));
    },
  };
}
