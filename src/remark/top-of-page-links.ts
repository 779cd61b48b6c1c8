import type {Paragraph, Root, RootContent} from 'mdast';

/** The id of the chapter header: every "Top of page" link leads there. */
export const TOP_ANCHOR = 'top';

function topOfPage(): Paragraph {
  return {
    type: 'paragraph',
    data: {hProperties: {className: ['top-of-page']}},
    children: [{type: 'link', url: `#${TOP_ANCHOR}`, children: [{type: 'text', value: 'Top of page'}]}],
  };
}

/**
 * Remark plugin: closes every `##` section with a "Top of page" link, as the
 * boards' printed procedures do, so a reader deep in a long chapter can get
 * back to its contents list.
 */
export default function remarkTopOfPageLinks() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let inSection = false;
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth <= 2) {
        if (inSection) children.push(topOfPage());
        inSection = node.depth === 2;
      }
      children.push(node);
    }
    if (inSection) children.push(topOfPage());
    tree.children = children;
  };
}
