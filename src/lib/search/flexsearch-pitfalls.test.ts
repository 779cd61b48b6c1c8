import {Document} from 'flexsearch';
import {describe, expect, it} from 'vitest';

/**
 * What FlexSearch 0.8.212 does that the search is built around. If an
 * upgrade changes one of these, the reasons given in engine.ts and the
 * README need another look.
 */
describe('FlexSearch pitfalls the search avoids', () => {
  const index = () => {
    const doc = new Document({tokenize: 'forward', document: {id: 'id', index: ['text'], tag: ['part'], store: true}});
    doc.add({id: 1, text: 'grooming <script>alert(1)</script>', part: 'a'});
    doc.add({id: 2, text: 'grooming online', part: 'b'});
    return doc;
  };

  it('fails when a tag filter meets unresolved results, which the scoring needs', () => {
    expect(() => index().search('groom', {index: 'text', resolve: false, tag: {part: 'a'}})).toThrow(TypeError);
  });

  it('highlights by building HTML from the stored text, markup included, marking only the matched beginning of a word', () => {
    const [field] = index().search('groom', {index: 'text', enrich: true, highlight: '<b>$1</b>'});
    const highlighted = field!.result.map((r) => r.highlight);
    expect(highlighted).toContain('<b>groom</b>ing <script>alert(1)</script>');
  });
});
