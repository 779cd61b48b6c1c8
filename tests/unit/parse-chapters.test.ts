import {expect, it} from 'vitest';
import {positionFinder} from '../../src/lib/read-yaml';
import {parseChapter} from '../../src/lib/parse-chapter';
import {parseChapters} from '../../src/node/parse-chapters-fs';

it('parses a large manual in worker threads with the same results, in order', async () => {
  const sources = Array.from({length: 240}, (_, i) => ({
    file: `docs/chapter-${i}.md`,
    text: `---\nid: chapter-${i}\nnumber: "1.${i + 1}"\ntitle: Chapter ${i}\npart: core\nversion: 1\neffective: 2008-04-01\nreview: 2027-04-01\nowner: O\naudience: [all, police]\n---\n\n## Scope ${i}\n\nSee [the next](chapter-${i + 1}.md#scope).\n`,
  }));
  // No fallback: a worker that fails to start fails the test.
  const parsed = await parseChapters(sources, {fallback: false});
  expect(parsed.map((p) => p.file)).toEqual(sources.map((s) => s.file));
  const [inThread, fromWorker] = [parseChapter(sources[1]!), parsed[1]!];
  expect(fromWorker).toEqual(inThread);
  expect(positionFinder(fromWorker.positions)(['audience', 1])).toEqual({line: 10, col: 17});
});
