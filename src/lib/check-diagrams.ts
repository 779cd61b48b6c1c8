import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {problem, type Problem} from './problems';

/** The fenced-code language of a flowchart: ```mermaid. */
export const DIAGRAM_LANGUAGE = 'mermaid';
/** How the paragraph that says what a diagram shows begins. */
export const TEXT_ALTERNATIVE = 'In words:';

/**
 * A diagram is drawn for sighted readers only (the site hides it from screen
 * readers and from print): the paragraph straight after it, beginning "In
 * words:", is what everyone else reads, so a diagram without one is refused.
 */
export function diagramProblems(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'code', (node, index, parent) => {
    if (node.lang !== DIAGRAM_LANGUAGE || !parent || index === undefined) return;
    const next = parent.children[index + 1];
    const words = next?.type === 'paragraph' ? toString(next).trim() : '';
    // The prefix, then something said: "In words:" alone is no alternative.
    if (words.toLowerCase().startsWith(TEXT_ALTERNATIVE.toLowerCase()) && /[\p{L}\p{N}]/u.test(words.slice(TEXT_ALTERNATIVE.length))) return;
    problems.push(
      problem(
        file,
        {line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1},
        'DIAGRAM_TEXT_MISSING',
        'this diagram has no text alternative: screen readers and print cannot show it',
        `Straight after the diagram, write a paragraph beginning "${TEXT_ALTERNATIVE}" that says what it shows, step by step.`,
      ),
    );
  });
  return problems;
}
