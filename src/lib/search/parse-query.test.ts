import {describe, expect, it} from 'vitest';
import {createEncoder} from './analyse';
import {parseQuery} from './parse-query';

const parse = (text: string) => parseQuery(text, createEncoder());

describe('parseQuery', () => {
  it('reads chapter numbers and section citations', () => {
    expect(parse('4.4').citation).toEqual({number: '4.4'});
    expect(parse(' 4.10 ').citation).toEqual({number: '4.10'});
    expect(parse('4.4.5').citation).toEqual({number: '4.4.5'});
    expect(parse('4.4 s5').citation).toEqual({number: '4.4', section: 5});
    expect(parse('4.4 section 5').citation).toEqual({number: '4.4', section: 5});
    expect(parse('4.4, s.5').citation).toEqual({number: '4.4', section: 5});
    expect(parse('4.4 grooming').citation).toBeUndefined();
    expect(parse('4').citation).toBeUndefined();
  });

  it('looks words up by the beginning they share with their stem, without stop words', () => {
    expect(parse('What to do if a child is groomed').terms).toEqual([
      {word: 'child', prefix: 'child'},
      {word: 'groomed', prefix: 'groom'},
    ]);
    expect(parse('families').terms).toEqual([{word: 'families', prefix: 'famil'}]);
    expect(parse('abused').terms[0]!.prefix).toBe('abus');
  });

  it('folds British and American spellings in queries', () => {
    expect(parse('behavior').terms[0]).toEqual(parse('behaviour').terms[0]);
    expect(parse('organization').terms[0]!.prefix).toBe(parse('organisation').terms[0]!.prefix);
  });

  it('keeps a word being typed as its own prefix', () => {
    expect(parse('groomi').terms).toEqual([{word: 'groomi', prefix: 'groomi'}]);
    expect(parse('g').terms).toEqual([]);
  });

  it('reads quoted phrases, and treats an unclosed quote as plain words', () => {
    const closed = parse('"strategy discussion" police');
    expect(closed.phrases).toEqual([['strateg', 'discuss']]);
    expect(closed.terms.map((t) => t.word)).toEqual(['strategy', 'discussion', 'police']);
    expect(parse('"strategy discussion').phrases).toEqual([]);
  });
});
