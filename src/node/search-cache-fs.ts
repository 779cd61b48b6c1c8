import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {CACHE_ROOT, coreVersion} from './parse-cache-fs';

const CACHE_DIR = path.join(CACHE_ROOT, 'search');
/** Written last: a folder without it was cut short and is not used. */
const COMPLETE = '.complete';

/** Reads one of the index's files, as the search engine asks for them. */
export type LoadIndexFile = (name: string) => Promise<unknown>;

/**
 * What the search index is built from: the core's code, the address prefix
 * and every file below the manual and history folders, by path and content.
 * Reading the files costs a fraction of parsing them.
 */
export async function searchIndexKey(root: string, folders: readonly string[], routeBasePath: string): Promise<string> {
  const hash = createHash('sha256').update(coreVersion()).update('\0').update(routeBasePath);
  for (const folder of folders) {
    const dir = path.resolve(root, folder);
    if (!existsSync(dir)) continue;
    const files = (await readdir(dir, {recursive: true, withFileTypes: true}))
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    // Read one after another: thousands of small files go faster so than through the event loop.
    for (const file of files) hash.update('\0').update(path.relative(root, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * The search index for a key, from the cache when the manual has not changed
 * since it was built, else built and kept for next time, replacing the one
 * before. The engine reads only the files a query needs.
 */
export async function cachedSearchIndex(
  key: string,
  build: () => Promise<Map<string, unknown> | undefined>,
  dir = CACHE_DIR,
): Promise<LoadIndexFile | undefined> {
  const folder = path.join(dir, key);
  const fromDisk: LoadIndexFile = async (name) => JSON.parse(await readFile(path.join(folder, path.basename(name)), 'utf8')) as unknown;
  if (existsSync(path.join(folder, COMPLETE))) return fromDisk;
  const files = await build();
  if (!files) return undefined;
  await keep(dir, folder, files).catch(() => undefined); // A cache that cannot be written only costs time.
  return async (name) => files.get(name);
}

async function keep(dir: string, folder: string, files: ReadonlyMap<string, unknown>): Promise<void> {
  const partial = `${folder}.partial-${process.pid}`;
  await mkdir(partial, {recursive: true});
  await Promise.all([...files].map(([name, value]) => writeFile(path.join(partial, path.basename(name)), JSON.stringify(value))));
  await writeFile(path.join(partial, COMPLETE), '');
  // Only the latest index is kept: an older manual's index is never asked for again.
  for (const old of await readdir(dir)) if (path.join(dir, old) !== partial) await rm(path.join(dir, old), {recursive: true, force: true});
  await rename(partial, folder);
}
