import {describe, expect, it} from 'vitest';
import {updatedSince} from './last-visit';
import type {ReleasedChapters} from './manual-data';

const releases = [
  {title: 'April 2008', date: '2008-04-01'},
  {title: 'October 2008', date: '2008-10-01'},
  {title: 'February 2009', date: '2009-02-01'},
];
const chapter = (id: string, released: [number, number][]) => ({
  id,
  number: '1.1',
  title: id,
  permalink: `/procedures/${id}`,
  compareUrl: `/procedures/${id}/compare`,
  released: released.map(([release, version]) => ({release, version})),
});
const released: ReleasedChapters = {
  chapters: [
    chapter('ict', [
      [0, 1],
      [2, 2],
    ]),
    chapter('referrals', [
      [0, 1],
      [1, 2],
      [2, 3],
    ]),
    chapter('plans', [[1, 1]]),
    chapter('bullying', [[0, 1]]),
  ],
};

const summary = (seen: {title: string; date: string}) => updatedSince(releases, released, seen).map((u) => [u.chapter.id, u.from, u.to, u.compareUrl]);

describe('chapters updated since the last visit', () => {
  it('lists what later releases published, comparing from the version last seen', () => {
    expect(summary(releases[0]!)).toEqual([
      ['ict', 1, 2, '/procedures/ict/compare?from=1&to=2'],
      ['referrals', 1, 3, '/procedures/referrals/compare?from=1&to=3'],
      ['plans', undefined, 1, undefined],
    ]);
    expect(summary(releases[1]!)).toEqual([
      ['ict', 1, 2, '/procedures/ict/compare?from=1&to=2'],
      ['referrals', 2, 3, '/procedures/referrals/compare?from=2&to=3'],
    ]);
  });

  it('lists nothing when the latest release was seen', () => {
    expect(summary(releases[2]!)).toEqual([]);
  });

  it('goes by date when the release remembered is not in the record', () => {
    expect(summary({title: 'Renamed', date: '2008-12-01'}).map(([id]) => id)).toEqual(['ict', 'referrals']);
    expect(summary({title: 'Before all', date: '2000-01-01'}).map(([id]) => id)).toEqual(['ict', 'referrals', 'plans', 'bullying']);
  });
});
