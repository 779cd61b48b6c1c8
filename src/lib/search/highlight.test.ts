import {describe, expect, it} from 'vitest';
import {highlightPrefixes, withHighlight, wordMatches} from './highlight';

describe('search highlights', () => {
  it('puts the matched prefixes in the query, before the section anchor', () => {
    const url = withHighlight('/procedures/referrals#making-a-referral', ['strateg', 'discuss']);
    expect(url).toBe('/procedures/referrals?highlight=strateg%20discuss#making-a-referral');
    expect(highlightPrefixes(new URL(url, 'https://x.org').search)).toEqual(['strateg', 'discuss']);
    expect(withHighlight('/procedures/referrals#a', [])).toBe('/procedures/referrals#a');
    expect(highlightPrefixes('?other=1')).toEqual([]);
    expect(highlightPrefixes('?a=1&highlight=groom+abuse')).toEqual(['groom', 'abuse']);
    expect(highlightPrefixes('?highlight=%E0%A4')).toEqual([]);
  });

  it('finds words as the index reads them: case, accents and British or American spelling aside', () => {
    const text = 'A Strategy discussion about the behavior of a naïve organisation; strategies differ.';
    const words = wordMatches(text, ['strateg', 'behaviour', 'naiv', 'organis']).map(([s, e]) => text.slice(s, e));
    expect(words).toEqual(['Strategy', 'behavior', 'naïve', 'organisation', 'strategies']);
  });

  it('marks nothing for words that only contain a prefix in the middle', () => {
    expect(wordMatches('catastrophe', ['strop'])).toEqual([]);
  });
});
