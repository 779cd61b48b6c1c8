import {compareChapterNumbers} from './chapter-number';
import type {Part} from './schema';

/** The shapes Docusaurus expects from a sidebar items generator. */
export interface SidebarDoc {
  type: 'doc';
  id: string;
  label: string;
}
export interface SidebarCategory {
  type: 'category';
  label: string;
  collapsible: true;
  collapsed: boolean;
  /** Each part gets its own page listing its chapters. */
  link: {type: 'generated-index'; slug: string; title: string; description: string};
  items: SidebarDoc[];
}

/** Where a part's page is, below the docs route ("/procedures/part/introduction"). */
export function partSlug(partId: string): string {
  return `/part/${partId}`;
}

/** What the navigation needs of a chapter: the docs plugin's id for it and its frontmatter's number, title and part. */
export interface SidebarChapter {
  docId: string;
  number: string;
  title: string;
  part: string;
}

/**
 * The manual's navigation: one category a part, in the settings file's order, chapters by
 * number (4.2 before 4.10), each labelled "4.4 Title". Parts with no
 * chapters are left out.
 */
export function sidebarItems(parts: readonly Part[], chapters: readonly SidebarChapter[]): SidebarCategory[] {
  const sorted = [...chapters].sort((a, b) => compareChapterNumbers(a.number, b.number) || a.docId.localeCompare(b.docId));
  return parts
    .map((part) => ({part, items: sorted.filter((c) => c.part === part.id)}))
    .filter(({items}) => items.length > 0)
    .map(({part, items}) => ({
      type: 'category',
      label: `Part ${part.number}: ${part.title}`,
      collapsible: true,
      collapsed: true,
      link: {type: 'generated-index', slug: partSlug(part.id), title: `Part ${part.number}: ${part.title}`, description: part.description},
      items: items.map((c) => ({type: 'doc' as const, id: c.docId, label: `${c.number} ${c.title}`})),
    }));
}
