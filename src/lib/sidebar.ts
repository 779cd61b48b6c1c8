import type {Manual} from './model';

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

/**
 * The manual's navigation: one category a part, chapters by number (4.2
 * before 4.10), each labelled "4.4 Title". `docIdOf` maps a chapter file to
 * the docs plugin's id for it; chapters it does not know are left out.
 */
export function sidebarItems(manual: Manual, docIdOf: (file: string) => string | undefined): SidebarCategory[] {
  return manual.parts
    .filter(({chapters}) => chapters.length > 0)
    .map(({part, chapters}) => ({
      type: 'category',
      label: `Part ${part.number}: ${part.title}`,
      collapsible: true,
      collapsed: true,
      link: {type: 'generated-index', slug: partSlug(part.id), title: `Part ${part.number}: ${part.title}`, description: part.description},
      items: chapters.flatMap((chapter) => {
        const id = docIdOf(chapter.file);
        return id ? [{type: 'doc' as const, id, label: `${chapter.number} ${chapter.title}`}] : [];
      }),
    }));
}
