import type {GlossaryEntry} from './glossary';

/** Where a glossary term is used in a run of text. */
export interface TermUse<E extends GlossaryEntry = GlossaryEntry> {
  start: number;
  end: number;
  entry: E;
}

const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds glossary terms in running text: whole words only, a plural s or es
 * allowed, terms and synonyms in any case, acronyms only as written (so
 * "MASH" is a term and "mash" is not). Where forms overlap the longest wins:
 * "initial child protection conference" before "child protection".
 *
 * The finder returns uses of entries not yet in `seen` and adds them, so a
 * caller links only the first use of a term in each section.
 */
export function termFinder<E extends GlossaryEntry>(entries: readonly E[]): (text: string, seen: Set<string>) => TermUse<E>[] {
  const byForm = new Map<string, {entry: E; exact?: string}>();
  for (const entry of entries) {
    for (const form of [entry.term, ...entry.synonyms]) byForm.set(form.toLowerCase(), {entry});
    for (const form of entry.acronyms) byForm.set(form.toLowerCase(), {entry, exact: form});
  }
  if (byForm.size === 0) return () => [];
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');

  return (text, seen) => {
    const uses: TermUse<E>[] = [];
    for (const match of text.matchAll(pattern)) {
      const written = match[1]!;
      const found = byForm.get(written.toLowerCase());
      if (!found || seen.has(found.entry.id) || (found.exact && written !== found.exact)) continue;
      seen.add(found.entry.id);
      uses.push({start: match.index, end: match.index + match[0].length, entry: found.entry});
    }
    return uses;
  };
}
