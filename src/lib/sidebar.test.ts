import {expect, it} from 'vitest';
import {sidebarItems} from './sidebar';

it('groups chapters by part, ordered by number, labelled with number and title', () => {
  const parts = [
    {id: 'a', number: 1, title: 'Alpha', description: 'x'},
    {id: 'empty', number: 2, title: 'Empty', description: 'y'},
  ];
  const chapter = (docId: string, number: string) => ({docId, number, title: `T ${docId}`, part: 'a'});
  expect(sidebarItems(parts, [chapter('ten', '1.10'), chapter('two', '1.2'), chapter('nine', '1.9')])).toEqual([
    {
      type: 'category',
      label: 'Part 1: Alpha',
      collapsible: true,
      collapsed: true,
      link: {type: 'generated-index', slug: '/part/a', title: 'Part 1: Alpha', description: 'x'},
      items: [
        {type: 'doc', id: 'two', label: '1.2 T two'},
        {type: 'doc', id: 'nine', label: '1.9 T nine'},
        {type: 'doc', id: 'ten', label: '1.10 T ten'},
      ],
    },
  ]);
});
