import {alphabetical, type Glossary} from '../glossary/glossary';
import type {Manual} from '../model';
import {chapterUrls} from './urls';

export interface GlossaryPageEntry {
  id: string;
  term: string;
  definition: string;
  /** Acronyms first, then other ways of writing the term. */
  alsoKnownAs: string[];
  related: {number: string; title: string; url: string}[];
}

export interface GlossaryPageData {
  title: string;
  /** A–Z, each letter with its entries; letters without entries are listed empty, for the letter bar. */
  letters: {letter: string; entries: GlossaryPageEntry[]}[];
}

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The glossary page: every term A–Z, with the chapters that say most about it. */
export function glossaryPageData(manual: Manual, glossary: Glossary, chaptersBase: string): GlossaryPageData {
  const byLetter = new Map<string, GlossaryPageEntry[]>(ALPHABET.map((l) => [l, []]));
  for (const entry of alphabetical(glossary.entries)) {
    // Terms starting with a digit or an accented letter file under their base letter, or first.
    const letter = entry.term.normalize('NFD')[0]!.toUpperCase();
    const related = entry.related.flatMap((id) => {
      const chapter = manual.byId.get(id);
      return chapter ? [{number: chapter.number, title: chapter.title, url: chapterUrls(chaptersBase, id).current}] : [];
    });
    const page = {id: entry.id, term: entry.term, definition: entry.definition.trim(), alsoKnownAs: [...entry.acronyms, ...entry.synonyms], related};
    if (!byLetter.has(letter)) byLetter.set(letter, []);
    byLetter.get(letter)!.push(page);
  }
  const letters = [...byLetter].map(([letter, entries]) => ({letter, entries}));
  return {title: `${manual.config.title}: glossary`, letters};
}
