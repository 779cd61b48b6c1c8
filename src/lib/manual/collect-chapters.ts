import {compareChapterNumbers} from '../chapter-number';
import {positionFinder} from '../read-yaml';
import type {Chapter} from '../model';
import type {ParsedChapter} from '../parse-chapter';
import {problem, type Problem} from '../problems';

export interface CollectedChapters {
  /** Valid chapters ordered by number; one per id. */
  chapters: Chapter[];
  problems: Problem[];
  /**
   * Files and ids whose own problems are already reported (invalid
   * frontmatter, a shared id): references to them are not reported again
   * from every referrer.
   */
  reported: Set<string>;
}

/**
 * Pass 1: the chapters of the manual. An id or number held by more than one
 * file is reported at each of them; the first file keeps the id, so links
 * still resolve while the editor decides which one to change.
 */
export function collectChapters(parsed: readonly ParsedChapter[]): CollectedChapters {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const p of parsed) {
    if (p.frontmatter) continue;
    reported.add(p.file);
    if (p.declaredId) reported.add(p.declaredId);
  }
  const valid = parsed.filter((p): p is ParsedChapter & {frontmatter: NonNullable<ParsedChapter['frontmatter']>} => p.frontmatter !== undefined);
  const holders = (key: 'id' | 'number') => {
    const groups = new Map<string, typeof valid>();
    for (const p of valid) groups.set(p.frontmatter[key], [...(groups.get(p.frontmatter[key]) ?? []), p]);
    return groups;
  };

  for (const [id, same] of holders('id')) {
    if (same.length < 2) continue;
    reported.add(id);
    for (const p of same) {
      const others = same.filter((o) => o !== p).map((o) => o.file);
      problems.push(
        problem(
          p.file,
          positionFinder(p.positions)(['id']),
          'ID_DUPLICATE',
          `id \`${id}\` is also used by ${others.join(', ')}`,
          'Ids are permanent and unique: keep the id on the chapter readers know by it, and give the other a new one.',
        ),
      );
    }
  }
  for (const [number, same] of holders('number')) {
    if (same.length < 2) continue;
    for (const p of same) {
      const others = same.filter((o) => o !== p).map((o) => `${o.file} (${o.frontmatter.title})`);
      problems.push(
        problem(
          p.file,
          positionFinder(p.positions)(['number']),
          'NUMBER_DUPLICATE',
          `chapter number ${number} is also used by ${others.join(', ')}`,
          'Give one of them a free number.',
        ),
      );
    }
  }

  const seen = new Set<string>();
  const chapters: Chapter[] = [];
  for (const {file, text, frontmatter, positions, sections, anchors, links} of valid) {
    if (seen.has(frontmatter.id)) continue;
    seen.add(frontmatter.id);
    chapters.push({...frontmatter, file, positions, text, sections, anchors, links, linksTo: []});
  }
  chapters.sort((a, b) => compareChapterNumbers(a.number, b.number) || a.id.localeCompare(b.id));
  return {chapters, problems, reported};
}
