import {expect, it} from 'vitest';
import {loadManual} from './load-manual';
import {sidebarItems} from './sidebar';

it('groups chapters by part, ordered by number, labelled with number and title', () => {
  const config = {
    file: 'docs/manual.yml',
    text: 'title: T\nboard: B\ndescription: D\nparts:\n  - {id: a, number: 1, title: Alpha, description: x}\n  - {id: empty, number: 2, title: Empty, description: y}\naudiences:\n  - {id: all, title: All}\n',
  };
  const chapter = (id: string, number: string) => ({
    file: `docs/${id}.md`,
    text: `---\nid: ${id}\nnumber: "${number}"\ntitle: T ${id}\npart: a\nversion: 1\neffective: 2008-01-01\nreview: 2027-01-01\nowner: O\naudience: [all]\n---\n\n## S\n\nText.\n`,
  });
  const {manual} = loadManual(config, [chapter('ten', '1.10'), chapter('two', '1.2'), chapter('gone', '1.3')]);
  const items = sidebarItems(manual!, (file) => (file === 'docs/gone.md' ? undefined : file.slice(5, -3)));
  expect(items).toEqual([
    {
      type: 'category',
      label: 'Part 1: Alpha',
      collapsible: true,
      collapsed: true,
      link: {type: 'generated-index', slug: '/part/a', title: 'Part 1: Alpha', description: 'x'},
      items: [
        {type: 'doc', id: 'two', label: '1.2 T two'},
        {type: 'doc', id: 'ten', label: '1.10 T ten'},
      ],
    },
  ]);
});
