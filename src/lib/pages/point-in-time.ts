import {compareChapterNumbers} from '../chapter-number';

/**
 * The manual on a given date. Built once at build time as a timeline, then
 * read in the browser for whatever date the reader picks.
 */
export interface TimelineChapter {
  id: string;
  versions: {version: number; number: string; title: string; effective: string; released: string; url: string}[];
  /** Date of the release that withdrew the chapter, if it was. */
  withdrawn?: string;
}

export interface Timeline {
  /** The first and last release dates: the range a reader can ask about. */
  first?: string;
  last?: string;
  chapters: TimelineChapter[];
}

export interface ChapterOnDate {
  id: string;
  number: string;
  title: string;
  /** The version in force on the date. */
  inForce?: {version: number; effective: string; url: string};
  /** Versions published by the date but not yet in force. */
  prospective: {version: number; effective: string; url: string}[];
}

/**
 * Each chapter as it stood on `date`: the latest version in force, and any
 * published but not yet in force. Chapters not yet published, or withdrawn
 * by then, are left out.
 */
export function manualOnDate(timeline: Timeline, date: string): ChapterOnDate[] {
  const result: ChapterOnDate[] = [];
  for (const chapter of timeline.chapters) {
    if (chapter.withdrawn && chapter.withdrawn <= date) continue;
    const published = chapter.versions.filter((v) => v.released <= date);
    const inForce = published.filter((v) => v.effective <= date).at(-1);
    const prospective = published.filter((v) => v.effective > date && (!inForce || v.version > inForce.version));
    const shown = inForce ?? prospective[0];
    if (!shown) continue;
    result.push({
      id: chapter.id,
      number: shown.number,
      title: shown.title,
      ...(inForce ? {inForce: {version: inForce.version, effective: inForce.effective, url: inForce.url}} : {}),
      prospective: prospective.map((v) => ({version: v.version, effective: v.effective, url: v.url})),
    });
  }
  return result.sort((a, b) => compareChapterNumbers(a.number, b.number));
}
