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
}
