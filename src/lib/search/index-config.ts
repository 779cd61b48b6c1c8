import {Document} from 'flexsearch';
import {createEncoder} from './analyse';
import {FIELDS} from './manifest';

/** The fields FlexSearch indexes for each section record. */
export type SectionRecord = {id: number} & Record<(typeof FIELDS)[number], string>;

/**
 * Scoring slots per field: where in the field a term first appears, from
 * slot 0 (its first word) to RESOLUTION - 1.
 */
export const RESOLUTION = 9;

/**
 * The FlexSearch document index, configured identically where it is built
 * and where exported shards are imported into it. The forward tokenizer
 * indexes every beginning of every word, so a prefix is a plain lookup.
 */
export function createDocumentIndex(): Document<SectionRecord> {
  return new Document<SectionRecord>({
    tokenize: 'forward',
    resolution: RESOLUTION,
    encoder: createEncoder(),
    document: {id: 'id', index: [...FIELDS]},
  });
}
