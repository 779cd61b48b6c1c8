import type {Compiler} from 'webpack';
import {buildSearchIndex} from '../lib/search/build-index';
import type {DocSource} from '../lib/search/sources';
import {sha256} from '../node/read-manual-fs';

const NAME = 'procedures-data-assets';

/** Data files the browser fetches, by path below the site root, and the folder they are served from. */
export interface HashedFiles {
  /** `<folder>/<hash>`: a new folder whenever the files change, so browsers may cache a folder for good. */
  dir: string;
  files: Map<string, string>;
}
export type SearchIndexFiles = HashedFiles;

/** Files as JSON in a folder named by their content. */
export function hashedFiles(folder: string, values: Iterable<readonly [string, unknown]>): HashedFiles {
  const texts = [...values].map(([name, value]) => [name, JSON.stringify(value)] as const);
  const dir = `${folder}/${sha256(texts.map(([name, text]) => `${name}\n${text}`).join('\n')).slice(0, 12)}`;
  return {dir, files: new Map(texts.map(([name, text]) => [`${dir}/${name}`, text]))};
}

/** Builds the index from what the search covers, with the same core code the CLI uses. */
export function searchIndexFiles(sources: readonly DocSource[]): SearchIndexFiles {
  return hashedFiles('search-index', buildSearchIndex(sources));
}

/**
 * Emits data files (the search index, what each release published) as
 * assets of the client bundle, so the dev server serves them from memory
 * and a production build writes them to the output folder: one path for
 * `npm start` and `npm run build`. Files are read at each compilation, so
 * an edit that reloads the manual also re-emits them.
 */
export class DataAssets {
  constructor(private readonly current: () => readonly (HashedFiles | undefined)[]) {}

  apply(compiler: Compiler): void {
    const {Compilation, sources} = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL}, () => {
        for (const set of this.current()) for (const [file, text] of set?.files ?? []) compilation.emitAsset(file, new sources.RawSource(text));
      });
    });
  }
}
