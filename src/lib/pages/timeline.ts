import {versionFacts} from '../history/chapter-versions';
import type {History} from '../history/load-history';
import type {Timeline} from './point-in-time';
import {chapterUrls} from './urls';

/** Every released version of every chapter, for the point-in-time page. */
export function buildTimeline(history: History, base: string): Timeline {
  const chapters = [...history.versions].map(([id, versions]) => {
    const withdrawn = history.withdrawn.get(id);
    return {
      id,
      versions: versions.map((v) => ({
        ...versionFacts(v),
        released: v.release.date,
        url: chapterUrls(base, id).version(v.version),
      })),
      ...(withdrawn ? {withdrawn: withdrawn.release.date} : {}),
    };
  });
  const first = history.releases[0]?.date;
  const last = history.releases.at(-1)?.date;
  return {...(first ? {first} : {}), ...(last ? {last} : {}), chapters};
}
