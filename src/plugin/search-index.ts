import type {Compiler} from 'webpack';
import {buildSearchIndex} from '../lib/search/build-index';
import type {DocSource} from '../lib/search/sources';
import {sha256} from '../node/read-manual-fs';

const NAME = 'procedures-search-index';

/** The search index's files by path below the site root, and the folder they are served from. */
export interface SearchIndexFiles {
  /** `search-index/<hash>`: a new folder whenever the index changes, so browsers may cache a folder for good. */
  dir: string;
  files: Map<string, string>;
}

/** Builds the index from what the search covers, with the same core code the CLI uses. */
export function searchIndexFiles(sources: readonly DocSource[]): SearchIndexFiles {
  const texts = [...buildSearchIndex(sources)].map(([name, value]) => [name, JSON.stringify(value)] as const);
  const dir = `search-index/${sha256(texts.map(([name, text]) => `${name}\n${text}`).join('\n')).slice(0, 12)}`;
  return {dir, files: new Map(texts.map(([name, text]) => [`${dir}/${name}`, text]))};
}

/**
 * Emits the index's files as assets of the client bundle, so the dev
 * server serves them from memory and a production build writes them to the
 * output folder: one path for `npm start` and `npm run build`. Files are
 * read at each compilation, so an edit that reloads the manual also
 * re-emits the index.
 */
export class SearchIndexAssets {
  constructor(private readonly current: () => SearchIndexFiles | undefined) {}

  apply(compiler: Compiler): void {
    const {Compilation, sources} = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL}, () => {
        for (const [file, text] of this.current()?.files ?? []) compilation.emitAsset(file, new sources.RawSource(text));
      });
    });
  }
}
