import {parseYaml, validateWith} from '../read-yaml';
import type {SourceFile} from '../model';
import {parseChapter, type ParsedChapter} from '../parse-chapter';
import {problem, type Problem} from '../problems';
import {CHAPTER_FIELDS, type ChapterFrontmatter} from '../schema';
import {versionFile} from './layout';
import {RELEASE_FIELDS, releaseRecordSchema, type ReleaseEntry} from './release-record';

/** The history folder as a shell read it. */
export interface HistorySources {
  /** The folder, relative to the project (`history`). */
  dir: string;
  /** Release records: `<dir>/releases/*.yml`. */
  records: SourceFile[];
  /** Released chapter texts: `<dir>/<id>/v<version>.md`. */
  versions: SourceFile[];
  /** The journal of a release that was interrupted: where it is, its record and the files it was moving. */
  interrupted?: {file: string; record: string; files: string[]};
  /** The latest record as first committed to version control, when it has been: the head of the chain. */
  committedHead?: SourceFile;
}

export interface Release {
  file: string;
  title: string;
  date: string;
  nextUpdate?: string;
  /** Hash of the record file itself (the next record holds it). */
  sha256: string;
  entries: ReleaseEntry[];
}

/** One released version of a chapter, exactly as it was published. */
export interface ReleasedVersion extends ChapterFrontmatter {
  file: string;
  sha256: string;
  release: Release;
  sections: ParsedChapter['sections'];
  anchors: string[];
  text: string;
}

export interface History {
  /** Oldest first. */
  releases: Release[];
  /** Each chapter id's released versions, oldest first. */
  versions: ReadonlyMap<string, ReleasedVersion[]>;
  /** Ids withdrawn from the manual, with the release that withdrew them. */
  withdrawn: ReadonlyMap<string, {release: Release; replacedBy?: string}>;
  problems: Problem[];
}

/**
 * Reads the release records in order and verifies what cannot be silently
 * rewritten: each record's link to the one before, and each released file
 * against the hash recorded when it was released.
 */
export function loadHistory(sources: HistorySources, hashOf: (text: string) => string, parse: (source: SourceFile) => ParsedChapter = parseChapter): History {
  const problems: Problem[] = [];
  const versionSources = new Map(sources.versions.map((s) => [s.file, s]));
  const claimed = new Set<string>();
  const records = sources.records
    .map((source) => readRecord(source, hashOf, problems))
    .filter((r) => r !== undefined)
    .sort((a, b) => a.release.date.localeCompare(b.release.date) || a.release.file.localeCompare(b.release.file));

  const releases: Release[] = [];
  const versions = new Map<string, ReleasedVersion[]>();
  const withdrawn = new Map<string, {release: Release; replacedBy?: string}>();
  records.forEach(({release, previous, at}, i) => {
    const before = releases[i - 1];
    const sibling = records.find((other, j) => j < i && other.previous === previous);
    if (sibling && previous !== undefined) {
      problems.push(
        problem(
          release.file,
          at(['previous']),
          'HISTORY_CHAIN_BROKEN',
          `this record and ${sibling.release.file} both follow the same release: two releases were made at the same time`,
          'Keep the release readers saw: remove the other record and the files only it lists (git rm), then make its changes again as a new release.',
        ),
      );
    } else if (before ? previous !== before.sha256 : previous !== undefined) {
      problems.push(
        problem(
          release.file,
          at(['previous']),
          'HISTORY_CHAIN_BROKEN',
          before
            ? `this record does not hold the hash of the release before it (${before.file}), which must have been edited after release`
            : 'the first release cannot follow another',
          'Released records are permanent: restore the edited record from version control (git checkout).',
        ),
      );
    }
    releases.push(release);
    release.entries.forEach((entry, index) => {
      if (entry.status === 'withdrawn') {
        withdrawn.set(entry.id, {release, ...(entry.replaced_by ? {replacedBy: entry.replaced_by} : {})});
        return;
      }
      withdrawn.delete(entry.id);
      const file = versionFile(sources.dir, entry.id, entry.version);
      claimed.add(file);
      const source = versionSources.get(file);
      if (!source) {
        problems.push(problem(release.file, at(['chapters', index]), 'HISTORY_FILE_MISSING', `${file}, released in ${release.title}, is missing`,
          'Released files are permanent: restore it from version control (git checkout).'));
        return;
      }
      const sha256 = hashOf(source.text);
      if (sha256 !== entry.sha256) {
        problems.push(problem(file, {line: 1, col: 1}, 'HISTORY_HASH_MISMATCH', `this file was changed after it was released in ${release.title} (${release.file})`,
          'Released files are permanent: restore it with git checkout, and make the change in the chapter in docs/ as a new version.'));
      }
      const list = versions.get(entry.id) ?? [];
      list.push(releasedVersion(source, parse, {id: entry.id, version: entry.version, file, sha256, release}));
      versions.set(entry.id, list);
    });
  });
  const {interrupted, committedHead} = sources;
  if (interrupted) {
    const complete = records.some((r) => r.release.file === interrupted.record);
    problems.push(
      problem(
        interrupted.file,
        {line: 1, col: 1},
        'RELEASE_INTERRUPTED',
        complete
          ? `the release recorded in ${interrupted.record} was stopped before it tidied up`
          : `a release was stopped after writing some of its ${interrupted.files.length} files, before its record`,
        'Run `npm run release -- --recover` to finish or take back what it wrote, then release again.',
      ),
    );
  }
  const head = records.at(-1);
  if (head && committedHead?.file === head.release.file && hashOf(committedHead.text) !== head.release.sha256) {
    problems.push(
      problem(
        head.release.file,
        {line: 1, col: 1},
        'HISTORY_RECORD_EDITED',
        'the latest release record differs from the version first committed to version control',
        'Released records are permanent: restore it (git checkout) and make any change as a new release.',
      ),
    );
  }
  for (const file of versionSources.keys()) {
    if (!claimed.has(file) && !interrupted?.files.includes(file)) {
      problems.push(problem(file, {line: 1, col: 1}, 'HISTORY_ORPHAN', 'no release record lists this file',
        'Delete it: history files are written only by `npm run release`, which may have been interrupted.'));
    }
  }
  return {releases, versions, withdrawn, problems};
}

/**
 * A released version whose text is parsed only when something reads its
 * fields: `check` verifies hashes without parsing every old version.
 */
function releasedVersion(
  source: SourceFile,
  parse: (source: SourceFile) => ParsedChapter,
  known: Pick<ReleasedVersion, 'id' | 'version' | 'file' | 'sha256' | 'release'>,
): ReleasedVersion {
  let parsed: ParsedChapter | undefined;
  const content = () => (parsed ??= parse(source));
  const lazy = (read: (p: ParsedChapter) => unknown): PropertyDescriptor => ({get: () => read(content()), enumerable: true});
  const fields = Object.fromEntries(CHAPTER_FIELDS.filter((f) => f !== 'id' && f !== 'version').map((f) => [f, lazy((p) => p.frontmatter?.[f as keyof ChapterFrontmatter])]));
  return Object.defineProperties({...known, text: source.text} as ReleasedVersion, {
    ...fields,
    sections: lazy((p) => p.sections),
    anchors: lazy((p) => p.anchors),
  });
}

function readRecord(source: SourceFile, hashOf: (text: string) => string, problems: Problem[]) {
  const yaml = parseYaml(source.file, {text: source.text, firstLine: 1, label: 'this release record'});
  problems.push(...yaml.problems);
  if (yaml.problems.length > 0) return undefined;
  const {value, problems: invalid} = validateWith(source.file, releaseRecordSchema, yaml, RELEASE_FIELDS);
  problems.push(...invalid.map((p) => ({...p, code: 'HISTORY_RECORD_INVALID' as const})));
  if (!value) return undefined;
  const release: Release = {
    file: source.file,
    title: value.title,
    date: value.date,
    ...(value.next_update ? {nextUpdate: value.next_update} : {}),
    sha256: hashOf(source.text),
    entries: value.chapters,
  };
  return {release, previous: value.previous, at: yaml.positionOf};
}
