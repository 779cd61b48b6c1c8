import type {AmendmentEntry, AmendmentsData} from '../pages/amendments';
import {AMENDMENTS_PATH, chapterFeedFolder, chapterUrls, partFeedFolder} from '../pages/urls';
import type {Manual} from '../model';
import {partSlug} from '../sidebar';

/** One item of a feed. Text is plain: the renderers escape it for each format. */
export interface FeedItem {
  /** Permanent: a released version's address, or a release's anchor. */
  id: string;
  url: string;
  title: string;
  /** The release's date, YYYY-MM-DD. */
  date: string;
  /** What the item says, a line each. */
  lines: string[];
  /** For a chapter's item: the change note, the sections it touched and the comparison with the version before. */
  chapter?: {id: string; number: string; title: string; version?: number; change?: string; sections?: string; compareUrl?: string};
}

/** A feed: where it is published, what it is about and its items, newest first. */
export interface FeedModel {
  /** The folder of its three files, below the site's base: `/feeds/chapter/referrals`. */
  folder: string;
  title: string;
  description: string;
  /** The page the feed follows. */
  page: string;
  /** The newest item's date. */
  updated?: string;
  items: FeedItem[];
}

/**
 * The manual's feeds: every release for the whole manual, and for each part
 * and each current chapter the changes to its chapters, one item a chapter
 * version, so that a practitioner can follow only what they work with.
 */
export function manualFeeds(manual: Manual, amendments: AmendmentsData, {siteBase, chaptersBase}: {siteBase: string; chaptersBase: string}): FeedModel[] {
  const {title} = manual.config;
  // Grouped once by chapter and by part: a regional manual has thousands of chapters, each with its own feed.
  const byChapter = new Map<string, FeedItem[]>();
  const byPart = new Map<string, FeedItem[]>();
  for (const release of amendments.releases) {
    for (const entry of release.entries) {
      const item = chapterItem(entry, release);
      append(byChapter, entry.id, item);
      append(byPart, entry.part, item);
    }
  }
  const dated = (model: Omit<FeedModel, 'updated'>): FeedModel => ({...model, ...(model.items[0] ? {updated: model.items[0].date} : {})});

  const whole = dated({
    folder: `${siteBase}${AMENDMENTS_PATH}`,
    title: `${title}: amendments`,
    description: `Each release of the ${title}, with the chapters it added, updated or withdrawn.`,
    page: `${siteBase}${AMENDMENTS_PATH}`,
    items: amendments.releases.map((release) => ({
      id: `${siteBase}${AMENDMENTS_PATH}#${release.anchor}`,
      url: `${siteBase}${AMENDMENTS_PATH}#${release.anchor}`,
      title: `${release.title} update`,
      date: release.date,
      lines: release.entries.map(entryLine),
    })),
  });
  const parts = manual.parts.map(({part}) =>
    dated({
      folder: `${siteBase}${partFeedFolder(part.id)}`,
      title: `${title}: Part ${part.number}, ${part.title}`,
      description: `Chapters of Part ${part.number} (${part.title}) added, updated or withdrawn, release by release.`,
      page: `${chaptersBase}${partSlug(part.id)}`,
      items: byPart.get(part.id) ?? [],
    }),
  );
  const chapters = manual.chapters.map((chapter) =>
    dated({
      folder: `${siteBase}${chapterFeedFolder(chapter.id)}`,
      title: `${title}: ${chapter.number} ${chapter.title}`,
      description: `Each released version of ${chapter.number} ${chapter.title}, with its change note and the sections it changed.`,
      page: chapterUrls(chaptersBase, chapter.id).current,
      items: byChapter.get(chapter.id) ?? [],
    }),
  );
  return [whole, ...parts, ...chapters];
}

function chapterItem(entry: AmendmentEntry, release: AmendmentsData['releases'][number]): FeedItem {
  const what = entry.status === 'withdrawn' ? 'withdrawn' : entry.status === 'new' ? 'published' : 'updated';
  const lines = [entryLine(entry)];
  if (entry.sections) lines.push(`Sections affected: ${entry.sections}.`);
  return {
    // A withdrawal has no version: its permanent place is the release.
    id: entry.version ? entry.url : `${entry.url}#${release.anchor}`,
    url: entry.url,
    title: `${entry.number} ${entry.title}: ${what} in ${release.title}${entry.version ? ` (version ${entry.version})` : ''}`,
    date: release.date,
    lines,
    chapter: {
      id: entry.id,
      number: entry.number,
      title: entry.title,
      ...(entry.version ? {version: entry.version} : {}),
      ...(entry.change ? {change: entry.change} : {}),
      ...(entry.sections ? {sections: entry.sections} : {}),
      ...(entry.compareUrl ? {compareUrl: entry.compareUrl} : {}),
    },
  };
}

/** "2.1 Referrals: updated by adding …", as the amendments page words it. */
function entryLine(e: AmendmentEntry): string {
  if (e.status === 'withdrawn') return `${e.number} ${e.title}: withdrawn${e.replacedBy ? `, replaced by ${e.replacedBy.number} ${e.replacedBy.title}` : ''}.`;
  return `${e.number} ${e.title}: ${e.status === 'new' ? 'new chapter' : `updated ${e.change ?? ''}`}`.trim();
}

function append<T>(groups: Map<string, T[]>, key: string, value: T): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
