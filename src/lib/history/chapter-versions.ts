import type {Chapter, Manual, Section} from '../model';
import type {History, Release} from './load-history';

/** One version of a chapter that can be shown or compared. */
export interface ChapterVersion {
  version: number;
  number: string;
  title: string;
  effective: string;
  change?: string;
  /** The release that published it; absent for current text not yet released. */
  release?: Release;
  sections: Section[];
  text: string;
}

/**
 * Every version of a chapter, oldest first: its released versions, then the
 * current text when it differs from the last release.
 */
export function chapterVersions(manual: Manual, history: History | undefined, id: string, hashOf: (text: string) => string): ChapterVersion[] {
  const released: ChapterVersion[] = (history?.versions.get(id) ?? []).map((v) => ({
    version: v.version,
    number: v.number,
    title: v.title,
    effective: v.effective,
    ...(v.change ? {change: v.change} : {}),
    release: v.release,
    sections: v.sections,
    text: v.text,
  }));
  const current: Chapter | undefined = manual.byId.get(id);
  if (current && released.at(-1)?.text !== current.text && hashOf(current.text) !== history?.versions.get(id)?.at(-1)?.sha256) {
    released.push({
      version: current.version,
      number: current.number,
      title: current.title,
      effective: current.effective,
      ...(current.change ? {change: current.change} : {}),
      sections: current.sections,
      text: current.text,
    });
  }
  return released;
}
