import {monthYear} from '../dates';
import type {Release} from './load-history';

/**
 * What `npm run release` proposes when asked with no title or date: the next
 * update the board announced with its last release, if that is still to
 * come, otherwise today; and a title in the boards' style, "February 2009".
 */
export function proposedRelease(last: Release | undefined, today: string): {date: string; title: (date: string) => string} {
  const announced = last?.nextUpdate && last.nextUpdate >= today ? last.nextUpdate : undefined;
  return {date: announced ?? today, title: monthYear};
}
