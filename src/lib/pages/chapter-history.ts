import {versionFacts, type ChapterVersion} from '../history/chapter-versions';
import type {History} from '../history/load-history';
import type {Manual} from '../model';
import {chapterUrls, versionUrl} from './urls';

/** One row of a chapter's history: a version and when it was in force. */
export interface VersionSummary {
  version: number;
  number: string;
  title: string;
  effective: string;
  /** Last day in force; absent for the version in force now (or still to come). */
  until?: string;
  change?: string;
  release?: {title: string; date: string};
  url: string;
  /** Compare with the version before it. */
  compareUrl?: string;
}

/** Each version with its in-force period: from its effective date to the day before the next began. */
export function summariseVersions(base: string, id: string, versions: readonly ChapterVersion[]): VersionSummary[] {
  const urls = chapterUrls(base, id);
  return versions.map((v, i) => {
    const before = versions[i - 1];
    return {
      ...versionFacts(v),
      ...(v.until ? {until: v.until} : {}),
      ...(v.change ? {change: v.change} : {}),
      ...(v.release ? {release: {title: v.release.title, date: v.release.date}} : {}),
      url: versionUrl(urls, v),
      ...(before ? {compareUrl: `${urls.compare}?from=${before.version}&to=${v.version}`} : {}),
    };
  });
}

export interface ChapterHistoryData {
  id: string;
  number: string;
  title: string;
  /** The current chapter's address; absent when the chapter was withdrawn. */
  currentUrl?: string;
  historyUrl: string;
  compareUrl: string;
  withdrawn?: {release: string; date: string; replacedBy?: {number: string; title: string; url: string}};
  versions: VersionSummary[];
}

/** A chapter's history page: its versions, and what became of it if it was withdrawn. */
export function chapterHistoryData(
  manual: Manual,
  history: History | undefined,
  base: string,
  id: string,
  versions: readonly ChapterVersion[],
): ChapterHistoryData {
  const urls = chapterUrls(base, id);
  const withdrawn = history?.withdrawn.get(id);
  const replacement = withdrawn?.replacedBy ? manual.byId.get(withdrawn.replacedBy) : undefined;
  const replacedBy = replacement && {number: replacement.number, title: replacement.title, url: chapterUrls(base, replacement.id).current};
  const latest = versions.at(-1)!;
  return {
    id,
    number: latest.number,
    title: latest.title,
    ...(manual.byId.has(id) ? {currentUrl: urls.current} : {}),
    historyUrl: urls.history,
    compareUrl: urls.compare,
    ...(withdrawn ? {withdrawn: {release: withdrawn.release.title, date: withdrawn.release.date, ...(replacedBy ? {replacedBy} : {})}} : {}),
    versions: summariseVersions(base, id, versions),
  };
}
