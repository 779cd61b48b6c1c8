import type {History, Release} from '../history/load-history';
import type {Manual} from '../model';
import {manualOnDate} from '../pages/point-in-time';
import {buildTimeline} from '../pages/timeline';

/** One chapter version as printed. */
export interface PaperChapter {
  id: string;
  number: string;
  title: string;
  version: number;
  effective: string;
  /** The version's page on the site: what is printed. */
  url: string;
  /** Published by the date but not yet in force then (printed only when asked for). */
  prospective: boolean;
}

/** The manual as it stood on a date, as one printed document. */
export interface PaperManual {
  title: string;
  board: string;
  date: string;
  /** The latest release published by the date: its record's hash vouches for every chapter printed. */
  release: Pick<Release, 'title' | 'date' | 'sha256' | 'nextUpdate'>;
  /** In number order; a prospective version follows the version in force. */
  chapters: PaperChapter[];
  /** Prospective versions left out (without `includeProspective`). */
  prospectiveLeftOut: number;
}

export class NothingInForceError extends Error {}

/**
 * Which version of each chapter was in force on `date`, from the released
 * history alone: what a printed copy of that day must hold. Text not yet
 * released is never printed.
 */
export function manualOnPaper(
  manual: Manual,
  history: History | undefined,
  {date, includeProspective, chaptersBase}: {date: string; includeProspective: boolean; chaptersBase: string},
): PaperManual {
  const release = history?.releases.filter((r) => r.date <= date).at(-1);
  if (!history || !release) {
    const first = history?.releases[0];
    throw new NothingInForceError(
      first
        ? `nothing had been released by ${date}: the first release, ${first.title}, is dated ${first.date}`
        : 'the manual has no releases yet: run `npm run release` first',
    );
  }
  const released = (id: string, version: number) => history.versions.get(id)!.find((v) => v.version === version)!;
  const chapters: PaperChapter[] = [];
  let prospectiveLeftOut = 0;
  for (const chapter of manualOnDate(buildTimeline(history, chaptersBase), date)) {
    const printed = [...(chapter.inForce ? [{...chapter.inForce, prospective: false}] : []), ...chapter.prospective.map((v) => ({...v, prospective: true}))];
    for (const {version, url, prospective} of printed) {
      if (prospective && !includeProspective) {
        prospectiveLeftOut += 1;
        continue;
      }
      const v = released(chapter.id, version);
      chapters.push({
        id: chapter.id,
        number: v.number,
        title: v.title,
        version,
        effective: v.effective,

        url,
        prospective,
      });
    }
  }
  const {title, date: releaseDate, sha256, nextUpdate} = release;
  return {
    title: manual.config.title,
    board: manual.config.board,
    date,
    release: {title, date: releaseDate, sha256, ...(nextUpdate ? {nextUpdate} : {})},
    chapters,
    prospectiveLeftOut,
  };
}
