import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
import {parseChapter} from '../../src/lib/parse-chapter';
import {ParseCache} from '../../src/node/parse-cache-fs';

const source = {
  file: 'docs/a.md',
  text: '---\nid: a\nnumber: "1.1"\ntitle: A\npart: core\nversion: 1\neffective: 2008-04-01\nreview: 2027-04-01\nowner: O\naudience: [all]\n---\n\n## Scope\n\nText.\n',
};

it('gives back what was parsed, for the same path and text only', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'procedures-cache-'));
  const cache = new ParseCache(dir);
  const parsed = parseChapter(source);
  expect(cache.get(source)).toBeUndefined();
  cache.set(source, parsed);

  const again = new ParseCache(dir).get(source)!;
  expect(again).toEqual(parsed);
  expect(cache.get({...source, text: source.text.replace('Text.', 'Changed.')})).toBeUndefined();
  expect(cache.get({...source, file: 'docs/b.md'})).toBeUndefined();
});
