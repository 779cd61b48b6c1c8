import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {firstTag, HARMLESS_HTML, isHarmlessHtml, SAFE_LINK_SCHEMES, unsafeScheme} from './content-policy';
import {problem, type Problem} from './problems';

/** Raw HTML and links that could run script in a reader's browser, each at its line (see content-policy.ts). */
export function contentProblems(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    const at = {line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1};
    if (node.type === 'html' && !isHarmlessHtml(node.value)) {
      problems.push(
        problem(
          file,
          at,
          'HTML_NOT_ALLOWED',
          `raw HTML \`${firstTag(node.value)}\` is not allowed: chapters are text`,
          `Write it in Markdown instead (a link as [text](address), emphasis with *); to show the markup itself, put it in backticks. Only ${HARMLESS_HTML.join(', ')} are allowed.`,
        ),
      );
    } else if ((node.type === 'link' || node.type === 'definition') && unsafeScheme(node.url)) {
      problems.push(
        problem(
          file,
          at,
          'LINK_SCHEME_INVALID',
          `link to a \`${unsafeScheme(node.url)}:\` address, which could run code in a reader's browser`,
          `Link only to ${SAFE_LINK_SCHEMES.map((s) => `${s}:`).join(', ')} addresses, or to another chapter.`,
        ),
      );
    }
  });
  return problems;
}
