import type {Comparison, SectionChange} from './compare-sections';

/**
 * A change note in the boards' style, drafted from the structure of the
 * change for the editor to refine: "Section 1, The Internet, amended;
 * Section 2, The Impact on the Child, and Section 6, Further Information,
 * added".
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
    .map(([verb, changes, side]) => `${list(changes.map((c) => `Section ${c[side]!.number}, ${c[side]!.heading},`))} ${verb}`);
  return clauses.length > 0 ? clauses.join('; ') : 'No section changed';
}

/** "A," / "A, and B," / "A, B, and C," */
function list(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(' ')} and ${items.at(-1)}`;
}
