import type {Problem} from './problems';
import type {History} from './history/load-history';
import type {Chapter, Manual} from './model';
import {AMENDMENTS_PATH, chapterUrls, POINT_IN_TIME_PATH, releaseAnchor} from './pages/urls';
import type {Audience, FurtherReading} from './schema';
import {partSlug} from './sidebar';

/** The plugin's name: the key of its global data. */
export const PLUGIN_NAME = 'procedures-manual';

/**
 * What every page needs of the manual, handed to the theme as Docusaurus
 * global data, which is in the bundle every page loads. It holds nothing
 * per chapter: a page that shows chapters gets their data as its own module
 * (see ChapterData, HomeData, ReleasedChapters).
 */
export interface ManualData {
  title: string;
  board: string;
  description: string;
  parts: PartData[];
  audiences: Audience[];
  /** Every release, oldest first, when the manual has a history: what a returning reader's last visit is measured against. */
  releases?: {title: string; date: string}[];
  /** The latest release, when the manual has a history. */
  latestRelease?: {title: string; date: string; url: string};
  amendmentsUrl?: string;
  pointInTimeUrl?: string;
  /** Whether the manual is published as data beside the site (`data/manual.json`; set by the plugin). */
  dataPublished?: boolean;
  /** The folder of the search index's files (set by the plugin, which builds them). */
  searchIndexUrl?: string;
  /** Which release published each chapter's versions (ReleasedChapters), fetched only for a returning reader (set by the plugin). */
  releasedUrl?: string;
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
}

/** How one chapter names and links another. */
export interface ChapterLink {
  id: string;
  number: string;
  title: string;
  permalink: string;
}

/** What a chapter's page shows of it: compiled into that page's own code, loaded with it and nowhere else. */
export interface ChapterData extends ChapterLink {
  part: string;
  version: number;
  effective: string;
  change?: string;
  review: string;
  owner: string;
  audience: string[];
  related: ChapterLink[];
  referencedBy: ChapterLink[];
  furtherReading: FurtherReading[];
  sections: {number: number; heading: string; anchor: string}[];
  /** The chapter's history page, once it has been released. */
  historyUrl?: string;
  compareUrl?: string;
}

/** The home page: the contents of every part, and which chapters the latest release changed. */
export interface HomeData {
  parts: {id: string; chapters: ChapterLink[]}[];
  latestChanged: string[];
}

/** For a returning reader: each released chapter, with each of its versions and the release that published it (an index into ManualData.releases). */
export interface ReleasedChapters {
  chapters: (ChapterLink & {compareUrl?: string; released: {release: number; version: number}[]})[];
}

export interface SiteUrls {
  /** A chapter file's address, as the docs plugin made it. */
  permalinkOf: (file: string) => string;
  /** The site's base URL without its trailing slash ('' at the root). */
  siteBase: string;
  /** Where chapters and their history pages live: `/procedures`. */
  chaptersBase: string;
}

export function manualData(manual: Manual, history: History | undefined, {siteBase, chaptersBase}: Omit<SiteUrls, 'permalinkOf'>): ManualData {
  const {config} = manual;
  const latest = history?.releases.at(-1);
  return {
    title: config.title,
    board: config.board,
    description: config.description,
    audiences: config.audiences,
    parts: manual.parts.map(({part}) => ({...part, url: `${chaptersBase}${partSlug(part.id)}`})),
    ...(latest
      ? {
          releases: history!.releases.map(({title, date}) => ({title, date})),
          latestRelease: {title: latest.title, date: latest.date, url: `${siteBase}${AMENDMENTS_PATH}#${releaseAnchor(latest.title)}`},
          amendmentsUrl: `${siteBase}${AMENDMENTS_PATH}`,
          pointInTimeUrl: `${siteBase}${POINT_IN_TIME_PATH}`,
        }
      : {}),
  };
}

function chapterLink(c: Chapter, permalinkOf: SiteUrls['permalinkOf']): ChapterLink {
  return {id: c.id, number: c.number, title: c.title, permalink: permalinkOf(c.file)};
}

/** Each chapter's page data, by chapter file. */
export function chapterPages(manual: Manual, history: History | undefined, {permalinkOf, chaptersBase}: SiteUrls): Map<string, ChapterData> {
  const links = new Map(manual.chapters.map((c) => [c.id, chapterLink(c, permalinkOf)]));
  const linksTo = (ids: readonly string[]) => ids.flatMap((id) => links.get(id) ?? []);
  return new Map(
    manual.chapters.map((c) => {
      const urls = chapterUrls(chaptersBase, c.id);
      const page: ChapterData = {
        ...links.get(c.id)!,
        part: c.part,
        version: c.version,
        effective: c.effective,
        ...(c.change ? {change: c.change} : {}),
        review: c.review,
        owner: c.owner,
        audience: c.audience,
        related: linksTo(c.related),
        referencedBy: linksTo(manual.referencedBy.get(c.id) ?? []),
        furtherReading: c.further_reading,
        sections: c.sections.map(({number, heading, anchor}) => ({number, heading, anchor})),
        ...(history?.versions.has(c.id) ? {historyUrl: urls.history, compareUrl: urls.compare} : {}),
      };
      return [c.file, page];
    }),
  );
}

export function homeData(manual: Manual, history: History | undefined, {permalinkOf}: Pick<SiteUrls, 'permalinkOf'>): HomeData {
  const latest = history?.releases.at(-1);
  return {
    parts: manual.parts.map(({part, chapters}) => ({id: part.id, chapters: chapters.map((c) => chapterLink(c, permalinkOf))})),
    latestChanged: latest?.entries.filter((e) => e.status !== 'withdrawn').map((e) => e.id) ?? [],
  };
}

export function releasedChapters(manual: Manual, history: History, {permalinkOf, chaptersBase}: SiteUrls): ReleasedChapters {
  const releaseIndex = new Map(history.releases.map((r, i) => [r.file, i]));
  return {
    chapters: manual.chapters.flatMap((c) => {
      const versions = history.versions.get(c.id);
      if (!versions) return [];
      const released = versions.map((v) => ({release: releaseIndex.get(v.release.file)!, version: v.version}));
      return [{...chapterLink(c, permalinkOf), compareUrl: chapterUrls(chaptersBase, c.id).compare, released}];
    }),
  };
}

/** The folder, in Docusaurus's generated files, of each chapter page's data module. */
export const CHAPTER_DATA_DIR = 'procedures-chapters';

/** A chapter file's data module (`docs/referrals.md` → `referrals.json`): chapters sit directly in their folder, so names are unique. */
export function chapterDataName(file: string): string {
  return `${file.split(/[\\/]/).pop()!.replace(/\.md$/, '')}.json`;
}
