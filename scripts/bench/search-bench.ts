import {gzipSync} from 'node:zlib';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import {createEncoder, STOP_WORDS} from '../../src/lib/search/analyse';
import {buildSearchIndex} from '../../src/lib/search/build-index';
import {SearchEngine} from '../../src/lib/search/engine';
import {docFile, MANIFEST_FILE, shardFile, shardKey, type SearchManifest} from '../../src/lib/search/manifest';
import {parseQuery} from '../../src/lib/search/parse-query';
import type {DocSource} from '../../src/lib/search/sources';
import {readManual} from '../../src/node/read-manual-fs';
import {random, syntheticCorpus, type SyntheticSection} from './synthetic-corpus';

/**
 * Peer measurements of the site's search: FlexSearch as configured here
 * (a forward index split into two-letter shards, words looked up by stem
 * prefix, a typo fallback) against lunr (what
 * @easyops-cn/docusaurus-search-local ships) and MiniSearch, on one
 * synthetic corpus with a record per section. The figures are returned as
 * data; the benchmark harness decides what to compare and assert.
 */

export interface EngineFigures {
  engine: 'flexsearch' | 'lunr' | 'minisearch';
  /** How the engine was configured for these figures. */
  config: string;
  buildMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  /** Gzipped bytes a browser downloads before it shows a query's first results (median over the queries; library code excluded). */
  firstResultsGzipBytes: number;
  /** From the downloaded index's text to the first query answered: parse, import, search. */
  firstQueryMs: number;
  /** Each query once, in order: ours loads an index shard the first time a query needs it. */
  queryP50Ms: number;
  queryP95Ms: number;
  /** The same queries again, with everything they need in memory. */
  queryP95RepeatedMs: number;
  /** Share of planted words whose section is in the top 10, typed whole, as a beginning, and with one typo. */
  recall: {exact: number; prefix: number; typo: number};
  /** Share of queries for a heading word whose first hit has it in its title or heading. */
  headingFirst: number;
}

export interface SearchBenchResult {
  chapters: number;
  sections: number;
  textBytes: number;
  queries: number;
  engines: EngineFigures[];
}

/** An engine ready to query: its top ten record ids, and how a prefix or a typo query is written for it. */
interface Contender {
  figures: Pick<EngineFigures, 'engine' | 'config' | 'buildMs' | 'indexBytes' | 'indexGzipBytes' | 'firstResultsGzipBytes' | 'firstQueryMs'>;
  search: (query: string) => number[] | Promise<number[]>;
  prefix?: (word: string) => string;
  typo?: (word: string) => string;
}

const TOP = 10;
const gzip = (text: string) => gzipSync(text).length;
const percentile = (values: readonly number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const elapsed = (start: number) => performance.now() - start;

/** The synthetic sections as the site's index sources: a doc per chapter. */
function docSources(sections: readonly SyntheticSection[]): DocSource[] {
  const docs: DocSource[] = [];
  for (const s of sections) {
    if (s.number === 1) {
      docs.push({
        id: `chapter-${s.chapter}`,
        number: `9.${s.chapter + 1}`,
        title: s.title,
        part: s.part,
        audience: s.audience,
        keywords: s.keywords,
        version: 1,
        effective: '2009-02-01',
        current: true,
        url: `/procedures/chapter-${s.chapter}`,
        sections: [],
      });
    }
    docs.at(-1)!.sections.push({heading: s.heading, anchor: `section-${s.number}`, text: s.text});
  }
  return docs;
}

async function flexsearch(sections: readonly SyntheticSection[], queries: readonly string[]): Promise<Contender> {
  let start = performance.now();
  const files = buildSearchIndex(docSources(sections));
  const buildMs = elapsed(start);
  const texts = new Map([...files].map(([name, value]) => [name, JSON.stringify(value)]));
  const gz = new Map([...texts].map(([name, text]) => [name, gzip(text)]));
  const index = [...texts.keys()].filter((name) => !name.includes('doc-'));

  const encoder = createEncoder();
  start = performance.now();
  const engine = await SearchEngine.open(async (file) => JSON.parse(texts.get(file)!));
  const search = async (query: string) => (await engine.rank(parseQuery(query, encoder), {}, TOP)).ids;
  await search(queries[0]!);
  const firstQueryMs = elapsed(start);

  // Before its first results a browser has the manifest, the shards of the query's words and the texts of the hits shown.
  const {docs} = JSON.parse(texts.get(MANIFEST_FILE)!) as SearchManifest;
  const docOf = (id: number) => docs.findIndex((d) => id >= d.first && id < d.first + d.sections);
  const firstResults: number[] = [];
  for (const query of queries) {
    const needed = new Set([MANIFEST_FILE, ...parseQuery(query, encoder).terms.map((t) => shardFile(shardKey(t.prefix)))]);
    for (const id of await search(query)) needed.add(docFile(docOf(id), docs[docOf(id)]!.current));
    firstResults.push([...needed].reduce((sum, file) => sum + (gz.get(file) ?? 0), 0));
  }
  return {
    figures: {
      engine: 'flexsearch',
      config: 'FlexSearch 0.8 Document, forward tokenizer, two-letter shards; stem-prefix lookup, typo fallback; title 5, heading 4, keywords 3, text 1',
      buildMs,
      indexBytes: index.reduce((sum, name) => sum + texts.get(name)!.length, 0),
      indexGzipBytes: index.reduce((sum, name) => sum + gz.get(name)!, 0),
      firstResultsGzipBytes: percentile(firstResults, 0.5),
      firstQueryMs,
    },
    search,
  };
}

function lunrEngine(sections: readonly SyntheticSection[], queries: readonly string[]): Contender {
  let start = performance.now();
  const built = lunr(function () {
    this.ref('id');
    for (const field of ['title', 'heading', 'keywords', 'text']) this.field(field);
    // As @easyops-cn/docusaurus-search-local keeps positions, for highlighting.
    this.metadataWhitelist = ['position'];
    sections.forEach((s, id) => this.add({id, title: s.title, heading: s.heading, keywords: s.keywords.join(' '), text: s.text}));
  });
  const buildMs = elapsed(start);
  const text = JSON.stringify(built);
  start = performance.now();
  const index = lunr.Index.load(JSON.parse(text));
  const search = (query: string) => {
    try {
      return index
        .search(query)
        .slice(0, TOP)
        .map((r) => Number(r.ref));
    } catch {
      return []; // lunr rejects some query syntax
    }
  };
  search(queries[0]!);
  const firstQueryMs = elapsed(start);
  return {
    figures: {
      engine: 'lunr',
      config: 'lunr 2.3.9, default pipeline (stemmer, stop words), positions kept; prefix as term*, typo as term~1',
      buildMs,
      indexBytes: text.length,
      indexGzipBytes: gzip(text),
      firstResultsGzipBytes: gzip(text),
      firstQueryMs,
    },
    search,
    prefix: (word) => `${word}*`,
    typo: (word) => `${word}~1`,
  };
}

function miniSearch(sections: readonly SyntheticSection[], queries: readonly string[]): Contender {
  const options = {fields: ['title', 'heading', 'keywords', 'text'], searchOptions: {prefix: true, fuzzy: 0.2}};
  let start = performance.now();
  const built = new MiniSearch(options);
  built.addAll(sections.map((s, id) => ({id, title: s.title, heading: s.heading, keywords: s.keywords.join(' '), text: s.text})));
  const buildMs = elapsed(start);
  const text = JSON.stringify(built);
  start = performance.now();
  const index = MiniSearch.loadJSON(text, options);
  const search = (query: string) =>
    index
      .search(query)
      .slice(0, TOP)
      .map((r) => Number(r.id));
  search(queries[0]!);
  const firstQueryMs = elapsed(start);
  return {
    figures: {
      engine: 'minisearch',
      config: 'MiniSearch 7.2.0, prefix: true, fuzzy: 0.2, no field boosts',
      buildMs,
      indexBytes: text.length,
      indexGzipBytes: gzip(text),
      firstResultsGzipBytes: gzip(text),
      firstQueryMs,
    },
    search,
  };
}

/** One letter changed, dropped, added or two swapped, at a seeded position. */
function withTypo(word: string, next: () => number): string {
  const at = Math.floor(next() * word.length);
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]!;
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + (letter === word[at] ? 'z' : letter) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default: {
      const i = Math.min(at, word.length - 2);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
  }
}

/** Measures the three engines on `chapters` synthetic chapters written with the sample manual's words. */
export async function benchSearch(chapters: number): Promise<SearchBenchResult> {
  const {manual} = await readManual({root: process.cwd(), docsDir: 'docs'});
  if (!manual) throw new Error('The sample manual in docs/ does not load: run `npm run check`.');
  const words = manual.chapters.flatMap((c) => c.sections.flatMap((s) => s.text.toLowerCase().match(/[a-z]+/g) ?? []));
  const {sections, planted} = syntheticCorpus(chapters, words);
  const next = random(47);
  const queryWords = words.filter((w) => w.length > 2 && !STOP_WORDS.has(w));
  const pick = () => queryWords[Math.floor(next() * queryWords.length)]!;
  const queries = Array.from({length: 300}, (_, i) => Array.from({length: 1 + (i % 3)}, pick).join(' '));
  const headingWords = [...new Set(sections.flatMap((s) => s.heading.split(' ')).filter((w) => w.length > 3 && !STOP_WORDS.has(w)))].slice(0, 100);
  const inHeading = (id: number, word: string) => `${sections[id]!.title} ${sections[id]!.heading}`.split(' ').includes(word);
  const typos = planted.map(({term}) => withTypo(term, next));

  const engines: EngineFigures[] = [];
  for (const make of [flexsearch, lunrEngine, miniSearch]) {
    const contender = await make(sections, queries);
    const {search, prefix = (w: string) => w, typo = (w: string) => w} = contender;
    const timed = async () => {
      const times: number[] = [];
      for (const query of queries) {
        const start = performance.now();
        await search(query);
        times.push(elapsed(start));
      }
      return times;
    };
    const times = await timed();
    const repeated = await timed();
    const recall = async (write: (term: string, i: number) => string) => {
      let found = 0;
      for (const [i, {term, section}] of planted.entries()) if ((await search(write(term, i))).includes(section)) found++;
      return found / planted.length;
    };
    let headingFirst = 0;
    for (const word of headingWords) {
      const [top] = await search(word);
      if (top !== undefined && inHeading(top, word)) headingFirst++;
    }
    engines.push({
      ...contender.figures,
      queryP50Ms: percentile(times, 0.5),
      queryP95Ms: percentile(times, 0.95),
      queryP95RepeatedMs: percentile(repeated, 0.95),
      recall: {
        exact: await recall((term) => term),
        prefix: await recall((term) => prefix(term.slice(0, Math.max(4, Math.ceil(term.length * 0.6))))),
        typo: await recall((_, i) => typo(typos[i]!)),
      },
      headingFirst: headingFirst / headingWords.length,
    });
  }
  return {chapters, sections: sections.length, textBytes: sections.reduce((sum, s) => sum + s.text.length, 0), queries: queries.length, engines};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const pct = (share: number) => `${(share * 100).toFixed(0)} %`;

/** Costs (lower is better) compare as multiples of ours; shares (higher is better) as points above or below ours. */
const FIGURES: {label: string; cost?: (e: EngineFigures) => number; share?: (e: EngineFigures) => number; show: (value: number) => string}[] = [
  {label: 'index build', cost: (e) => e.buildMs, show: ms},
  {label: 'index size', cost: (e) => e.indexBytes, show: kb},
  {label: 'index size gzipped', cost: (e) => e.indexGzipBytes, show: kb},
  {label: 'downloaded before first results (gzipped)', cost: (e) => e.firstResultsGzipBytes, show: kb},
  {label: 'first query ready (load + import)', cost: (e) => e.firstQueryMs, show: ms},
  {label: 'query p50 (index shards loaded as queries need them)', cost: (e) => e.queryP50Ms, show: ms},
  {label: 'query p95 (index shards loaded as queries need them)', cost: (e) => e.queryP95Ms, show: ms},
  {label: 'query p95, the same queries again', cost: (e) => e.queryP95RepeatedMs, show: ms},
  {label: 'recall: exact word', share: (e) => e.recall.exact, show: pct},
  {label: 'recall: word beginning', share: (e) => e.recall.prefix, show: pct},
  {label: 'recall: one typo', share: (e) => e.recall.typo, show: pct},
  {label: 'heading word ranked first', share: (e) => e.headingFirst, show: pct},
];

/** The figures as a Markdown table: each peer's value beside ours, and how it compares. */
export function formatSearchTable(result: SearchBenchResult): string {
  const [ours, ...peers] = result.engines;
  if (!ours) return '';
  const compare = (figure: (typeof FIGURES)[number], peer: EngineFigures): string => {
    if (figure.cost) {
      const ratio = figure.cost(peer) / figure.cost(ours);
      return `${ratio.toFixed(ratio < 10 ? 2 : 0)}× ours`;
    }
    const points = Math.round((figure.share!(peer) - figure.share!(ours)) * 100);
    return points === 0 ? 'same' : `${points > 0 ? '+' : ''}${points} points`;
  };
  const value = (figure: (typeof FIGURES)[number], e: EngineFigures) => figure.show((figure.cost ?? figure.share)!(e));
  const header = ['', `${ours.engine} (ours)`, ...peers.flatMap((p) => [p.engine, `${p.engine} vs ours`])];
  const rows = FIGURES.map((figure) => [figure.label, value(figure, ours), ...peers.flatMap((p) => [value(figure, p), compare(figure, p)])]);
  return [
    `### Search: ${result.chapters} chapters, ${result.sections} sections, ${kb(result.textBytes)} of text, ${result.queries} queries`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...result.engines.map((e) => `- ${e.engine}: ${e.config}`),
  ].join('\n');
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  const chapters = Number(process.argv[2] ?? 300);
  if (!Number.isInteger(chapters) || chapters < 1) throw new Error('Usage: npx tsx scripts/bench/search-bench.ts <chapters>');
  void benchSearch(chapters).then((result) => console.log(formatSearchTable(result)));
}
