import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import * as chapterVersions from '../../src/lib/history/chapter-versions';
import * as amendments from '../../src/lib/pages/amendments';
import proceduresPlugin, {validateOptions} from '../../src/plugin';

// Count the derived views: each must be computed once per build, however many pages, feeds and indexes read it.
vi.mock('../../src/lib/history/chapter-versions', {spy: true});
vi.mock('../../src/lib/pages/amendments', {spy: true});

const SITE = {baseUrl: '/', url: 'https://procedures.example.org', i18n: {defaultLocale: 'en-GB'}};

/** Runs the plugin as a production build does: load, create pages, write feeds. */
async function build(routeBasePath: string) {
  const options = validateOptions({validate: () => undefined as never, options: {docsDir: 'docs', routeBasePath}});
  const plugin = proceduresPlugin({siteDir: process.cwd(), siteConfig: SITE, generatedFilesDir: '.docusaurus'} as LoadContext, options) as Plugin<unknown>;
  const content = await plugin.loadContent!();
  const routes: {path: string; data: string}[] = [];
  const data = new Map<string, string>();
  const actions = {
    createData: async (name: string, text: string) => (data.set(name, text), name),
    addRoute: ({path: route, modules}: {path: string; modules: {data: string}}) => routes.push({path: route, data: data.get(modules.data)!}),
  };
  await plugin.contentLoaded!({content, actions} as never);
  const outDir = mkdtempSync(path.join(tmpdir(), 'procedures-plugin-'));
  await plugin.postBuild!({content, outDir} as never);
  return {content: content as {search: {files: Map<string, string>}}, routes, outDir};
}

describe('the procedures plugin', () => {
  beforeEach(() => vi.clearAllMocks());

  it('computes each derived view once per build', async () => {
    const {routes} = await build('procedures');
    expect(routes.length).toBeGreaterThan(50);
    // One call for the whole manual, shared by history, version and compare pages and the search index.
    expect(chapterVersions.allChapterVersions).toHaveBeenCalledTimes(1);
    expect(amendments.amendmentsData).toHaveBeenCalledTimes(1);
  });

  it('serves chapters, history, search results and feeds under another address prefix', async () => {
    const {routes, content, outDir} = await build('manual');
    const paths = routes.map((r) => r.path);
    expect(paths).toContain('/manual/child-abuse-and-ict/history');
    expect(paths).toContain('/manual/child-abuse-and-ict/v1');
    expect(paths.filter((p) => p.startsWith('/procedures'))).toEqual([]);
    const amendmentsPage = routes.find((r) => r.path === '/amendments')!.data;
    expect(amendmentsPage).toContain('"/manual/child-abuse-and-ict/v2"');
    expect(amendmentsPage).not.toContain('/procedures/');
    const searchText = [...content.search.files.values()].join('\n');
    expect(searchText).toContain('"/manual/child-abuse-and-ict"');
    expect(searchText).not.toContain('/procedures/');
    const rss = readFileSync(path.join(outDir, 'amendments', 'rss.xml'), 'utf8');
    expect(rss).toContain('https://procedures.example.org/amendments#february-2009');
  });

  it('refuses options it does not know, naming them', () => {
    expect(() => validateOptions({validate: () => undefined as never, options: {docsDir: 'docs', routeBase: 'x'} as never})).toThrow(
      'Invalid Procedures options:\n  options: Unrecognized key: "routeBase"',
    );
  });
});
