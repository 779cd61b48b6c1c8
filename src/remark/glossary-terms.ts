import type {PhrasingContent, Root, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {SKIP, visit} from 'unist-util-visit';
import {termFinder} from '../lib/glossary/find-terms';
import type {GlossaryEntry} from '../lib/glossary/glossary';

export interface GlossaryTermsOptions {
  /** The glossary's entries as they are now (the file is read again when it changes); none without a glossary. */
  entries: () => readonly GlossaryEntry[];
  /** The glossary page's address, such as `/glossary`. */
  href: string;
}

/** Where a term is not linked: words already in a link, headings, code and the site's own elements. */
const LEFT_ALONE = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'definition', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

/**
 * Remark plugin for chapter pages: the first use of a glossary term in each
 * `##` section (and in the text before the first) becomes a `GlossaryTerm`
 * element, which shows the definition in place and links to the glossary.
 * The definition travels with the element, so a page needs no glossary data.
 */
export default function remarkGlossaryTerms({entries, href}: GlossaryTermsOptions) {
  return (tree: Root) => {
    const list = entries();
    if (list.length === 0) return;
    const find = termFinder(list);
    let seen = new Set<string>();
    for (const block of tree.children) {
      if (block.type === 'heading') {
        if (block.depth === 2) seen = new Set();
        continue;
      }
      visit(block, (node, index, parent) => {
        if (LEFT_ALONE.has(node.type)) return SKIP;
        if (node.type !== 'text' || !parent || index === undefined) return undefined;
        const uses = find(node.value, seen);
        if (uses.length === 0) return undefined;
        const pieces: PhrasingContent[] = [];
        let at = 0;
        for (const {start, end, entry} of uses) {
          if (start > at) pieces.push(text(node.value.slice(at, start)));
          pieces.push(termElement(entry, node.value.slice(start, end), href));
          at = end;
        }
        if (at < node.value.length) pieces.push(text(node.value.slice(at)));
        (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
        return [SKIP, index + pieces.length];
      });
    }
  };
}

const text = (value: string): Text => ({type: 'text', value});

function termElement(entry: GlossaryEntry, written: string, href: string): MdxJsxTextElement {
  const attribute = (name: string, value: string) => ({type: 'mdxJsxAttribute' as const, name, value});
  return {
    type: 'mdxJsxTextElement',
    name: 'GlossaryTerm',
    attributes: [
      attribute('id', entry.id),
      attribute('term', entry.term),
      attribute('definition', entry.definition.trim()),
      attribute('href', `${href}#${entry.id}`),
    ],
    children: [text(written)],
  };
}
