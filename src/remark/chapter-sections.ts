import type {Heading, Paragraph, Root, RootContent} from 'mdast';

/** The id of the chapter header: every "Top of page" link leads there. */
export const TOP_ANCHOR = 'top';

function topOfPage(): Paragraph {
  return {
    type: 'paragraph',
    data: {hProperties: {className: ['top-of-page']}},
    children: [{type: 'link', url: `#${TOP_ANCHOR}`, children: [{type: 'text', value: 'Top of page'}]}],
  };
}

/** "4. " in its own span, so the number prints, copies and reads with the heading. */
function numberHeading(heading: Heading, number: number): void {
  heading.children.unshift(
    {type: 'text', value: `${number}.`, data: {hName: 'span', hProperties: {className: ['section-number']}}},
    {type: 'text', value: ' '},
  );
}

/**
 * Remark plugin for chapter pages, run after Docusaurus has given headings
 * their ids: numbers the `##` sections in order (as the core and the contents
 * list number them) and closes each with a "Top of page" link, as boards'
 * procedures do.
 */
export default function remarkChapterSections() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    // Numbers run through the whole chapter, as the core counts sections;
    // a `#` heading only ends the section before it.
    let number = 0;
    let inSection = false;
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth <= 2) {
        if (inSection) children.push(topOfPage());
        inSection = node.depth === 2;
        if (inSection) numberHeading(node, ++number);
      }
      children.push(node);
    }
    if (inSection) children.push(topOfPage());
    tree.children = children;
  };
}
