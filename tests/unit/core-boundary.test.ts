import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

/** Lints `code` as if it were the file at `filePath`, with the project's own configuration. */
async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({cwd: process.cwd()}).lintText(code, {filePath});
  return result!.messages.map((m) => `${m.ruleId}: ${m.message.split('.')[0]}`);
}

describe('the pure core cannot import its shells', () => {
  it.each([
    ['react', "export {useState} from 'react';"],
    ['@docusaurus/*', "export {default} from '@docusaurus/Link';"],
    ['node:*', "export {readFile} from 'node:fs/promises';"],
    ['a bare Node built-in', "export {join} from 'path';"],
  ])('refuses %s in src/lib', async (_, code) => {
    expect(await ruleIdsFor('src/lib/example.ts', `${code}\n`)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it('refuses a relative import that leaves src/lib, at any depth', async () => {
    expect(await ruleIdsFor('src/lib/example.ts', "import '../remark/chapter-sections';\n")).toHaveLength(1);
    expect(await ruleIdsFor('src/lib/history/example.ts', "import '../../plugin/feeds';\n")).toHaveLength(1);
  });

  it('allows imports within the core and of pure libraries', async () => {
    expect(await ruleIdsFor('src/lib/history/example.ts', "import '../model';\nimport '../search/engine';\nimport 'zod';\n")).toEqual([]);
  });

  it('leaves the shells free to use Node and React', async () => {
    expect(await ruleIdsFor('src/plugin/example.ts', "import 'node:fs';\nimport 'react';\n")).toEqual([]);
  });
});
