import type {History} from '../history/load-history';
import type {ChapterHistoryData, VersionSummary} from './chapter-history';

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
