import type {Comparison, SectionChange} from './compare-sections';

/**
 * A change note drafted from the structure of the change, for the editor to
 * refine: "Section 1 (The Internet) amended; Sections 2 (The Impact on the
 * Child) and 6 (Further Information) added".
 */
export function draftChangeNote({sections}: Comparison): string {
  const amended = sections.filter((c) => c.status === 'amended' || (c.status === 'unchanged' && c.retitled));
  const groups: [string, SectionChange[], 'to' | 'from'][] = [
    ['amended', amended, 'to'],
    ['added', sections.filter((c) => c.status === 'added'), 'to'],
    ['removed', sections.filter((c) => c.status === 'removed'), 'from'],
  ];
  const clauses = groups
    .filter(([, changes]) => changes.length > 0)
    .map(([verb, changes, side]) => {
      const items = changes.map((c) => `${c[side]!.number} (${c[side]!.heading})`);
      return `${items.length === 1 ? 'Section' : 'Sections'} ${list(items)} ${verb}`;
    });
  return clauses.length > 0 ? clauses.join('; ') : 'No section changed';
}

/** "A" / "A and B" / "A, B and C" */
function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
