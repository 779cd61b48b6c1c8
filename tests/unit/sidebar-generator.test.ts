import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
import {manualSidebar} from '../../src/plugin/sidebar-generator';

const CONFIG = 'title: T\nboard: B\ndescription: D\nparts:\n  - {id: core, number: 2, title: Core, description: x}\naudiences:\n  - {id: all, title: All}\n';

it('places a chapter whose number is written without quotes exactly as a quoted one', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'procedures-sidebar-'));
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs', 'manual.yml'), CONFIG);
  const chapter = (id: string, number: string) => `---\nid: ${id}\nnumber: ${number}\ntitle: T ${id}\npart: core\n---\n\n## A\n\nText.\n`;
  writeFileSync(path.join(root, 'docs', 'ten.md'), chapter('ten', '2.10'));
  writeFileSync(path.join(root, 'docs', 'two.md'), chapter('two', '"2.2"'));
  // As the docs plugin hands them over: YAML has read the unquoted 2.10 as the number 2.1.
  const docs = [
    {id: 'ten', source: '@site/docs/ten.md', frontMatter: {number: 2.1, title: 'T ten', part: 'core'}},
    {id: 'two', source: '@site/docs/two.md', frontMatter: {number: '2.2', title: 'T two', part: 'core'}},
  ];
  const [part] = (await manualSidebar(root, 'docs')({docs, defaultSidebarItemsGenerator: async () => []})) as {items: unknown[]}[];
  expect(part!.items).toEqual([
    {type: 'doc', id: 'two', label: '2.2 T two'},
    {type: 'doc', id: 'ten', label: '2.10 T ten'},
  ]);
});
