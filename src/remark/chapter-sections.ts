import type {Root} from 'mdast';
import {numberSections} from '../lib/sections';

/**
 * Remark plugin for chapter pages, run after Docusaurus has given headings
 * their ids: numbers the sections and adds "Top of page" links by the core's
 * section rule, so the page, the contents list and citations agree.
 */
export default function remarkChapterSections() {
  return (tree: Root) => {
    tree.children = numberSections(tree.children);
  };
}
