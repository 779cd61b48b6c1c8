import {dayBefore} from '../dates';
import type {ChapterVersion} from '../history/chapter-versions';
import {chapterUrls} from './urls';

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
    const next = versions[i + 1];
    const before = versions[i - 1];
    return {
      version: v.version,
      number: v.number,
      title: v.title,
      effective: v.effective,
      ...(next ? {until: dayBefore(next.effective)} : {}),
      ...(v.change ? {change: v.change} : {}),
      ...(v.release ? {release: {title: v.release.title, date: v.release.date}} : {}),
      url: v.release ? urls.version(v.version) : urls.current,
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
