import type {Parent, PhrasingContent, Root, RootContent} from 'mdast';
import {visit} from 'unist-util-visit';
import {isHarmlessHtml, unsafeScheme} from '../lib/content-policy';

/** Nodes whose children are text: inline HTML among them stays inline. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/**
 * Remark plugin run before Docusaurus's own: raw HTML other than the few
 * harmless inline elements becomes the text it is, and a link whose address
 * could run script (`javascript:`, `data:` …) becomes its text. `check`
 * refuses both, so a published manual has neither; this keeps the dev
 * server and any preview just as safe while an editor is still typing.
 */
export default function remarkContentAsText() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const siblings = (parent as Parent).children;
      if (node.type === 'html' && !isHarmlessHtml(node.value)) {
        const text: PhrasingContent = {type: 'text', value: node.value};
        // Inline HTML sits among text; block HTML where a paragraph would.
        const inline = PHRASING_PARENTS.has(parent.type);
        siblings.splice(index, 1, (inline ? text : {type: 'paragraph', children: [text]}) as RootContent);
        return index + 1;
      }
      if (node.type === 'definition' && unsafeScheme(node.url)) node.url = '';
      if (node.type === 'link' && unsafeScheme(node.url)) {
        siblings.splice(index, 1, ...node.children);
        return index;
      }
      return undefined;
    });
  };
}
