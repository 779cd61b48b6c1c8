import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {readGlossary, type GlossaryEntry} from '../lib/glossary/glossary';

/**
 * The glossary's entries for the chapter pipeline (remark/glossary-terms),
 * read again only when the file changes. Without a glossary there are none;
 * a broken one gives the entries that are valid, and `check` names the rest.
 */
export function glossaryEntries(root: string, file: string): () => GlossaryEntry[] {
  let read: {mtimeMs: number; entries: GlossaryEntry[]} | undefined;
  return () => {
    const absolute = path.join(root, file);
    const mtimeMs = statSync(absolute, {throwIfNoEntry: false})?.mtimeMs;
    if (mtimeMs === undefined) return [];
    if (read?.mtimeMs !== mtimeMs) read = {mtimeMs, entries: readGlossary({file, text: readFileSync(absolute, 'utf8')}).glossary?.entries ?? []};
    return read.entries;
  };
}
