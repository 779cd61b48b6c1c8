import GithubSlugger from 'github-slugger';
import {formatChapterFile} from './editor/chapter-file';
import type {Manual} from './model';
import type {ChapterFrontmatterInput} from './schema';

export interface NewChapterRequest {
  number: string;
  title: string;
  part: string;
  owner?: string;
  audience?: string[];
  /** YYYY-MM-DD: the new chapter's effective date; review falls a year later. */
  today: string;
}

/**
 * The first id made from `title` that no chapter uses: `bullying`, then
 * `bullying-2` … Accents are dropped and any other run of characters an id
 * may not hold becomes one hyphen ("Drugs & Alcohol" → `drugs-alcohol`), so
 * the id always passes `check`.
 */
export function freeId(title: string, taken: ReadonlySet<string>): string {
  const base =
    GithubSlugger.slug(title.normalize('NFKD').replace(/\p{M}/gu, ''))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chapter';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The text of a new chapter at version 1, in force today and due for review
 * in a year. The owner defaults to the group owning most of the part.
 */
export function newChapter(manual: Manual, request: NewChapterRequest, formerIds: Iterable<string> = []): {id: string; text: string} {
  // Ids are never reused, so those of withdrawn chapters are taken too.
  const id = freeId(request.title, new Set([...manual.byId.keys(), ...formerIds]));
  const [y, m, d] = request.today.split('-');
  const frontmatter: ChapterFrontmatterInput = {
    id,
    number: request.number,
    title: request.title,
    part: request.part,
    related: [],
    version: 1,
    effective: request.today,
    review: `${Number(y) + 1}-${m}-${d === '29' && m === '02' ? '28' : d}`,
    owner: request.owner ?? usualOwner(manual, request.part),
    audience: request.audience ?? ['all'],
    keywords: [],
    further_reading: [],
  };
  const body = [
    '## Purpose',
    '',
    `This chapter sets out the procedure for ${request.title.toLowerCase()}. Replace this text, and add a \`##\` heading for each further section.`,
    '',
  ].join('\n');
  return {id, text: formatChapterFile(frontmatter, body)};
}

function usualOwner(manual: Manual, part: string): string {
  const counts = new Map<string, number>();
  for (const c of manual.chapters) if (c.part === part) counts.set(c.owner, (counts.get(c.owner) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Procedures Sub-Group';
}
