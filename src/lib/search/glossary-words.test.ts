import {describe, expect, it} from 'vitest';
import {glossaryEntrySchema, type Glossary} from '../glossary/glossary';
import {buildSearchIndex} from './build-index';
import {SearchEngine} from './engine';
import {glossaryWords} from './glossary-words';
import type {DocSource} from './sources';

const glossary: Glossary = {
  file: 'docs/glossary.yml',
  positions: {start: {line: 1, col: 1}, byPath: {}},
  entries: [
    {...glossaryEntrySchema.parse({id: 'lado', term: 'Local authority designated officer', acronyms: ['LADO'], definition: 'Oversees allegations.'}), index: 0},
    {...glossaryEntrySchema.parse({id: 'fgm', term: 'Female genital mutilation', acronyms: ['FGM'], definition: 'A crime.'}), index: 1},
  ],
};

const alsoFoundBy = glossaryWords(glossary);

const doc = (id: string, text: string): DocSource => ({
  id,
  number: id === 'a' ? '3.1' : '4.9',
  title: `Chapter ${id}`,
  part: 'core',
  audience: ['all'],
  keywords: [],
  version: 1,
  effective: '2008-04-01',
  current: true,
  url: `/procedures/${id}`,
  sections: [{heading: 'Who to tell', anchor: 'who-to-tell', text, also: alsoFoundBy('Who to tell', text)}],
});

describe('glossary words in search', () => {
  it('adds the forms of a term a section does not use', () => {
    expect(alsoFoundBy('Allegations', 'Tell the LADO the same day.')).toBe('Local authority designated officer');
    expect(alsoFoundBy('Cutting', 'Female genital mutilation is a crime; FGM must be reported.')).toBeUndefined();
    expect(glossaryWords(undefined)('x', 'LADO')).toBeUndefined();
  });

  it('finds a section by an acronym it spells out, and by the words of one it abbreviates', async () => {
    const files = buildSearchIndex([doc('a', 'Tell the LADO the same day.'), doc('b', 'Cutting is female genital mutilation, a crime.')]);
    const engine = await SearchEngine.open(async (file) => files.get(file));
    expect((await engine.search('designated officer')).hits.map((h) => h.doc.id)).toEqual(['a']);
    expect((await engine.search('FGM')).hits.map((h) => h.doc.id)).toEqual(['b']);
    // The added words find the section but are not shown in its snippet.
    const [hit] = (await engine.search('FGM')).hits;
    expect(hit!.snippet.map((s) => s.text).join('')).not.toContain('FGM');
  });
});
