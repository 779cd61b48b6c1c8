import {compareChapterNumbers} from '../chapter-number';
import {positionFinder} from '../read-yaml';
import type {Chapter} from '../model';
import type {ParsedChapter} from '../parse-chapter';
import {problem, type Problem} from '../problems';
import type {ChapterFrontmatter} from '../schema';

/**
 * A chapter file as the checks across chapters see it: a valid chapter in
 * full, or a broken one with the fields that are readable on their own. So
 * one bad field (an impossible date) hides no other problem: the file's id,
 * number, related ids, links and sections are still checked.
 */
export interface ChapterFile extends Partial<ChapterFrontmatter>, Pick<ParsedChapter, 'file' | 'positions' | 'sections' | 'anchors' | 'links'> {
  /** The chapter, when its frontmatter is valid. */
  chapter?: Chapter;
}

export interface CollectedChapters {
  /** Valid chapters ordered by number; one per id. */
  chapters: Chapter[];
  /** Every chapter file, valid or not. */
  files: ChapterFile[];
  /** Files whose id cannot be read, with the id they seem to give: references to them say so. */
  unreadable: Map<string, string | undefined>;
  problems: Problem[];
}

/**
 * Pass 1: the chapters of the manual. An id or number held by more than one
 * file is reported at each of them; the first file keeps the id, so links
 * still resolve while the editor decides which one to change.
 */
export function collectChapters(parsed: readonly ParsedChapter[]): CollectedChapters {
  const problems: Problem[] = [];
  const files: ChapterFile[] = parsed.map((p) => ({
    ...p.fields,
    file: p.file,
    positions: p.positions,
    sections: p.sections,
    anchors: p.anchors,
    links: p.links,
    ...(p.frontmatter
      ? {chapter: {...p.frontmatter, file: p.file, positions: p.positions, text: p.text, sections: p.sections, anchors: p.anchors, links: p.links, linksTo: []}}
      : {}),
  }));
  const unreadable = new Map(parsed.filter((p) => p.fields.id === undefined).map((p) => [p.file, p.declaredId]));

  for (const [id, same] of groupBy(files, (f) => f.id)) {
    for (const f of same) {
      const others = same.filter((o) => o !== f).map((o) => o.file);
      problems.push(
        problem(
          f.file,
          positionFinder(f.positions)(['id']),
          'ID_DUPLICATE',
          `id \`${id}\` is also used by ${others.join(', ')}`,
          'Ids are permanent and unique: keep the id on the chapter readers know by it, and give the other a new one.',
        ),
      );
    }
  }
  for (const [number, same] of groupBy(files, (f) => f.number)) {
    for (const f of same) {
      const others = same.filter((o) => o !== f).map((o) => `${o.file}${o.title ? ` (${o.title})` : ''}`);
      problems.push(
        problem(
          f.file,
          positionFinder(f.positions)(['number']),
          'NUMBER_DUPLICATE',
          `chapter number ${number} is also used by ${others.join(', ')}`,
          'Give one of them a free number.',
        ),
      );
    }
  }

  const seen = new Set<string>();
  const chapters: Chapter[] = [];
  for (const {chapter} of files) {
    if (!chapter || seen.has(chapter.id)) continue;
    seen.add(chapter.id);
    chapters.push(chapter);
  }
  chapters.sort((a, b) => compareChapterNumbers(a.number, b.number) || a.id.localeCompare(b.id));
  return {chapters, files, unreadable, problems};
}

/** Groups of two or more files sharing a readable value. */
function groupBy(files: readonly ChapterFile[], key: (f: ChapterFile) => string | undefined): Map<string, ChapterFile[]> {
  const groups = new Map<string, ChapterFile[]>();
  for (const f of files) {
    const value = key(f);
    if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), f]);
  }
  return new Map([...groups].filter(([, same]) => same.length > 1));
}
