import {dayBefore} from '../dates';
import type {Chapter, Manual, Section} from '../model';
import type {History, Release} from './load-history';

/** What identifies a version to a reader: its number, the chapter's number and title then, and when it came into force. */
export interface VersionFacts {
  version: number;
  number: string;
  title: string;
  effective: string;
}

/** One version of a chapter that can be shown or compared. */
export interface ChapterVersion extends VersionFacts {
  /** Last day in force: the day before the next version began; absent for the latest. */
  until?: string;
  change?: string;
  /** The release that published it; absent for current text not yet released. */
  release?: Release;
  sections: Section[];
  text: string;
}

/** The facts of a version, and nothing else, for page data. */
export function versionFacts({version, number, title, effective}: VersionFacts): VersionFacts {
  return {version, number, title, effective};
}

/**
 * Every version of every chapter, current or withdrawn, keyed by id: the
 * view the history pages, the compare pages and the search index share, so
 * it is computed once per build.
 */
export function allChapterVersions(manual: Manual, history: History | undefined, hashOf: (text: string) => string): Map<string, ChapterVersion[]> {
  const ids = new Set([...manual.byId.keys(), ...(history?.versions.keys() ?? [])]);
  return new Map([...ids].map((id) => [id, chapterVersions(manual, history, id, hashOf)]));
}

/**
 * Every version of a chapter, oldest first: its released versions, then the
 * current text when it differs from the last release; each with the period
 * it was in force.
 */
export function chapterVersions(manual: Manual, history: History | undefined, id: string, hashOf: (text: string) => string): ChapterVersion[] {
  const released = history?.versions.get(id) ?? [];
  const versions: Omit<ChapterVersion, 'until'>[] = released.map((v) => ({
    ...versionFacts(v),
    ...(v.change ? {change: v.change} : {}),
    release: v.release,
    sections: v.sections,
    text: v.text,
  }));
  const current: Chapter | undefined = manual.byId.get(id);
  const last = released.at(-1);
  if (current && last?.text !== current.text && hashOf(current.text) !== last?.sha256) {
    versions.push({
      ...versionFacts(current),
      ...(current.change ? {change: current.change} : {}),
      sections: current.sections,
      text: current.text,
    });
  }
  return versions.map((v, i) => {
    const next = versions[i + 1];
    return next ? {...v, until: dayBefore(next.effective)} : v;
  });
}
