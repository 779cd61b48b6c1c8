import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {sortProblems} from '../../src/lib/problems';
import {readManual} from '../../src/node/read-manual-fs';

// One folder a rule: a small valid manual with a single mistake, and in
// expected.txt the `file:line:col  CODE` of each problem it must cause.
const CORPUS = 'tests/fixtures/broken';
const cases = readdirSync(CORPUS).sort();

describe('the broken-manual corpus', () => {
  it('has at least 30 manuals', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s: reports the mistake at its file and line', async (name) => {
    const root = path.join(CORPUS, name);
    const expected = readFileSync(path.join(root, 'expected.txt'), 'utf8').trim().split('\n');
    const {problems} = await readManual({root, docsDir: 'docs', today: '2026-11-24'});
    expect(sortProblems(problems).map((p) => `${p.file}:${p.line}:${p.col}  ${p.code}`)).toEqual(expected);
    for (const p of problems) {
      expect(p.message.length, p.code).toBeGreaterThan(10);
      expect(p.hint, `${p.code} has a hint`).toBeTruthy();
    }
  });
});
