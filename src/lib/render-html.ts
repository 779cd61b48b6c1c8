import GithubSlugger from 'github-slugger';
import {toHtml} from 'hast-util-to-html';
import type {Root} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {unsafeScheme} from './content-policy';
import {headingId} from './heading-id';
import {numberSections} from './sections';

/**
 * A released version's Markdown as HTML, rendered as the site renders a
 * chapter: the same heading ids, section numbers and "Top of page" links.
 * Raw HTML in the Markdown is dropped, never passed through.
 * `linkUrl` rewrites links between chapters (`referrals.md#x`) to addresses.
 */
export function renderChapterHtml(markdown: string, linkUrl: (url: string) => string): string {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  const tree = processor.parse(markdown) as Root;
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const {heading, anchor} = headingId(node, slugger);
      node.children = [{type: 'text', value: heading}];
      node.data = {...node.data, hProperties: {id: anchor}};
    } else if (node.type === 'link' || node.type === 'definition') {
      // A version released before links were checked for their scheme may still hold one that runs script.
      node.url = unsafeScheme(node.url) ? '' : linkUrl(node.url);
    }
  });
  tree.children = numberSections(tree.children);
  return toHtml(unified().use(remarkRehype).runSync(tree));
}
