import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {expect, it} from 'vitest';
import remarkChapterSections from './chapter-sections';

function transform(markdown: string): Root {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  remarkChapterSections()(tree);
  return tree;
}

it('numbers the ## sections and closes each with a "Top of page" link', () => {
  const tree = transform('Intro.\n\n## One\n\nA.\n\n### Sub\n\nB.\n\n## Two\n\nC.\n');
  const shape = tree.children.map((node) => (node.type === 'heading' ? `h${node.depth} ${toString(node)}` : node.data?.hProperties ? 'top' : node.type));
  expect(shape).toEqual(['paragraph', 'h2 1. One', 'paragraph', 'h3 Sub', 'paragraph', 'top', 'h2 2. Two', 'paragraph', 'top']);
});

it('leaves a chapter without sections alone', () => {
  expect(transform('Just text.\n').children.map((n) => n.type)).toEqual(['paragraph']);
});

it('keeps counting across a # heading, as the contents list and section citations count', () => {
  const tree = transform('## One\n\nA.\n\n# Aside\n\nB.\n\n## Two\n\nC.\n');
  const headings = tree.children.flatMap((node) => (node.type === 'heading' ? [`h${node.depth} ${toString(node)}`] : []));
  expect(headings).toEqual(['h2 1. One', 'h1 Aside', 'h2 2. Two']);
});
