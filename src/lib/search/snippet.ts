import type {Encoder} from 'flexsearch';
import {textWords, type TextWord} from './words';

/** A run of text, marked when it is a word the query matched. Rendered as text, never as HTML. */
export interface Segment {
  text: string;
  match?: true;
}

/** Which encoded word prefix each word of `text` matches, if any. */
function matchWords(text: string, prefixes: readonly string[], encoder: Encoder): {word: TextWord; prefix?: string}[] {
  return textWords(text).map((word) => {
    const term = encoder.encode(word.text)[0];
    const prefix = term === undefined ? undefined : prefixes.find((p) => term.startsWith(p));
    return prefix === undefined ? {word} : {word, prefix};
  });
}

/** `text` cut into segments with the matched words marked. */
export function markMatches(text: string, prefixes: readonly string[], encoder: Encoder, from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const {word, prefix} of matchWords(text.slice(from, to), prefixes, encoder)) {
    if (prefix === undefined) continue;
    if (word.start + from > at) segments.push({text: text.slice(at, word.start + from)});
    segments.push({text: text.slice(word.start + from, word.end + from), match: true});
    at = word.end + from;
  }
  if (at < to) segments.push({text: text.slice(at, to)});
  return segments;
}

/**
 * A window of about `size` words of `text` holding the most distinct query
 * words (the earliest such window), with its matches marked and an
 * ellipsis where it cuts the text.
 */
export function snippet(text: string, prefixes: readonly string[], encoder: Encoder, size = 28): Segment[] {
  const words = matchWords(text, prefixes, encoder);
  if (words.length === 0) return [];
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start < Math.max(1, words.length - size + 1); start++) {
    const count = new Set(words.slice(start, start + size).flatMap((w) => (w.prefix ? [w.prefix] : []))).size;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  // Start a little before the first match, so it is read in context.
  const firstMatch = words.slice(best, best + size).findIndex((w) => w.prefix !== undefined);
  const start = Math.max(0, best + Math.max(0, firstMatch) - 4);
  const end = Math.min(words.length, start + size);
  const from = words[start]!.word.start;
  const to = end === words.length ? text.length : words[end - 1]!.word.end;
  // Line breaks between list items read as spaces in a one-line snippet.
  const segments = markMatches(text, prefixes, encoder, from, to).map((s) => ({...s, text: s.text.replace(/\s+/g, ' ')}));
  if (from > 0) segments.unshift({text: '… '});
  if (to < text.length) segments.push({text: ' …'});
  return segments;
}

/** Whether the words of `text` include each phrase's words in order, each matched by its prefix. */
export function containsPhrase(text: string, phrase: readonly string[], encoder: Encoder): boolean {
  // Stop words are dropped on both sides, as the index drops them.
  const terms = textWords(text).flatMap((w) => encoder.encode(w.text).slice(0, 1));
  return terms.some((_, i) => phrase.every((p, j) => terms[i + j]?.startsWith(p)));
}
