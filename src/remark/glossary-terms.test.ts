import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {glossaryEntrySchema} from '../lib/glossary/glossary';
import remarkGlossaryTerms from './glossary-terms';

const entries = [
  glossaryEntrySchema.parse({id: 'lado', term: 'Local authority designated officer', acronyms: ['LADO'], definition: 'The officer told of allegations.'}),
  glossaryEntrySchema.parse({id: 'core-group', term: 'Core group', definition: 'Carries out the plan.'}),
];

/** The terms linked in `markdown`, as `id:words` in order. */
function linked(markdown: string): string[] {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGlossaryTerms, {entries: () => entries, href: '/glossary'});
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const found: string[] = [];
  visit(tree, 'mdxJsxTextElement', (node) => {
    const id = node.attributes.find((a) => 'name' in a && a.name === 'id')?.value;
    found.push(`${String(id)}:${node.children.map((c) => ('value' in c ? c.value : '')).join('')}`);
  });
  return found;
}

describe('remarkGlossaryTerms', () => {
  it('links the first use of a term in each section, and in the text before the first', () => {
    const markdown = 'Tell the LADO.\n\n## One\n\nThe LADO and the LADO again, then the core group.\n\n## Two\n\n- A core group meets.\n- The LADO advises.';
    expect(linked(markdown)).toEqual(['lado:LADO', 'lado:LADO', 'core-group:core group', 'core-group:core group', 'lado:LADO']);
  });

  it('leaves headings, links and code alone', () => {
    const markdown = '## The LADO\n\nSee [the LADO](/x) and `LADO`.\n\n```\nLADO\n```\n\nThen *the LADO*.';
    expect(linked(markdown)).toEqual(['lado:LADO']);
  });

  it('carries the definition and the glossary address with the term', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGlossaryTerms, {entries: () => entries, href: '/glossary'});
    const tree = processor.runSync(processor.parse('Ask the LADO.')) as Root;
    const attributes: Record<string, unknown> = {};
    visit(tree, 'mdxJsxTextElement', (node) => {
      for (const a of node.attributes) if ('name' in a) attributes[a.name] = a.value;
    });
    expect(attributes).toEqual({
      id: 'lado',
      term: 'Local authority designated officer',
      definition: 'The officer told of allegations.',
      href: '/glossary#lado',
    });
  });
});
