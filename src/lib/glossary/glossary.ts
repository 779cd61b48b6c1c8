import * as z from 'zod';
import {parseYaml, positionFinder, validateWith, type KeyPositions} from '../read-yaml';
import type {SourceFile} from '../model';
import {problem, type Problem} from '../problems';
import {slug, text} from '../schema';
import {closest} from '../suggest';

/** The glossary's file, beside `manual.yml` in the manual folder. */
export const GLOSSARY_FILE = 'glossary.yml';
/** Where the glossary page is served, and what a chapter links to (`/glossary#significant-harm`). */
export const GLOSSARY_PATH = '/glossary';

const words = (what: string) => z.array(text(what)).default([]);

export const glossaryEntrySchema = z.strictObject({
  /** Permanent: the entry's anchor on the glossary page. */
  id: slug('id'),
  /** The term as it is usually written, such as "Significant harm". */
  term: text('term'),
  definition: z.string({error: 'definition must be text'}).refine((d) => d.trim() !== '', {
    error: 'definition must not be empty',
    params: {rule: 'GLOSSARY_DEFINITION_EMPTY', hint: 'Say in a sentence or two, in plain words, what the term means.'},
  }),
  /** Other ways of writing the term, matched in chapters without regard to case. */
  synonyms: words('synonyms'),
  /** Abbreviations, matched in chapters only as written (LADO, not lado). */
  acronyms: words('acronyms'),
  /** Ids of the chapters that say most about the term. */
  related: z.array(slug('related')).default([]),
});

export const glossarySchema = z.strictObject({terms: z.array(glossaryEntrySchema).min(1, {error: 'terms must list at least one term'})});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** An entry, with its place in the file's list (for the positions of its problems). */
export type GlossaryItem = GlossaryEntry & {index: number};

export interface Glossary {
  file: string;
  /** The valid entries, in the file's order. */
  entries: GlossaryItem[];
  positions: KeyPositions;
}

/** Every way an entry is written in a chapter: its term, synonyms and acronyms. */
export function formsOf(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.synonyms, ...entry.acronyms];
}

/**
 * Reads the glossary file. A problem with one entry (a missing definition)
 * leaves the others usable: each entry is validated on its own, so one typo
 * does not take every definition off the site while it is fixed.
 */
export function readGlossary(source: SourceFile): {glossary?: Glossary; problems: Problem[]} {
  const yaml = parseYaml(source.file, {text: source.text.replace(/^\uFEFF/, ''), firstLine: 1, label: source.file});
  if (yaml.problems.length > 0) return {problems: yaml.problems};
  const {value, problems} = validateWith(source.file, glossarySchema, yaml, Object.keys(glossarySchema.shape));
  if (!value) {
    const items = (yaml.data as {terms?: unknown})?.terms;
    if (!Array.isArray(items)) return {problems};
    const entries = items.flatMap((item, index) => {
      const parsed = glossaryEntrySchema.safeParse(item);
      return parsed.success ? [{...parsed.data, index}] : [];
    });
    return {glossary: {file: source.file, entries, positions: yaml.positions}, problems};
  }
  const entries = value.terms.map((entry, index) => ({...entry, index}));
  return {glossary: {file: source.file, entries, positions: yaml.positions}, problems: duplicates(source.file, value.terms, yaml.positions)};
}

/** Entries in alphabetical order of term, as the glossary page lists them. */
export function alphabetical<T extends GlossaryEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', {sensitivity: 'base'}));
}

/** An id, or a way of writing a term, given by two entries: a chapter's words could mean either. */
function duplicates(file: string, terms: readonly GlossaryEntry[], positions: KeyPositions): Problem[] {
  const at = positionFinder(positions);
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, {index: number; term: string}>();
  terms.forEach((entry, i) => {
    const first = ids.get(entry.id);
    if (first !== undefined) {
      problems.push(
        problem(file, at(['terms', i, 'id']), 'GLOSSARY_DUPLICATE', `id \`${entry.id}\` is also used by "${terms[first]!.term}"`, 'Give each term its own id.'),
      );
    } else ids.set(entry.id, i);
    const fields = [['term', [entry.term]] as const, ['synonyms', entry.synonyms] as const, ['acronyms', entry.acronyms] as const];
    for (const [field, list] of fields) {
      list.forEach((form, j) => {
        const key = form.trim().toLowerCase();
        const earlier = forms.get(key);
        if (earlier && earlier.index !== i) {
          problems.push(
            problem(
              file,
              at(field === 'term' ? ['terms', i, 'term'] : ['terms', i, field, j]),
              'GLOSSARY_DUPLICATE',
              `"${form}" is also given by "${earlier.term}"`,
              'A word can lead to one definition only: merge the two entries, or remove it from one of them.',
            ),
          );
        } else if (!earlier) forms.set(key, {index: i, term: entry.term});
      });
    }
  });
  return problems;
}

/** Each entry's related chapters exist. */
export function checkGlossaryRelated(glossary: Glossary, chapterIds: ReadonlySet<string>): Problem[] {
  const at = positionFinder(glossary.positions);
  return glossary.entries.flatMap((entry) =>
    entry.related.flatMap((id, j) => {
      if (chapterIds.has(id)) return [];
      const guess = closest(id, chapterIds);
      return [
        problem(
          glossary.file,
          at(['terms', entry.index, 'related', j]),
          'GLOSSARY_RELATED_NOT_FOUND',
          `"${entry.term}": related chapter \`${id}\` does not exist`,
          guess ? `Did you mean \`${guess}\`?` : 'Give the id of a chapter in the manual.',
        ),
      ];
    }),
  );
}
