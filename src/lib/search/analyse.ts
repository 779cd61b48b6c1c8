import {Charset, Encoder} from 'flexsearch';
import {stemmer} from 'stemmer';
import {foldSpelling} from './spelling';

/**
 * Words too common to tell sections apart. Left out of the index (which
 * keeps it small) and out of queries, so "what to do if a child goes
 * missing" searches for "child goes missing".
 */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can do does did for from had has have he her his how i if in into is it its me my ' +
    'no nor of on or our she so such than that the their them then there these they this those to us was we were what when ' +
    'where which while who whom why will with would you your'
  ).split(' '),
);

/**
 * How text becomes terms, for the index and for queries alike: lower case,
 * accents dropped, stop words out, British and American spellings folded.
 * Letters are not de-duplicated, so each term is a word as written and
 * snippets can mark exactly what matched.
 */
export function createEncoder(): Encoder {
  // The typings accept one options object; the encoder merges a preset with overrides.
  const Merged = Encoder as unknown as new (...options: object[]) => Encoder;
  return new Merged(Charset.Normalize, {
    dedupe: false,
    numeric: false,
    filter: STOP_WORDS,
    finalize: (terms: string[]) => terms.map(foldSpelling),
  });
}

/**
 * What a query word is looked up by: the part it shares with its stem, as a
 * prefix. "groomed" and "grooming" both become "groom", which finds groom,
 * grooms, grooming and groomed; a word still being typed ("groomi") is its
 * own prefix. Plural -ies is made singular first so "families" finds
 * "family", and a final silent e is dropped so "make" finds "making".
 */
export function lookupPrefix(term: string): string {
  const singular = term.length > 4 && term.endsWith('ies') ? `${term.slice(0, -3)}y` : term;
  const stem = stemmer(singular);
  let shared = 0;
  while (shared < singular.length && singular[shared] === stem[shared]) shared++;
  const prefix = singular.slice(0, Math.max(shared, Math.min(3, singular.length)));
  return prefix.length > 3 && /[^aeiou]e$/.test(prefix) ? prefix.slice(0, -1) : prefix;
}
