import {expect, it} from 'vitest';
import {manualOnDate, type Timeline} from './point-in-time';

const v = (version: number, effective: string, released: string) => ({version, number: '4.4', title: 'ICT', effective, released, url: `/v${version}`});

const timeline: Timeline = {
  first: '2008-04-01',
  last: '2009-02-01',
  chapters: [
    {id: 'ict', versions: [v(1, '2008-04-01', '2008-04-01'), v(2, '2009-02-01', '2009-01-10')]},
    {id: 'register', versions: [{...v(1, '2008-04-01', '2008-04-01'), number: '2.6', title: 'Register'}], withdrawn: '2008-10-01'},
  ],
};

it('gives each chapter the version in force on the date', () => {
  expect(manualOnDate(timeline, '2008-06-01').map((c) => [c.number, c.inForce?.version])).toEqual([
    ['2.6', 1],
    ['4.4', 1],
  ]);
  expect(manualOnDate(timeline, '2009-03-01').map((c) => [c.number, c.inForce?.version])).toEqual([['4.4', 2]]);
});

it('shows a version published but not yet in force as prospective', () => {
  const [ict] = manualOnDate(timeline, '2009-01-20');
  expect(ict).toMatchObject({inForce: {version: 1}, prospective: [{version: 2, effective: '2009-02-01'}]});
  expect(manualOnDate(timeline, '2009-01-05')[0]!.prospective).toEqual([]);
});

it('leaves out chapters not yet published or already withdrawn', () => {
  expect(manualOnDate(timeline, '2008-01-01')).toEqual([]);
  expect(manualOnDate(timeline, '2008-10-01').map((c) => c.id)).toEqual(['ict']);
});
