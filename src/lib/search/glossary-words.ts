import {termFinder} from '../glossary/find-terms';
import {formsOf, type Glossary} from '../glossary/glossary';

/**
 * The words a section is also found by: for each glossary term it uses that
 * has other forms, the forms it does not use. So "LADO" finds a section that
 * writes "local authority designated officer", and the reverse.
 */
export function glossaryWords(glossary: Glossary | undefined): (heading: string, text: string) => string | undefined {
  const entries = glossary?.entries.filter((e) => e.synonyms.length > 0 || e.acronyms.length > 0) ?? [];
  if (entries.length === 0) return () => undefined;
  const find = termFinder(entries);
  return (heading, text) => {
    const written = `${heading}\n${text}`;
    const uses = find(written, new Set());
    const also = uses.flatMap(({entry}) => formsOf(entry).filter((form) => !written.includes(form)));
    return also.length > 0 ? also.join('. ') : undefined;
  };
}
