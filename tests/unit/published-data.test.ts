import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {beforeAll, describe, expect, it} from 'vitest';
import {dataPaths} from '../../src/lib/data/addresses';
import {manualAsData} from '../../src/lib/data/manual-as-data';
import {verifyPublished} from '../../src/lib/data/verify-published';
import type {History} from '../../src/lib/history/load-history';
import {formatProblem} from '../../src/lib/problems';
import {siteViews} from '../../src/lib/site-views';
import {readManual, sha256} from '../../src/node/read-manual-fs';

/** The sample manual's data files as the build publishes them, by path below the site's root. */
let site: Map<string, string>;
let history: History;

beforeAll(async () => {
  const result = await readManual({root: '.', docsDir: 'docs', historyDir: 'history', parseHistory: true});
  history = result.history!;
  const views = siteViews(result.manual!, history, '/procedures', sha256);
  const {json, copies} = manualAsData(result.manual!, history, views.versions, {siteBase: '', chaptersBase: '/procedures'});
  site = new Map([
    ...json.map(({path, data}) => [path, JSON.stringify(data, null, 2)] as const),
    ...copies.map(({from, to}) => [to, readFileSync(from, 'utf8')] as const),
  ]);
});

const verify = (files: Map<string, string>) => verifyPublished(async (path) => files.get(path), sha256);
const json = (path: string) => JSON.parse(site.get(path)!) as Record<string, unknown>;

describe('the manual as data', () => {
  it('publishes files that each validate against the JSON Schema published beside them', () => {
    const ajv = new Ajv2020({allErrors: true});
    addFormats(ajv);
    const schemaOf = (path: string) =>
      path === dataPaths.index ? 'manual' : path.startsWith('data/chapters/') ? 'chapter-version' : path.startsWith('data/releases/') ? 'release' : undefined;
    const validators = {
      manual: ajv.compile(json(dataPaths.schema('manual'))),
      'chapter-version': ajv.compile(json(dataPaths.schema('chapter-version'))),
      release: ajv.compile(json(dataPaths.schema('release'))),
    };
    const checked = [...site.keys()].filter((path) => schemaOf(path));
    for (const path of checked) {
      const validate = validators[schemaOf(path)!];
      expect(validate(json(path)), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    // The index, 3 releases, and every version of the 17 chapters and the one withdrawn.
    expect(checked.filter((p) => p.startsWith('data/releases/'))).toHaveLength(3);
    expect(checked.length).toBeGreaterThan(20);
  });

  it('gives a chapter version the sections the core reads from the released file', () => {
    const v2 = history.versions.get('child-abuse-and-ict')!.find((v) => v.version === 2)!;
    const data = json(dataPaths.chapterVersion('child-abuse-and-ict', 2));
    expect(data).toMatchObject({number: '4.4', version: 2, effective: '2009-02-01', sha256: v2.sha256, release: {title: 'February 2009'}});
    expect(data.change).toMatch(/^by extending Section 1/);
    expect(data.sections).toEqual(v2.sections.map(({number, heading, anchor, markdown}) => ({number, heading, anchor, markdown})));
    expect((data.sections as {heading: string}[]).map((s) => s.heading)).toContain('The Impact on the Child');
  });

  it('lists each chapter with every version and the releases in order, each with its record’s hash', () => {
    const index = json(dataPaths.index) as {
      chapters: {id: string; versions: {version: number; until?: string}[]}[];
      releases: {title: string; sha256: string}[];
    };
    const ict = index.chapters.find((c) => c.id === 'child-abuse-and-ict')!;
    expect(ict.versions.map((v) => [v.version, v.until])).toEqual([
      [1, '2009-01-31'],
      [2, undefined],
    ]);
    expect(index.releases.map((r) => [r.title, r.sha256])).toEqual(history.releases.map((r) => [r.title, r.sha256]));
  });
});

describe('verifying a published copy', () => {
  it('passes the copy as published, naming the head of the chain', async () => {
    const result = await verify(site);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.head).toEqual({
      title: 'February 2009',
      date: '2009-02-01',
      sha256: history.releases.at(-1)!.sha256,
      record: 'data/history/releases/2009-02-01-february-2009.yml',
    });
    expect(result.releases).toBe(3);
  });

  it('names a released version altered in the copy', async () => {
    const altered = new Map(site);
    const file = dataPaths.releasedVersion('child-abuse-and-ict', 1);
    altered.set(file, altered.get(file)!.replace('indecent', 'decent'));
    expect((await verify(altered)).problems.map((p) => `${p.file}  ${p.code}  ${p.message}`)).toEqual([
      `${file}  HISTORY_HASH_MISMATCH  this file was changed after it was released in April 2008 (data/history/releases/2008-04-01-april-2008.yml)`,
    ]);
  });

  it('names an older release record altered in the copy, at the record that no longer matches it', async () => {
    const altered = new Map(site);
    const file = dataPaths.releasedRecord('2008-04-01-april-2008');
    altered.set(file, altered.get(file)!.replace('title: April 2008', 'title: May 2008'));
    const codes = (await verify(altered)).problems.map((p) => `${p.file}  ${p.code}`);
    expect(codes).toContain('data/history/releases/2008-10-01-october-2008.yml  HISTORY_CHAIN_BROKEN');
    expect(codes).toContain('data/manual.json  PUBLISHED_MISMATCH');
  });

  it('names a missing released file, and data that disagrees with the released files', async () => {
    const altered = new Map(site);
    altered.delete(dataPaths.releasedVersion('referrals', 1));
    const data = dataPaths.chapterVersion('child-abuse-and-ict', 2);
    altered.set(data, altered.get(data)!.replace('"heading": "The Impact on the Child"', '"heading": "The Effect on the Child"'));
    const codes = (await verify(altered)).problems.map((p) => `${p.file}  ${p.code}  ${p.message}`);
    expect(codes).toContain(
      'data/history/releases/2008-04-01-april-2008.yml  HISTORY_FILE_MISSING  data/history/referrals/v1.md, released in April 2008, is missing',
    );
    expect(codes).toContain(`${data}  PUBLISHED_MISMATCH  the field \`sections\` does not match the released file data/history/child-abuse-and-ict/v2.md`);
  });

  it('names a release’s data that disagrees with its record, field by field', async () => {
    const altered = new Map(site);
    const path = dataPaths.release('2009-02-01-february-2009');
    const data = JSON.parse(altered.get(path)!) as {chapters: {version?: number}[]};
    data.chapters[0]!.version = 3;
    altered.set(path, JSON.stringify(data));
    expect((await verify(altered)).problems.map((p) => `${p.file}  ${p.code}  ${p.message}`)).toEqual([
      `${path}  PUBLISHED_MISMATCH  the field \`chapters\` does not match the record data/history/releases/2009-02-01-february-2009.yml`,
    ]);
  });

  it('fails a copy that lists no releases, and one whose record names lead elsewhere', async () => {
    const index = JSON.parse(site.get(dataPaths.index)!) as {releases: {record: string}[]};
    const empty = new Map(site).set(dataPaths.index, JSON.stringify({...index, releases: []}));
    expect((await verify(empty)).problems.map(formatProblem)).toEqual([
      'data/manual.json:1:1  PUBLISHED_MISSING  this copy lists no releases: there is no record to check',
    ]);
    index.releases[0]!.record = '/data/history/releases/..\\..\\secret.yml';
    const elsewhere = new Map(site).set(dataPaths.index, JSON.stringify(index));
    expect((await verify(elsewhere)).problems.map((p) => p.code)).toEqual(['PUBLISHED_INVALID']);
  });

  it('reports a copy with no index as not published', async () => {
    expect((await verify(new Map())).problems.map(formatProblem)).toEqual(['data/manual.json:1:1  PUBLISHED_MISSING  this file is not published']);
  });
});
