import {daysBetween, longDate} from './dates';
import type {Chapter} from './model';
import {problem, type Position, type Problem} from './problems';

/**
 * Warnings that depend on the day the manual is checked: reviews that are
 * overdue, and versions that have not come into force yet.
 */
export function dateWarnings(chapter: Chapter, today: string, at: (path: readonly PropertyKey[]) => Position): Problem[] {
  const warnings: Problem[] = [];
  const overdue = daysBetween(chapter.review, today);
  if (overdue > 0) {
    warnings.push(
      problem(
        chapter.file,
        at(['review']),
        'REVIEW_OVERDUE',
        `review was due on ${longDate(chapter.review)} (${overdue} day${overdue === 1 ? '' : 's'} ago)`,
        'Review the chapter with its owner, then set `review:` to the next review date.',
      ),
    );
  }
  if (daysBetween(today, chapter.effective) > 0) {
    warnings.push(
      problem(
        chapter.file,
        at(['effective']),
        'EFFECTIVE_FUTURE',
        `this version comes into force on ${longDate(chapter.effective)}`,
        'Readers are shown it as a prospective change until then; check the date if it should already apply.',
      ),
    );
  }
  return warnings;
}
