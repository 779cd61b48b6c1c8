import type {ChapterVersion} from '../history/chapter-versions';
import type {History} from '../history/load-history';
import type {Manual} from '../model';
import {renderChapterHtml} from '../render-html';
import {resolveLink} from '../resolve-link';
import type {ChapterHistoryData, VersionSummary} from './chapter-history';
import {chapterUrls} from './urls';

/** A released version at its permanent address, rendered as it was then. */
export interface VersionPageData {
  chapter: {id: string; number: string; title: string; currentUrl?: string; historyUrl: string};
  version: VersionSummary;
  sections: {number: number; heading: string; anchor: string}[];
  /** The version's text as HTML (raw HTML in the Markdown dropped). */
  html: string;
}

/** A withdrawn chapter's old address: a notice, its history and what replaced it. */
export interface WithdrawnPageData {
  history: ChapterHistoryData;
  replacedBy?: {number: string; title: string; url: string};
  /** The chapter only changed its id: its old address sends readers straight on. */
  renamed?: boolean;
}

/**
 * A withdrawal is a rename when the replacing chapter first appeared in the
 * same release that withdrew the old id.
 */
export function isRename(history: History, withdrawnId: string): boolean {
  const gone = history.withdrawn.get(withdrawnId);
  if (!gone?.replacedBy) return false;
  return history.versions.get(gone.replacedBy)?.[0]?.release === gone.release;
}

/** A released version's page: its place in the history and its text as HTML. */
export function versionPageData(
  v: ChapterVersion,
  summary: VersionPageData['version'],
  chapter: ChapterHistoryData,
  linkUrl: (url: string) => string,
): VersionPageData {
  return {
    chapter: {
      id: chapter.id,
      number: chapter.number,
      title: chapter.title,
      ...(chapter.currentUrl ? {currentUrl: chapter.currentUrl} : {}),
      historyUrl: chapter.historyUrl,
    },
    version: summary,
    sections: v.sections.map(({number, heading, anchor}) => ({number, heading, anchor})),
    html: renderChapterHtml(v.text, linkUrl),
  };
}

/**
 * Links in an old version point at chapters as they are now: the current
 * chapter if it still exists, else its history.
 */
export function linkRewriter(manual: Manual, history: History | undefined, base: string, routeBasePath: string) {
  const idByFile = new Map(manual.chapters.map((c) => [c.file, c.id]));
  const ids = new Set(manual.byId.keys());
  const fromFile = manual.chapters[0]?.file ?? 'docs/chapter.md';
  return (url: string): string => {
    const target = resolveLink(url, {fromFile, idByFile, ids, routeBasePath});
    if (target.kind !== 'chapter') return url;
    const id = target.id ?? target.target.split('/').at(-1)!.replace(/\.md$/, '');
    const urls = chapterUrls(base, id);
    const hash = target.anchor ? `#${target.anchor}` : '';
    if (target.version) return urls.version(target.version) + hash;
    if (manual.byId.has(id)) return urls.current + hash;
    return history?.versions.has(id) ? urls.history : url;
  };
}
