import {expect, it} from 'vitest';
import {readManual} from '../../src/node/read-manual-fs';

/** Paths of every function-valued property below `value`. */
function functionsIn(value: unknown, at = 'manual', seen = new Set<unknown>()): string[] {
  if (typeof value === 'function') return [at];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const entries = value instanceof Map ? [...value] : Object.entries(value);
  return entries.flatMap(([key, child]) => functionsIn(child, `${at}.${String(key)}`, seen));
}

it('reads the manual as plain data, which crosses threads and caches unchanged', async () => {
  const {manual} = await readManual({root: '.', docsDir: 'docs'});
  expect(functionsIn(manual)).toEqual([]);
  expect(structuredClone(manual)).toEqual(manual);
});
