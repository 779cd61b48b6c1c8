import {stringify} from 'yaml';
import {compareSections, type Comparison} from '../compare/compare-sections';
import {draftChangeNote} from '../compare/draft-change-note';
import {longDate} from '../dates';
import {positionFinder} from '../read-yaml';
import type {Chapter, Manual} from '../model';
import {problem, type Problem} from '../problems';
import {versionNotRaised} from './check-history';
import {releaseRecordFile, versionFile} from './layout';
import type {History, ReleasedVersion} from './load-history';
import type {ReleaseRecord} from './release-record';

export interface ReleaseRequest {
  title: string;
  date: string;
  nextUpdate?: string;
}

export type PlannedEntry =
  | {
      status: 'new' | 'updated';
      chapter: Chapter;
      /** Where the released copy goes. */
      file: string;
      sha256: string;
      previous?: ReleasedVersion;
      /** Against the previous release, for updated chapters. */
      comparison?: Comparison;
      draftedNote?: string;
    }
  | {status: 'withdrawn'; id: string; last: ReleasedVersion; replacedBy?: string};

export interface ReleasePlan {
  request: ReleaseRequest;
  entries: PlannedEntry[];
  /** The release record to write, last. */
  record: {file: string; text: string};
  /** Reasons the release must not go ahead; empty when it may. */
  problems: Problem[];
}

/**
 * What a release would contain: chapters whose text changed since their last
 * release (each must have raised its version and written a new change note),
 * chapters released for the first time, and chapters withdrawn from docs/.
 */
export function planRelease(manual: Manual, history: History, request: ReleaseRequest, hashOf: (text: string) => string, dir: string): ReleasePlan {
  const problems: Problem[] = [];
  const last = history.releases.at(-1);
  if (last && request.date < last.date) {
    problems.push(problem(last.file, {line: 1, col: 1}, 'RELEASE_DATE_INVALID',
      `the release date ${longDate(request.date)} is before the last release, ${last.title} (${longDate(last.date)})`,
      'Give a date on or after the last release.'));
  }
  if (history.releases.some((r) => r.title === request.title)) {
    problems.push(problem(history.releases.find((r) => r.title === request.title)!.file, {line: 1, col: 1}, 'RELEASE_DATE_INVALID',
      `a release called "${request.title}" already exists`, 'Give this release its own title, such as the month it is published.'));
  }

  const entries: PlannedEntry[] = [];
  for (const chapter of manual.chapters) {
    const previous = history.versions.get(chapter.id)?.at(-1);
    const sha256 = hashOf(chapter.text);
    if (previous && previous.sha256 === sha256) continue;
    const at = positionFinder(chapter.positions);
    const file = versionFile(dir, chapter.id, chapter.version);
    if (!previous) {
      entries.push({status: 'new', chapter, file, sha256});
      continue;
    }
    if (chapter.version <= previous.version) {
      problems.push(versionNotRaised(chapter, previous));
    } else if (chapter.change === previous.change) {
      problems.push(problem(chapter.file, at(['change']), 'CHANGE_NOTE_STALE',
        `the change note is still the one for version ${previous.version}`,
        'Say what changed in this version.'));
    }
    const comparison = compareSections(previous.sections, chapter.sections);
    entries.push({status: 'updated', chapter, file, sha256, previous, comparison, draftedNote: draftChangeNote(comparison)});
  }
  for (const [id, versions] of history.versions) {
    if (manual.byId.has(id) || history.withdrawn.has(id)) continue;
    const replacedBy = manual.chapters.find((c) => c.replaces.includes(id))?.id;
    entries.push({status: 'withdrawn', id, last: versions.at(-1)!, ...(replacedBy ? {replacedBy} : {})});
  }

  const record: ReleaseRecord = {
    title: request.title,
    date: request.date,
    ...(request.nextUpdate ? {next_update: request.nextUpdate} : {}),
    ...(last ? {previous: last.sha256} : {}),
    chapters: entries.map((e) =>
      e.status === 'withdrawn'
        ? {id: e.id, status: e.status, ...(e.replacedBy ? {replaced_by: e.replacedBy} : {})}
        : {id: e.chapter.id, status: e.status, version: e.chapter.version, sha256: e.sha256},
    ),
  };
  const file = releaseRecordFile(dir, request.date, request.title);
  const header = `# Release record written by \`npm run release\`. Never edit it: \`npm run check\` verifies it.\n`;
  return {request, entries, record: {file, text: header + stringify(record)}, problems};
}
