import type {Encoder} from 'flexsearch';
import {createEncoder} from './analyse';
import {corrections} from './fuzzy';
import {createDocumentIndex, RESOLUTION} from './index-config';
import {
  docFile,
  FIELDS,
  MANIFEST_FILE,
  shardFile,
  shardKey,
  VOCABULARY_FILE,
  type DocText,
  type Field,
  type IndexedDoc,
  type SearchManifest,
  type Shard,
} from './manifest';
import {parseQuery, type ParsedQuery, type QueryTerm} from './parse-query';
import {containsPhrase, markMatches, snippet, type Segment} from './snippet';

/** Reads one of the index's files (fetch in a browser, a map in the CLI and tests). */
export type LoadFile = (file: string) => Promise<unknown>;

export interface SearchFilters {
  /** A part id. */
  part?: string;
  /** An audience id; chapters for all practitioners count for every audience. */
  audience?: string;
  /** YYYY-MM-DD: only versions in force from this date or later. */
  since?: string;
  /** Also search released versions no longer in force. */
  past?: boolean;
}

export interface Hit {
  record: number;
  doc: IndexedDoc;
  /** The section's number in its chapter version, from 1. */
  section: number;
  heading: Segment[];
  url: string;
  snippet: Segment[];
}

export interface SearchResult {
  query: ParsedQuery;
  /** Where a citation leads, when the chapter (and section) exists. */
  jump?: {url: string; label: string};
  hits: Hit[];
  /** How many sections match (within the filters): any of the words, and every phrase. */
  total: number;
  /** Words with no match that were taken for typos, and what they were read as. */
  corrections: {word: string; as: string[]}[];
  /** The prefixes the hits matched by, corrections included: what the pages they lead to highlight (see highlight.ts). */
  highlight: string[];
}

/** A query word's matches: the records it matches, and each one's score (indexed by record id; zero elsewhere). */
interface TermScores {
  ids: number[];
  scores: Float64Array;
}

/** How much a match counts by field: a word in a title or heading says more than one in the text. */
const FIELD_WEIGHT: Record<Field, number> = {title: 5, heading: 4, keywords: 3, text: 1};
/** A match on the beginning of a longer word, or on a typo's correction, counts for less. */
const PREFIX_ONLY = 0.7;
const TYPO = 0.5;
/** Phrases are checked in the text of at most this many of the best candidates. */
const PHRASE_CHECKS = 300;

/**
 * Searches the static index, loading only what a query needs: the manifest
 * on open, the shards of the query's words, the vocabulary when a word
 * matches nothing, and the section texts of the hits returned.
 */
export class SearchEngine {
  private readonly index = createDocumentIndex();
  private readonly encoder: Encoder = createEncoder();
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly shards = new Map<string, Promise<void>>();
  /** Record id → index of its doc in the manifest. */
  private readonly docOf: Int32Array;

  private constructor(
    readonly manifest: SearchManifest,
    private readonly load: LoadFile,
  ) {
    const last = manifest.docs.at(-1);
    this.docOf = new Int32Array(last ? last.first + last.sections : 0);
    manifest.docs.forEach((doc, i) => this.docOf.fill(i, doc.first, doc.first + doc.sections));
  }

  static async open(load: LoadFile): Promise<SearchEngine> {
    return new SearchEngine((await load(MANIFEST_FILE)) as SearchManifest, load);
  }

  async search(text: string, filters: SearchFilters = {}, limit = 10): Promise<SearchResult> {
    const query = parseQuery(text, this.encoder);
    const result: SearchResult = {query, hits: [], total: 0, corrections: [], highlight: []};
    if (query.citation) {
      const jump = await this.cite(query.citation.number, query.citation.section);
      return jump ? {...result, jump} : result;
    }
    if (query.terms.length === 0) return result;

    const phrased = query.phrases.length > 0;
    const ranked = await this.rank(query, filters, phrased ? PHRASE_CHECKS : limit, result.corrections);
    const ids = phrased ? await this.withPhrases(ranked.ids, query.phrases) : ranked.ids;
    const prefixes = [...query.terms.map((t) => t.prefix), ...result.corrections.flatMap((c) => c.as.map((w) => this.prefixOf(w)))];
    const hits = await Promise.all(ids.slice(0, limit).map((id) => this.hit(id, prefixes)));
    return {...result, hits, total: phrased ? ids.length : ranked.total, highlight: prefixes};
  }

  /**
   * Record ids matching any query word, best first. A word counts more in a
   * title or heading than in the text, more near the start of a field, more
   * when it is rare in the manual (its inverse document frequency), and
   * more when the record matches the whole word rather than its beginning;
   * a record matching only some of the words is scaled down by the square
   * of the share it matches.
   */
  async rank(
    query: ParsedQuery,
    filters: SearchFilters = {},
    top = Infinity,
    corrected: SearchResult['corrections'] = [],
  ): Promise<{ids: number[]; total: number}> {
    const keep = this.filter(filters);
    const perTerm = await Promise.all(query.terms.map((term) => this.scoreTerm(term, corrected)));
    // Scores live in arrays indexed by record id, but only the records a word matches are visited.
    const records = this.docOf.length;
    const totals = new Float64Array(records);
    const matched = new Uint8Array(records);
    const ids: number[] = [];
    for (const {ids: found, scores} of perTerm) {
      const idf = Math.log(1 + records / Math.max(1, found.length));
      for (const id of found) {
        if (matched[id] === 0) ids.push(id);
        totals[id] = totals[id]! + scores[id]! * idf;
        matched[id] = matched[id]! + 1;
      }
    }
    const kept = ids.filter(keep);
    for (const id of kept) totals[id] = totals[id]! * (matched[id]! / query.terms.length) ** 2;
    const best = top < kept.length ? topScored(kept, totals, top) : kept;
    best.sort((a, b) => totals[b]! - totals[a]! || a - b);
    return {ids: best, total: kept.length};
  }

  /** The URL and label of a chapter or section citation, if the manual has it. */
  private async cite(number: string, section?: number): Promise<SearchResult['jump']> {
    const chapter = this.manifest.docs.findIndex((d) => d.current && d.number === number);
    if (chapter === -1) {
      // "4.4.5": chapter 4.4, section 5.
      const split = number.match(/^(.+)\.(\d+)$/);
      return split && section === undefined ? this.cite(split[1]!, Number(split[2])) : undefined;
    }
    const doc = this.manifest.docs[chapter]!;
    const label = `${doc.number} ${doc.title}`;
    if (section === undefined || section < 1 || section > doc.sections) return {url: doc.url, label};
    const {sections} = await this.text(chapter);
    const {heading, anchor} = sections[section - 1]!;
    return {url: `${doc.url}#${anchor}`, label: `${label}, section ${section}: ${heading}`};
  }

  /** Each record's best match of one query word, over the fields and the ways it can match. */
  private async scoreTerm(term: QueryTerm, found: SearchResult['corrections']): Promise<TermScores> {
    const exact =
      term.word === term.prefix
        ? [{key: term.prefix, weight: 1}]
        : [
            {key: term.prefix, weight: PREFIX_ONLY},
            {key: term.word, weight: 1},
          ];
    let best = await this.lookup(exact);
    if (best.ids.length === 0) {
      const vocabulary = (await this.file(VOCABULARY_FILE)) as string[];
      const as = corrections(term.word, vocabulary);
      if (as.length > 0) {
        found.push({word: term.word, as});
        best = await this.lookup(
          as.flatMap((word) => [
            {key: this.prefixOf(word), weight: TYPO * PREFIX_ONLY},
            {key: word, weight: TYPO},
          ]),
        );
      }
    }
    return best;
  }

  /** Each matched record's score for the keys: the sum over fields of its best key's weight in that field. */
  private async lookup(keys: {key: string; weight: number}[]): Promise<TermScores> {
    await Promise.all(keys.map(({key}) => this.importShard(shardKey(key))));
    const records = this.docOf.length;
    const scores = new Float64Array(records);
    const ids: number[] = [];
    const best = new Float64Array(records);
    for (const field of FIELDS) {
      const touched: number[] = [];
      for (const {key, weight} of keys) {
        const slots = (this.index.search(key, {index: field, resolve: false, limit: records} as never) as unknown as {result: number[][]}).result;
        slots.forEach((slotIds, slot) => {
          const score = FIELD_WEIGHT[field] * weight * (1 - (0.4 * slot) / (RESOLUTION - 1));
          for (const id of slotIds ?? []) {
            if (best[id] === 0) touched.push(id);
            if (score > best[id]!) best[id] = score;
          }
        });
      }
      for (const id of touched) {
        if (scores[id] === 0) ids.push(id);
        scores[id] = scores[id]! + best[id]!;
        best[id] = 0;
      }
    }
    return {ids, scores};
  }

  private filter({part, audience, since, past}: SearchFilters): (id: number) => boolean {
    const docs = this.manifest.docs.map(
      (d) =>
        (past || d.current) &&
        (!part || d.part === part) &&
        (!audience || d.audience.includes(audience) || d.audience.includes('all')) &&
        (!since || d.effective >= since),
    );
    return (id) => docs[this.docOf[id]!] ?? false;
  }

  private async withPhrases(ids: number[], phrases: string[][]): Promise<number[]> {
    const kept: number[] = [];
    for (const id of ids.slice(0, PHRASE_CHECKS)) {
      const {doc, section} = this.locate(id);
      const {sections} = await this.text(doc);
      const {heading, text} = sections[section - 1]!;
      if (phrases.every((phrase) => containsPhrase(`${heading}\n${text}`, phrase, this.encoder))) kept.push(id);
    }
    return kept;
  }

  private async hit(id: number, prefixes: string[]): Promise<Hit> {
    const {doc, section} = this.locate(id);
    const {sections} = await this.text(doc);
    const {heading, anchor, text} = sections[section - 1]!;
    const indexed = this.manifest.docs[doc]!;
    return {
      record: id,
      doc: indexed,
      section,
      heading: markMatches(heading, prefixes, this.encoder),
      url: `${indexed.url}#${anchor}`,
      snippet: snippet(text, prefixes, this.encoder),
    };
  }

  private locate(id: number): {doc: number; section: number} {
    const doc = this.docOf[id]!;
    return {doc, section: id - this.manifest.docs[doc]!.first + 1};
  }

  private prefixOf(word: string): string {
    return parseQuery(word, this.encoder).terms[0]?.prefix ?? word;
  }

  private text(doc: number): Promise<DocText> {
    return this.file(docFile(doc, this.manifest.docs[doc]!.current)) as Promise<DocText>;
  }

  private file(name: string): Promise<unknown> {
    if (!this.files.has(name)) this.files.set(name, this.load(name));
    return this.files.get(name)!;
  }

  /** Loads a shard into the index once; a key with no shard has no terms. */
  private importShard(key: string): Promise<void> {
    if (!this.manifest.shards.includes(key)) return Promise.resolve();
    if (!this.shards.has(key)) {
      this.shards.set(
        key,
        this.file(shardFile(key)).then((shard) => {
          for (const field of FIELDS) this.index.import(`${field}.1.map`, (shard as Shard)[field] as never);
        }),
      );
    }
    return this.shards.get(key)!;
  }
}

/**
 * The `top` ids of highest score (the lower id first among equals), in no
 * order: a heap of `top` rather than a sort of every match, which a common
 * word makes as long as the manual.
 */
export function topScored(ids: readonly number[], scores: Float64Array, top: number): number[] {
  // A min-heap whose root is the worst id kept.
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (const id of ids) {
    if (heap.length < top) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (top > 0 && worse(heap[0]!, id)) {
      heap[0] = id;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (l < heap.length && worse(heap[l]!, heap[least]!)) least = l;
        if (r < heap.length && worse(heap[r]!, heap[least]!)) least = r;
        if (least === i) break;
        swap(i, least);
        i = least;
      }
    }
  }
  return heap;
}
