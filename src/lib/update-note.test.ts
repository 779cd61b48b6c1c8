import {expect, it} from 'vitest';
import {isoDate, longDate, monthYear} from './dates';
import {updateNote} from './update-note';

it('words an updated chapter as boards do', () => {
  expect(updateNote({version: 2, effective: '2009-02-01', change: 'by adding two new sections.'})).toBe(
    'This chapter was updated in February 2009 – by adding two new sections.',
  );
});

it('says when a first version came into force', () => {
  expect(updateNote({version: 1, effective: '2008-04-01'})).toBe('This chapter came into force in April 2008.');
});

it('formats dates in UK style without time-zone drift', () => {
  expect(monthYear('2009-12-31')).toBe('December 2009');
  expect(longDate('2009-01-01')).toBe('1 January 2009');
});

it('gives the local calendar day, not the UTC one', () => {
  expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
});
