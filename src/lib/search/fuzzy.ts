import {distance} from 'fastest-levenshtein';

/** Shorter words have too many neighbours one letter away to guess from. */
const MIN_LENGTH = 4;

/**
 * Vocabulary words one edit (a letter added, dropped, changed or two
 * swapped) from `word`, closest first: whole words first, then words whose
 * beginning is one edit from a word still being typed.
 */
export function corrections(word: string, vocabulary: readonly string[], max = 3): string[] {
  if (word.length < MIN_LENGTH) return [];
  const swapped = (v: string) => {
    const i = [...word].findIndex((c, k) => c !== v[k]);
    return v.length === word.length && i >= 0 && v[i] === word[i + 1] && v[i + 1] === word[i] && v.slice(i + 2) === word.slice(i + 2);
  };
  const whole = vocabulary.filter((v) => Math.abs(v.length - word.length) <= 1 && (distance(v, word) === 1 || swapped(v)));
  const beginning = vocabulary.filter((v) => v.length > word.length && distance(v.slice(0, word.length), word) === 1);
  return [...new Set([...whole, ...beginning])].slice(0, max);
}
