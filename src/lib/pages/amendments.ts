import {compareChapterNumbers} from '../chapter-number';
import {compareSections} from '../compare/compare-sections';
import {dataPaths, releaseName} from '../data/addresses';
import {draftChangeNote} from '../compare/draft-change-note';
import type {History, ReleasedVersion} from '../history/load-history';
import type {Manual} from '../model';
import {chapterUrls, releaseAnchor} from './urls';

export interface AmendmentEntry {
  status: 'new' | 'updated' | 'withdrawn';
  id: string;
  number: string;
  title: string;
  /** The part the chapter was in when released (or withdrawn). */
  part: string;
  version?: number;
  url: string;
  change?: string;
  /** Sections the change touched, from the structural comparison. */
  sections?: string;
  compareUrl?: string;
  replacedBy?: {number: string; title: string; url: string};
}

export interface ReleaseData {
  title: string;
  date: string;
  anchor: string;
  nextUpdate?: string;
  /** The SHA-256 of the release's record, which the next record holds. */
  sha256: string;
  /** Where the record is published, below the site's base. */
  record: string;
  /** Where the manual as this release left it is published as a PDF, below the site's base, when it is. */
  pdf?: string;
  entries: AmendmentEntry[];
}

export interface AmendmentsData {
  /** Newest first. */
  releases: ReleaseData[];
  /** When the board expects its next update, from the latest release. */
  nextUpdate?: string;
}

/** The amendments page: every release, newest first, like the update notes boards publish. */
export function amendmentsData(manual: Manual, history: History, base: string, {pdfs = false}: {pdfs?: boolean} = {}): AmendmentsData {
  const released = (id: string, version: number) => history.versions.get(id)?.find((v) => v.version === version);
  const releases = history.releases.map((release): ReleaseData => {
    const entries = release.entries.map((entry): AmendmentEntry => {
      const urls = chapterUrls(base, entry.id);
      if (entry.status === 'withdrawn') {
        const last = history.versions.get(entry.id)!.at(-1)!;
        const replacement = entry.replaced_by ? manual.byId.get(entry.replaced_by) : undefined;
        return {
          status: 'withdrawn',
          id: entry.id,
          number: last.number,
          title: last.title,
          part: last.part,
          url: urls.history,
          ...(replacement ? {replacedBy: {number: replacement.number, title: replacement.title, url: chapterUrls(base, replacement.id).current}} : {}),
        };
      }
      const version = released(entry.id, entry.version)!;
      const previous = history.versions
        .get(entry.id)
        ?.filter((v) => v.version < entry.version)
        .at(-1);
      return {
        status: entry.status,
        id: entry.id,
        number: version.number,
        title: version.title,
        part: version.part,
        version: entry.version,
        url: urls.version(entry.version),
        ...(version.change && entry.status === 'updated' ? {change: version.change} : {}),
        ...(previous ? {sections: citedSections(previous, version), compareUrl: `${urls.compare}?from=${previous.version}&to=${version.version}`} : {}),
      };
    });
    const order = {updated: 0, new: 1, withdrawn: 2};
    entries.sort((a, b) => order[a.status] - order[b.status] || compareChapterNumbers(a.number, b.number));
    return {
      title: release.title,
      date: release.date,
      anchor: releaseAnchor(release.title),
      ...(release.nextUpdate ? {nextUpdate: release.nextUpdate} : {}),
      sha256: release.sha256,
      record: dataPaths.releasedRecord(releaseName(release.file)),
      ...(pdfs ? {pdf: dataPaths.releasePdf(releaseName(release.file))} : {}),
      entries,
    };
  });
  const latest = history.releases.at(-1);
  return {releases: releases.reverse(), ...(latest?.nextUpdate ? {nextUpdate: latest.nextUpdate} : {})};
}

function citedSections(before: ReleasedVersion, after: ReleasedVersion): string {
  return draftChangeNote(compareSections(before.sections, after.sections));
}
