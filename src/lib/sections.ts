import type {Heading, Paragraph, RootContent} from 'mdast';

/**
 * What counts as a section, for the parser, the site's pages and the
 * rendering of old versions alike: each `##` heading opens one, numbered from
 * 1 in order, and it runs until the next `#` or `##` heading. `###` and
 * below are sub-headings inside it.
 */
export interface SectionSpan {
  heading: Heading;
  /** 1, 2, 3 … in document order; a `#` heading does not restart the count. */
  number: number;
  /** Index of the heading among the nodes given. */
  index: number;
  /** Index just past the section's last node. */
  end: number;
}

/** The sections among a chapter's top-level nodes. */
export function sectionSpans(nodes: readonly RootContent[]): SectionSpan[] {
  const spans: SectionSpan[] = [];
  let open: SectionSpan | undefined;
  nodes.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth > 2) return;
    if (open) open.end = index;
    open = node.depth === 2 ? {heading: node, number: spans.length + 1, index, end: nodes.length} : undefined;
    if (open) spans.push(open);
  });
  return spans;
}

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
 * Numbers each section's heading ("4. " in its own span, so the number
 * prints, copies and reads with the heading) and closes each section with a
 * "Top of page" link, as boards' procedures do. Returns the new node list.
 */
export function numberSections(nodes: readonly RootContent[]): RootContent[] {
  const spans = sectionSpans(nodes);
  const opening = new Map(spans.map((s) => [s.index, s]));
  const closing = new Set(spans.map((s) => s.end - 1));
  const out: RootContent[] = [];
  nodes.forEach((node, i) => {
    const section = opening.get(i);
    if (section) {
      section.heading.children.unshift(
        {type: 'text', value: `${section.number}.`, data: {hName: 'span', hProperties: {className: ['section-number']}}},
        {type: 'text', value: ' '},
      );
    }
    out.push(node);
    if (closing.has(i)) out.push(topOfPage());
  });
  return out;
}
