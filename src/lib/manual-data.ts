import type {Problem} from './problems';
import type {History} from './history/load-history';
import type {Manual} from './model';
import {AMENDMENTS_PATH, chapterUrls, POINT_IN_TIME_PATH, releaseAnchor} from './pages/urls';
import type {Audience, FurtherReading} from './schema';
import {partSlug} from './sidebar';

/** The plugin's name: the key of its global data. */
export const PLUGIN_NAME = 'procedures-manual';

/**
 * What the site's pages need of the manual, computed once per build and
 * handed to the theme as plain JSON (Docusaurus global data).
 */
export interface ManualData {
  title: string;
  board: string;
  description: string;
  parts: PartData[];
  audiences: Audience[];
  chapters: Record<string, ChapterData>;
  /** Every release, oldest first, when the manual has a history: what a returning reader's last visit is measured against. */
  releases?: {title: string; date: string}[];
  /** The latest release, when the manual has a history. */
  latestRelease?: {title: string; date: string; url: string; chapters: string[]};
  amendmentsUrl?: string;
  pointInTimeUrl?: string;
  /** Whether the manual is published as data beside the site (`data/manual.json`; set by the plugin). */
  dataPublished?: boolean;
  /** The folder of the search index's files (set by the plugin, which builds them). */
  searchIndexUrl?: string;
  /** The dev site only: the manual's current problems, shown on the pages they affect, and the page listing them all. */
  problems?: Problem[];
  problemsUrl?: string;
}

export interface PartData {
  id: string;
  number: number;
  title: string;
  description: string;
  /** The part's page, listing its chapters. */
  url: string;
  /** Chapter ids, in chapter-number order. */
  chapters: string[];
}

export interface ChapterData {
  id: string;
  number: string;
  title: string;
  part: string;
  permalink: string;
  version: number;
  effective: string;
  change?: string;
  review: string;
  owner: string;
  audience: string[];
  related: string[];
  referencedBy: string[];
  furtherReading: FurtherReading[];
  sections: {number: number; heading: string; anchor: string}[];
  /** The chapter's history page, once it has been released. */
  historyUrl?: string;
  compareUrl?: string;
  /** Each released version and the release that published it (an index into `releases`), oldest first. */
  released?: {release: number; version: number}[];
}

export interface SiteUrls {
  /** A chapter file's address, as the docs plugin made it. */
  permalinkOf: (file: string) => string;
  /** The site's base URL without its trailing slash ('' at the root). */
  siteBase: string;
  /** Where chapters and their history pages live: `/procedures`. */
  chaptersBase: string;
}

export function manualData(manual: Manual, history: History | undefined, {permalinkOf, siteBase, chaptersBase}: SiteUrls): ManualData {
  const {config} = manual;
  const latest = history?.releases.at(-1);
  const releaseIndex = new Map(history?.releases.map((r, i) => [r.file, i]));
  const chapters: Record<string, ChapterData> = {};
  for (const c of manual.chapters) {
    chapters[c.id] = {
      id: c.id,
      number: c.number,
      title: c.title,
      part: c.part,
      permalink: permalinkOf(c.file),
      version: c.version,
      effective: c.effective,
      ...(c.change ? {change: c.change} : {}),
      review: c.review,
      owner: c.owner,
      audience: c.audience,
      related: c.related,
      referencedBy: manual.referencedBy.get(c.id) ?? [],
      furtherReading: c.further_reading,
      sections: c.sections.map(({number, heading, anchor}) => ({number, heading, anchor})),
    };
    const versions = history?.versions.get(c.id);
    if (versions) {
      const urls = chapterUrls(chaptersBase, c.id);
      const released = versions.map((v) => ({release: releaseIndex.get(v.release.file)!, version: v.version}));
      chapters[c.id] = {...chapters[c.id]!, historyUrl: urls.history, compareUrl: urls.compare, released};
    }
  }
  return {
    title: config.title,
    board: config.board,
    description: config.description,
    audiences: config.audiences,
    parts: manual.parts.map(({part, chapters: inPart}) => ({...part, url: `${chaptersBase}${partSlug(part.id)}`, chapters: inPart.map((c) => c.id)})),
    chapters,
    ...(latest
      ? {
          releases: history!.releases.map(({title, date}) => ({title, date})),
          latestRelease: {
            title: latest.title,
            date: latest.date,
            url: `${siteBase}${AMENDMENTS_PATH}#${releaseAnchor(latest.title)}`,
            chapters: latest.entries.filter((e) => e.status !== 'withdrawn').map((e) => e.id),
          },
          amendmentsUrl: `${siteBase}${AMENDMENTS_PATH}`,
          pointInTimeUrl: `${siteBase}${POINT_IN_TIME_PATH}`,
        }
      : {}),
  };
}
