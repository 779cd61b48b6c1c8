/**
 * The search index as static files: a small manifest read first, the
 * index's term lists split into shards by first letters and loaded as a
 * query needs them, the vocabulary (only for typo correction), and each
 * indexed chapter version's section texts (only for the results shown).
 */

/** The indexed fields of a section record, in the order results credit them. */
export const FIELDS = ['title', 'heading', 'keywords', 'text'] as const;
export type Field = (typeof FIELDS)[number];

export const MANIFEST_FILE = 'manifest.json';
export const VOCABULARY_FILE = 'vocabulary.json';
export const shardFile = (key: string) => `shard-${key}.json`;
/** Folder of the texts of versions no longer in force: left out of the offline copy (see docusaurus.config.ts). */
export const PAST_TEXTS = 'past';
/** The texts of indexed doc `n`; `current` is the doc's own flag. */
export const docFile = (n: number, current: boolean) => `${current ? '' : `${PAST_TEXTS}/`}doc-${n}.json`;

/**
 * Which shard holds a term: its first two letters (a one-letter term, or one
 * whose second character is not a letter, goes by its first), or `0` for
 * digits and `_` for anything else. Two letters keep the shard a query
 * downloads small on a large manual; the index stores every beginning of
 * every word, so a prefix is always in the shard of its own first letters.
 */
export function shardKey(term: string): string {
  const first = term[0] ?? '_';
  if (!/[a-z]/.test(first)) return /[0-9]/.test(first) ? '0' : '_';
  const second = term[1];
  return second !== undefined && /[a-z]/.test(second) ? `${first}${second}` : first;
}

/** One indexed version of a chapter; its sections are records `first` … `first + sections - 1`. */
export interface IndexedDoc {
  id: string;
  number: string;
  title: string;
  part: string;
  audience: string[];
  version: number;
  effective: string;
  /** Last day in force, for a version since replaced. */
  until?: string;
  /** False for released versions no longer in force. */
  current: boolean;
  /** The glossary: its sections are its terms. */
  glossary?: true;
  /** The chapter's page, or the released version's permanent page. */
  url: string;
  first: number;
  sections: number;
}

export interface SearchManifest {
  format: 1;
  docs: IndexedDoc[];
  /** Shard keys that have a file. */
  shards: string[];
}

/** A shard: for each field, FlexSearch's exported term entries whose term starts with the shard's key. */
export type Shard = Record<Field, [string, number[][]][]>;

/** The sections of one indexed doc, for snippets and phrase checks. */
export interface DocText {
  keywords: string[];
  sections: {heading: string; anchor: string; text: string}[];
}

/** A section to index: its text, and other words it is found by but does not show (see glossary-words). */
export type SectionSource = DocText['sections'][number] & {also?: string};
