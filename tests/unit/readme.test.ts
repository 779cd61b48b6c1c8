import {existsSync, readdirSync, readFileSync} from 'node:fs';
import type {Root, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {CODES} from '../../src/lib/problems';
import {CHAPTER_FIELDS, REQUIRED_CHAPTER_FIELDS} from '../../src/lib/schema';

const readme = unified().use(remarkParse).use(remarkGfm).parse(readFileSync('README.md', 'utf8')) as Root;

/** First-column cells of the README table whose header starts with `header`. */
function firstColumn(header: string): string[][] {
  let rows: string[][] = [];
  visit(readme, 'table', (table: Table) => {
    const [head, ...body] = table.children;
    if (head && toString(head.children[0]!) === header) rows = body.map((row) => row.children.map((cell) => toString(cell)));
  });
  return rows;
}

describe('the README', () => {
  it('documents every frontmatter field of the schema, and only those', () => {
    const rows = firstColumn('field');
    expect(rows.map((r) => r[0]).sort()).toEqual([...CHAPTER_FIELDS].sort());
    expect(
      rows
        .filter((r) => r[1] === 'yes')
        .map((r) => r[0])
        .sort(),
    ).toEqual([...REQUIRED_CHAPTER_FIELDS].sort());
  });

  it('documents every problem code, and only those', () => {
    expect(
      firstColumn('code')
        .map((r) => r[0]!.split(' ')[0])
        .sort(),
    ).toEqual(Object.keys(CODES).sort());
  });

  it('gives the test command that CI runs', () => {
    const quickStart = readFileSync('README.md', 'utf8').match(/^(npm ci && npm test)\b/m)?.[1];
    expect(quickStart).toBe('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toContain(`\n${quickStart}\n`);
  });

  it('lists every source and test folder in its project layout', () => {
    const layout = readFileSync('README.md', 'utf8').split('## Project layout')[1]!.split('```')[1]!;
    const listed = new Set(layout.split('\n').map((line) => line.split(/\s+/)[0]));
    const folders = ['src', 'src/lib', 'src/components', 'scripts', 'tests'].flatMap((parent) =>
      readdirSync(parent, {withFileTypes: true}).flatMap((e) => (e.isDirectory() && e.name !== 'theme' ? [`${parent}/${e.name}/`] : [])),
    );
    expect(folders.filter((f) => !['src/components/', 'src/lib/'].includes(f) && !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => f?.endsWith('/') && !existsSync(f))).toEqual([]);
  });

  it('lists every swizzled theme component in its table', () => {
    const swizzled = readdirSync('src/theme', {recursive: true, withFileTypes: true})
      .filter((e) => e.name === 'index.tsx')
      .map((e) => e.parentPath.replace(/^src\/theme\/?/, ''))
      .sort();
    expect(
      firstColumn('component')
        .map((r) => r[0])
        .sort(),
    ).toEqual(swizzled);
  });
});
