import {describe, expect, it} from 'vitest';
import {glossaryEntrySchema} from './glossary';
import {termFinder} from './find-terms';

const entry = (fields: Record<string, unknown>) => glossaryEntrySchema.parse({definition: 'Explained.', ...fields});
const entries = [
  entry({id: 'lado', term: 'Local authority designated officer', acronyms: ['LADO']}),
  entry({id: 'child-protection', term: 'Child protection'}),
  entry({id: 'conference', term: 'Initial child protection conference'}),
  entry({id: 'mash', term: 'Multi-agency safeguarding hub', acronyms: ['MASH']}),
  entry({id: 'core-group', term: 'Core group'}),
];
const find = termFinder(entries);
const used = (text: string, seen = new Set<string>()) => find(text, seen).map((u) => `${u.entry.id}:${text.slice(u.start, u.end)}`);

describe('termFinder', () => {
  it('finds the first use of each term only', () => {
    const seen = new Set<string>();
    expect(used('Tell the LADO. The LADO decides; the core group meets.', seen)).toEqual(['lado:LADO', 'core-group:core group']);
    expect(used('The LADO again.', seen)).toEqual([]);
  });

  it('prefers the longest form where forms overlap', () => {
    expect(used('Book an initial child protection conference.')).toEqual(['conference:initial child protection conference']);
  });

  it('matches terms in any case, acronyms only as written', () => {
    expect(used('Mash the potatoes; refer to the MASH.')).toEqual(['mash:MASH']);
    expect(used('A local authority designated officer.')).toEqual(['lado:local authority designated officer']);
  });

  it('matches whole words, allowing a plural', () => {
    expect(used('Core groups meet. LADOs advise.')).toEqual(['core-group:Core groups', 'lado:LADOs']);
    expect(used('Childprotection and MASHED.')).toEqual([]);
  });
});
