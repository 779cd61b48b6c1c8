import type {Encoder} from 'flexsearch';
import {lookupPrefix} from './analyse';

/** A chapter number ("4.4"), or a section of one ("4.4.5", "4.4 s5", "4.4 section 5"). */
export interface Citation {
  number: string;
  section?: number;
}

/** A query word: as encoded, and the prefix it is looked up by. */
export interface QueryTerm {
  word: string;
  prefix: string;
}

export interface ParsedQuery {
  citation?: Citation;
  terms: QueryTerm[];
  /** Quoted phrases of two or more words, as lookup prefixes, to appear in this order. */
  phrases: string[][];
}

const CITATION = /^(\d+(?:\.\d+)+)(?:\s*,?\s*(?:s|sec|section|§)\.?\s*(\d+))?$/i;

/**
 * Reads what a practitioner typed: a citation that should go straight to a
 * chapter or section, otherwise words (each looked up by its stem's
 * prefix, so the word being typed matches as it grows) and "quoted
 * phrases".
 */
export function parseQuery(text: string, encoder: Encoder): ParsedQuery {
  const trimmed = text.trim();
  const cited = trimmed.match(CITATION);
  if (cited) {
    return {citation: {number: cited[1]!, ...(cited[2] ? {section: Number(cited[2])} : {})}, terms: [], phrases: []};
  }
  // An unclosed quote is a phrase still being typed: its words count as plain words.
  const quoted = (trimmed.match(/"/g)?.length ?? 0) % 2 === 0 ? [...trimmed.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) : [];
  const prefixOf = (word: string) => encoder.encode(lookupPrefix(word))[0] ?? word;
  const phrases = quoted.map((phrase) => encoder.encode(phrase).map(prefixOf)).filter((words) => words.length > 1);
  const terms = new Map<string, QueryTerm>();
  for (const word of encoder.encode(trimmed.replace(/"/g, ' '))) {
    const prefix = prefixOf(word);
    if (prefix.length < 2 && !/[0-9]/.test(prefix)) continue;
    if (!terms.has(prefix)) terms.set(prefix, {word, prefix});
  }
  return {terms: [...terms.values()], phrases};
}
