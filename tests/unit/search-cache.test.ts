import {mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cachedSearchIndex, searchIndexKey} from '../../src/node/search-cache-fs';

const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `procedures-${name}-`));

function manualFolder(): string {
  const root = temp('search-key');
  mkdirSync(path.join(root, 'docs'));
  mkdirSync(path.join(root, 'history', 'a'), {recursive: true});
  writeFileSync(path.join(root, 'docs', 'a.md'), 'A, version 2');
  writeFileSync(path.join(root, 'history', 'a', 'v1.md'), 'A, version 1');
  return root;
}

describe('the command line search index cache', () => {
  it('is keyed by every file of the manual and its history, and by the address prefix', async () => {
    const root = manualFolder();
    const key = () => searchIndexKey(root, ['docs', 'history'], 'procedures');
    const first = await key();
    expect(await key()).toBe(first);
    writeFileSync(path.join(root, 'history', 'a', 'v1.md'), 'A, version 1, altered');
    const altered = await key();
    expect(altered).not.toBe(first);
    writeFileSync(path.join(root, 'docs', 'b.md'), 'B');
    expect(await key()).not.toBe(altered);
    expect(await searchIndexKey(root, ['docs', 'history'], 'manual')).not.toBe(await key());
  });

  it('builds the index once for a key, then reads it from disk, keeping only the latest', async () => {
    const dir = temp('search-cache');
    let builds = 0;
    const build = async () => (builds++, new Map<string, unknown>([['manifest.json', {built: builds}]]));
    const first = await cachedSearchIndex('k1', build, dir);
    expect(await first!('manifest.json')).toEqual({built: 1});
    const again = await cachedSearchIndex('k1', build, dir);
    expect(await again!('manifest.json')).toEqual({built: 1});
    expect(builds).toBe(1);
    await cachedSearchIndex('k2', build, dir);
    expect(builds).toBe(2);
    expect(readdirSync(dir)).toEqual(['k2']);
  });

  it('keeps nothing when the manual does not load', async () => {
    const dir = temp('search-cache');
    expect(await cachedSearchIndex('k1', async () => undefined, dir)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });
});
