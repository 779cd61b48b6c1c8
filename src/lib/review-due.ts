import {compareChapterNumbers} from './chapter-number';
import {daysBetween} from './dates';
import type {Manual} from './model';

export interface ReviewDue {
  id: string;
  number: string;
  title: string;
  part: string;
  owner: string;
  review: string;
  /** Days until the review date; negative when overdue. */
  days: number;
}

/** Chapters overdue for review or due within `within` days of `today`, soonest first. */
export function reviewsDue(manual: Manual, today: string, within: number): ReviewDue[] {
  return manual.chapters
    .map(({id, number, title, part, owner, review}) => ({id, number, title, part, owner, review, days: daysBetween(today, review)}))
    .filter((due) => due.days <= within)
    .sort((a, b) => a.days - b.days || compareChapterNumbers(a.number, b.number));
}
