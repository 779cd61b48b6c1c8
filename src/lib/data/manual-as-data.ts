import type {ChapterVersion} from '../history/chapter-versions';
import type {History, Release} from '../history/load-history';
import type {Manual} from '../model';
import type {ChapterFrontmatter} from '../schema';
import {chapterUrls, versionUrl} from '../pages/urls';
import {dataPaths, releaseName, type DataKind} from './addresses';
import {jsonSchema, type ChapterVersionData, type ManualIndex, type ReleaseRecordData} from './schemas';

/** What the site publishes as data: JSON files, and released files copied exactly as released. */
export interface PublishedData {
  /** Paths below the site's root, without a leading `/`. */
  json: {path: string; data: unknown}[];
  /** `from` is the file in the project (`history/…`), `to` its path below the site's root. */
  copies: {from: string; to: string}[];
}

interface Addresses {
  /** The site's base address without a trailing `/`: `''` at the root. */
  siteBase: string;
  /** Where chapters are served: `/procedures`. */
  chaptersBase: string;
}

/**
 * The manual as data at stable addresses: an index, every version of every
 * chapter, every release, the JSON Schema of each, and the released files
 * themselves so that anyone can recompute the hash chain.
 */
export function manualAsData(
  manual: Manual,
  history: History | undefined,
  versions: ReadonlyMap<string, ChapterVersion[]>,
  {siteBase, chaptersBase}: Addresses,
): PublishedData {
  const at = (path: string) => `${siteBase}/${path}`;
  const releaseRef = (release: Release) => ({title: release.title, date: release.date, data: at(dataPaths.release(releaseName(release.file)))});
  const recordAt = (release: Release) => at(dataPaths.releasedRecord(releaseName(release.file)));
  const json: PublishedData['json'] = [];
  const copies: PublishedData['copies'] = [];

  for (const [id, list] of versions) {
    const urls = chapterUrls(chaptersBase, id);
    for (const v of list) {
      const released = v.release ? history?.versions.get(id)?.find((r) => r.version === v.version) : undefined;
      const frontmatter: ChapterFrontmatter | undefined = v.release ? released : manual.byId.get(id);
      if (!frontmatter) continue;
      const data: ChapterVersionData = {
        id,
        number: v.number,
        title: v.title,
        part: frontmatter.part,
        related: frontmatter.related,
        version: v.version,
        effective: v.effective,
        ...(v.until ? {until: v.until} : {}),
        ...(v.change ? {change: v.change} : {}),
        review: frontmatter.review,
        owner: frontmatter.owner,
        audience: frontmatter.audience,
        keywords: frontmatter.keywords,
        further_reading: frontmatter.further_reading,
        replaces: frontmatter.replaces,
        url: versionUrl(urls, v),
        ...(released ? {release: releaseRef(released.release), sha256: released.sha256, source: at(dataPaths.releasedVersion(id, v.version))} : {}),
        sections: v.sections.map(({number, heading, anchor, markdown}) => ({number, heading, anchor, markdown})),
      };
      json.push({path: dataPaths.chapterVersion(id, v.version), data});
      if (released) copies.push({from: released.file, to: dataPaths.releasedVersion(id, v.version)});
    }
  }

  const releases = history?.releases ?? [];
  releases.forEach((release, i) => {
    const name = releaseName(release.file);
    const previous = releases[i - 1];
    const data: ReleaseRecordData = {
      title: release.title,
      date: release.date,
      ...(release.nextUpdate ? {next_update: release.nextUpdate} : {}),
      ...(previous ? {previous: previous.sha256} : {}),
      sha256: release.sha256,
      record: recordAt(release),
      chapters: release.entries.map((entry) =>
        entry.status === 'withdrawn' ? entry : {...entry, data: at(dataPaths.chapterVersion(entry.id, entry.version))},
      ),
    };
    json.push({path: dataPaths.release(name), data});
    copies.push({from: release.file, to: dataPaths.releasedRecord(name)});
  });

  const versionRefs = (id: string) =>
    (versions.get(id) ?? []).map((v) => ({
      version: v.version,
      effective: v.effective,
      ...(v.until ? {until: v.until} : {}),
      released: v.release !== undefined,
      data: at(dataPaths.chapterVersion(id, v.version)),
    }));
  const index: ManualIndex = {
    title: manual.config.title,
    board: manual.config.board,
    description: manual.config.description,
    parts: manual.parts.map(({part, chapters}) => ({
      id: part.id,
      number: part.number,
      title: part.title,
      description: part.description,
      chapters: chapters.map((c) => c.id),
    })),
    audiences: manual.config.audiences.map(({id, title}) => ({id, title})),
    chapters: manual.chapters.map((c) => ({
      id: c.id,
      number: c.number,
      title: c.title,
      part: c.part,
      audience: c.audience,
      url: chapterUrls(chaptersBase, c.id).current,
      versions: versionRefs(c.id),
    })),
    withdrawn: [...(history?.withdrawn ?? [])].map(([id, {release, replacedBy}]) => ({
      id,
      release: releaseRef(release),
      ...(replacedBy ? {replaced_by: replacedBy} : {}),
      versions: versionRefs(id).map((v) => v.data),
    })),
    releases: releases.map((release) => ({...releaseRef(release), sha256: release.sha256, record: recordAt(release)})),
  };
  json.push({path: dataPaths.index, data: index});

  for (const kind of ['manual', 'chapter-version', 'release'] satisfies DataKind[]) json.push({path: dataPaths.schema(kind), data: jsonSchema(kind)});
  return {json, copies};
}
