import {createEncoder} from './analyse';
import {createDocumentIndex} from './index-config';
import {docFile, FIELDS, MANIFEST_FILE, shardFile, shardKey, VOCABULARY_FILE, type Field, type IndexedDoc, type SearchManifest, type Shard} from './manifest';
import type {DocSource} from './sources';

/**
 * Builds the search index's files (name → JSON value) from the docs to
 * index: one FlexSearch record per section, numbered in order.
 *
 * The index is built whole, so each term's scores are those of the full
 * manual, then FlexSearch's export is split by the first two letters of
 * each term (see shardKey). A browser imports only the shards its query's words need into one
 * index (FlexSearch merges imported term lists). One-letter beginnings of
 * words are dropped: a query needs two letters before it searches.
 */
export function buildSearchIndex(sources: readonly DocSource[]): Map<string, unknown> {
  const index = createDocumentIndex();
  const encoder = createEncoder();
  const vocabulary = new Set<string>();
  const files = new Map<string, unknown>();
  const docs: IndexedDoc[] = [];
  let next = 0;
  sources.forEach(({keywords, sections, ...doc}, n) => {
    docs.push({...doc, first: next, sections: sections.length});
    // Words a section is only found by stay out of its shown text.
    files.set(docFile(n, doc.current), {keywords, sections: sections.map(({heading, anchor, text}) => ({heading, anchor, text}))});
    for (const section of sections) {
      const text = section.also ? `${section.text}\n${section.also}` : section.text;
      const record = {id: next++, title: doc.title, heading: section.heading, keywords: keywords.join(' '), text};
      index.add(record);
      for (const field of FIELDS) for (const term of encoder.encode(record[field])) vocabulary.add(term);
    }
  });

  const shards = new Map<string, Shard>();
  index.export((key: string, data: string) => {
    const [field, , kind] = key.split('.') as [Field, string, string | undefined];
    if (kind !== 'map') return;
    for (const entry of JSON.parse(data) as [string, number[][]][]) {
      const term = entry[0];
      if (term.length < 2 && !/[0-9]/.test(term)) continue;
      const shard = shardKey(term);
      if (!shards.has(shard)) shards.set(shard, Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as Shard);
      shards.get(shard)![field].push(entry);
    }
  });
  for (const [key, shard] of shards) files.set(shardFile(key), shard);
  files.set(VOCABULARY_FILE, [...vocabulary].sort());
  const manifest: SearchManifest = {format: 1, docs, shards: [...shards.keys()].sort()};
  files.set(MANIFEST_FILE, manifest);
  return files;
}
