import {describe, expect, it} from 'vitest';
import {readSearchParams, searchParams} from './search-params';

describe('the search page address', () => {
  it('round-trips the query and every filter', () => {
    const state = {q: 'child grooming', filters: {part: 'specific-circumstances', audience: 'police', since: '2008-10-01', past: true}};
    expect(searchParams(state)).toBe('?q=child+grooming&part=specific-circumstances&audience=police&since=2008-10-01&past=1');
    expect(readSearchParams(searchParams(state))).toEqual(state);
  });

  it('leaves out empty values and ignores malformed ones', () => {
    expect(searchParams({q: '  ', filters: {}})).toBe('');
    expect(readSearchParams('?q=4.4&since=2009-02-30&past=yes')).toEqual({q: '4.4', filters: {}});
  });
});
