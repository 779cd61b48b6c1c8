import type {Hit} from './engine';
import type {IndexedDoc} from './manifest';

/** Hits of one chapter version, in rank order. */
export interface HitGroup {
  doc: IndexedDoc;
  hits: Hit[];
}

/** Groups hits by chapter version, ordered by each group's best hit. */
export function groupHits(hits: readonly Hit[]): HitGroup[] {
  const groups = new Map<IndexedDoc, Hit[]>();
  for (const hit of hits) groups.set(hit.doc, [...(groups.get(hit.doc) ?? []), hit]);
  return [...groups].map(([doc, grouped]) => ({doc, hits: grouped}));
}
