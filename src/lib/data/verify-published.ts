import type * as z from 'zod';
import {loadHistory, type Release, type ReleasedVersion} from '../history/load-history';
import type {SourceFile} from '../model';
import {parseChapter} from '../parse-chapter';
import {problem, type Problem, type ProblemCode} from '../problems';
import {parseYaml} from '../read-yaml';
import {releaseRecordSchema} from '../history/release-record';
import {dataPaths, PUBLISHED_HISTORY, releaseName} from './addresses';
import {chapterVersionSchema, manualIndexSchema, releaseDataSchema, type ChapterVersionData, type ReleaseRecordData} from './schemas';

/** Reads a published file by its path below the site's base (`data/manual.json`); undefined when it is not there. */
export type ReadPublished = (path: string) => Promise<string | undefined>;

export interface Verification {
  /** The latest release, whose record's hash vouches for every release before it; `record` is its path. */
  head?: Pick<Release, 'title' | 'date' | 'sha256'> & {record: string};
  releases: number;
  versions: number;
  /** Each with the path of the published file it concerns. */
  problems: Problem[];
}

const TOP = {line: 1, col: 1};
// Enough requests in flight to hide a server's latency, few enough to be polite to it.
const IN_FLIGHT = 8;

/**
 * Checks a published copy of the manual as anyone outside the board can:
 * fetches the release records and released files, recomputes every hash and
 * the chain with the same code `check` runs on the repository, and compares
 * what the data files say (hashes, sections) with the released files.
 */
export async function verifyPublished(read: ReadPublished, hashOf: (text: string) => string): Promise<Verification> {
  const problems: Problem[] = [];
  const report = (file: string, code: ProblemCode, message: string) => problems.push(problem(file, TOP, code, message));
  const readJson = async <S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S> | undefined> => {
    const text = await read(path);
    if (text === undefined) return void report(path, 'PUBLISHED_MISSING', 'this file is not published');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return void report(path, 'PUBLISHED_INVALID', 'this file is not JSON');
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      return void report(path, 'PUBLISHED_INVALID', `this file does not match its schema: ${issue.path.join('.') || 'the file'}: ${issue.message}`);
    }
    return result.data;
  };

  const index = await readJson(dataPaths.index, manualIndexSchema);
  if (!index) return {releases: 0, versions: 0, problems};
  if (index.releases.length === 0) report(dataPaths.index, 'PUBLISHED_MISSING', 'this copy lists no releases: there is no record to check');

  // Record names come from the copy: only the shape releases are given (`2009-02-01-february-2009`) is read.
  const names = index.releases.map(({record}) => releaseName(record));
  const badName = names.find((name) => !RELEASE_NAME.test(name));
  if (badName !== undefined)
    return {
      releases: 0,
      versions: 0,
      problems: [...problems, problem(dataPaths.index, TOP, 'PUBLISHED_INVALID', `a release record is named "${badName}", not as releases are`)],
    };
  const fetched = await inBatches(names, async (name) => ({file: dataPaths.releasedRecord(name), text: await read(dataPaths.releasedRecord(name))}));
  const records: SourceFile[] = [];
  for (const {file, text} of fetched) {
    if (text === undefined) report(file, 'PUBLISHED_MISSING', 'this release record is listed in the manual’s index but not published');
    else records.push({file, text});
  }
  const versionFiles = records.flatMap(({file, text}) => {
    const record = releaseRecordSchema.safeParse(parseYaml(file, {text, firstLine: 1}).data);
    return record.success ? record.data.chapters.flatMap((e) => (e.status === 'withdrawn' ? [] : [dataPaths.releasedVersion(e.id, e.version)])) : [];
  });
  const versions = (await inBatches(versionFiles, async (file) => ({file, text: await read(file)}))).filter((v): v is SourceFile => v.text !== undefined);

  // The chain itself: the same rules, and the same messages, as `check` on the repository.
  const history = loadHistory({dir: PUBLISHED_HISTORY, records, versions}, hashOf, parseChapter);
  problems.push(...history.problems);

  for (const [i, listed] of index.releases.entries()) {
    const release = history.releases.find((r) => releaseName(r.file) === releaseName(listed.record));
    const differs = release && (['title', 'date', 'sha256'] as const).find((field) => listed[field] !== release[field]);
    if (differs) report(dataPaths.index, 'PUBLISHED_MISMATCH', `release ${i + 1} (${listed.title}) is listed with a ${differs} its record does not have`);
  }
  await inBatches(history.releases, async (release, i) => {
    const path = dataPaths.release(releaseName(release.file));
    const data = await readJson(path, releaseDataSchema);
    if (!data) return;
    const said = saidByTheRecord(release, history.releases[i - 1]);
    const differs = SAID_BY_THE_RECORD.find(
      (field) => JSON.stringify(field === 'chapters' ? withoutData(data.chapters) : data[field]) !== JSON.stringify(said[field]),
    );
    if (differs)
      report(path, 'PUBLISHED_MISMATCH', `the field \`${differs}\` does not match the record ${dataPaths.releasedRecord(releaseName(release.file))}`);
  });
  await inBatches([...history.versions.values()].flat(), async (released) => {
    const path = dataPaths.chapterVersion(released.id, released.version);
    const data = await readJson(path, chapterVersionSchema);
    const recorded = released.release.entries.find((e) => e.id === released.id && e.status !== 'withdrawn');
    // A released file that fails its hash is reported already; the data cannot be held to it.
    if (!data || !recorded || !('sha256' in recorded) || released.sha256 !== recorded.sha256) return;
    if (data.sha256 !== recorded.sha256)
      report(path, 'PUBLISHED_MISMATCH', `the hash here is not the one ${dataPaths.releasedRecord(releaseName(released.release.file))} holds`);
    const file = saidByTheFile(released);
    const differs = SAID_BY_THE_FILE.find((field) => JSON.stringify(data[field]) !== JSON.stringify(file[field]));
    if (differs)
      report(
        path,
        'PUBLISHED_MISMATCH',
        `the field \`${differs}\` does not match the released file ${dataPaths.releasedVersion(released.id, released.version)}`,
      );
  });

  const head = history.releases.at(-1);
  return {
    ...(head ? {head: {title: head.title, date: head.date, sha256: head.sha256, record: dataPaths.releasedRecord(releaseName(head.file))}} : {}),
    releases: history.releases.length,
    versions: versions.length,
    problems,
  };
}

const RELEASE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a release's data repeats from its record and the chain, and so must agree with them. */
const SAID_BY_THE_RECORD = ['title', 'date', 'next_update', 'previous', 'sha256', 'chapters'] as const;

function saidByTheRecord(release: Release, previous: Release | undefined): Partial<Record<(typeof SAID_BY_THE_RECORD)[number], unknown>> {
  return {
    title: release.title,
    date: release.date,
    ...(release.nextUpdate ? {next_update: release.nextUpdate} : {}),
    ...(previous ? {previous: previous.sha256} : {}),
    sha256: release.sha256,
    chapters: release.entries,
  };
}

/** A release's chapters without the addresses of their data, which the record does not hold. */
function withoutData(chapters: ReleaseRecordData['chapters']): unknown[] {
  return chapters.map((entry) => {
    if (!('data' in entry)) return entry;
    const {data: _address, ...rest} = entry;
    return rest;
  });
}

/** What a chapter version's data repeats from its released file, and so must agree with it. */
const SAID_BY_THE_FILE = [
  'number',
  'title',
  'part',
  'related',
  'version',
  'effective',
  'change',
  'review',
  'owner',
  'audience',
  'keywords',
  'further_reading',
  'replaces',
  'sections',
] as const;

function saidByTheFile(released: ReleasedVersion): Pick<ChapterVersionData, (typeof SAID_BY_THE_FILE)[number]> {
  const {number, title, part, related, version, effective, change, review, owner, audience, keywords, further_reading, replaces} = released;
  const sections = released.sections.map(({number, heading, anchor, markdown}) => ({number, heading, anchor, markdown}));
  return {number, title, part, related, version, effective, change, review, owner, audience, keywords, further_reading, replaces, sections};
}

/** Runs `task` over every item, a few at a time, keeping their order. */
async function inBatches<T, R>(items: readonly T[], task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += IN_FLIGHT) results.push(...(await Promise.all(items.slice(i, i + IN_FLIGHT).map((item, j) => task(item, i + j)))));
  return results;
}
