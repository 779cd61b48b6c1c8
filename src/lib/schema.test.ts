import {describe, expect, it} from 'vitest';
import {isRealIsoDate} from './dates';
import {chapterFrontmatterSchema} from './schema';

const valid = {
  id: 'complex-abuse',
  number: '3.2',
  title: 'Complex (Organised or Multiple) Abuse',
  part: 'allegations-and-complex-abuse',
  version: 1,
  effective: '2008-04-01',
  review: '2027-04-01',
  owner: 'Procedures Sub-Group',
  audience: ['all'],
};

describe('chapter frontmatter schema', () => {
  it('accepts a minimal chapter and fills list defaults', () => {
    expect(chapterFrontmatterSchema.parse(valid)).toEqual({...valid, related: [], keywords: [], further_reading: [], replaces: []});
  });

  it.each([
    ['an id with capitals', {id: 'Complex-Abuse'}],
    ['an id with spaces', {id: 'complex abuse'}],
    ['a number with letters', {number: '3.2a'}],
    ['a fractional version', {version: 1.5}],
    ['version 0', {version: 0}],
    ['a month 13', {effective: '2008-13-01'}],
    ['a date in another format', {review: '01/04/2027'}],
    ['an empty title', {title: '  '}],
    ['no audience', {audience: []}],
    // Docusaurus stops the whole site on `keywords: []`, as `procedures new` once wrote it.
    ['an empty keywords list', {keywords: []}],
    ['a further-reading address without a scheme', {further_reading: [{title: 'CEOP', url: 'www.ceop.police.uk'}]}],
    ['a further-reading javascript: address', {further_reading: [{title: 'x', url: 'javascript:alert(1)'}]}],
    ['version 2 without a change note', {version: 2}],
    ['an unknown field', {colour: 'red'}],
  ])('rejects %s', (_, change) => {
    expect(chapterFrontmatterSchema.safeParse({...valid, ...change}).success).toBe(false);
  });

  it('accepts version 2 with a change note', () => {
    expect(chapterFrontmatterSchema.safeParse({...valid, version: 2, change: 'by adding Section 3.'}).success).toBe(true);
  });
});

it.each([
  ['2009-02-28', true],
  ['2008-02-29', true],
  ['2009-02-29', false],
  ['2009-04-31', false],
  ['2009-2-1', false],
])('isRealIsoDate(%s) is %s', (value, expected) => {
  expect(isRealIsoDate(value)).toBe(expected);
});
