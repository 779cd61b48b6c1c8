import {describe, expect, it} from 'vitest';
import type {History, Release, ReleasedVersion} from '../history/load-history';
import type {Manual} from '../model';
import {manualOnPaper, NothingInForceError} from './manual-on-paper';

// Two releases: in April, 1.1 and 2.1 at version 1; in June, 2.1 version 2 published to come into force in September.
const april: Release = {file: 'history/releases/2008-04-01-april-2008.yml', title: 'April 2008', date: '2008-04-01', sha256: 'a'.repeat(64), entries: []};
const june: Release = {
  file: 'history/releases/2008-06-01-june-2008.yml',
  title: 'June 2008',
  date: '2008-06-01',
  nextUpdate: '2008-10-01',
  sha256: 'b'.repeat(64),
  entries: [],
};
const version = (id: string, number: string, v: number, effective: string, release: Release, change?: string) =>
  ({id, number, title: `Title ${id}`, version: v, effective, release, ...(change ? {change} : {})}) as ReleasedVersion;
const history: History = {
  releases: [april, june],
  versions: new Map([
    ['about', [version('about', '1.1', 1, '2008-04-01', april)]],
    ['referrals', [version('referrals', '2.1', 1, '2008-04-01', april), version('referrals', '2.1', 2, '2008-09-01', june, 'by adding Section 5.')]],
  ]),
  withdrawn: new Map(),
  problems: [],
};
const manual = {config: {title: 'Manual', board: 'Board'}} as Manual;
const onPaper = (date: string, includeProspective = false) => manualOnPaper(manual, history, {date, includeProspective, chaptersBase: '/procedures'});

describe('the manual on paper', () => {
  it('prints each chapter at the version in force on the date, under the latest release published by then', () => {
    const paper = onPaper('2008-07-01');
    expect(paper.release).toEqual({title: 'June 2008', date: '2008-06-01', sha256: 'b'.repeat(64), nextUpdate: '2008-10-01'});
    expect(paper.chapters.map((c) => [c.number, c.version, c.url, c.prospective])).toEqual([
      ['1.1', 1, '/procedures/about/v1', false],
      ['2.1', 1, '/procedures/referrals/v1', false],
    ]);
    expect(paper.prospectiveLeftOut).toBe(1);
  });

  it('adds a version published but not yet in force after the one in force, when asked', () => {
    const paper = onPaper('2008-07-01', true);
    expect(paper.chapters.map((c) => [c.number, c.version, c.prospective, c.url])).toEqual([
      ['1.1', 1, false, '/procedures/about/v1'],
      ['2.1', 1, false, '/procedures/referrals/v1'],
      ['2.1', 2, true, '/procedures/referrals/v2'],
    ]);
    expect(paper.prospectiveLeftOut).toBe(0);
  });

  it('prints the new version once it is in force', () => {
    expect(onPaper('2008-09-01').chapters.map((c) => c.version)).toEqual([1, 2]);
  });

  it('refuses a date before the first release', () => {
    expect(() => onPaper('2008-03-31')).toThrow(
      new NothingInForceError('nothing had been released by 2008-03-31: the first release, April 2008, is dated 2008-04-01'),
    );
  });
});
