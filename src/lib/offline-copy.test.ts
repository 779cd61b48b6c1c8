import {describe, expect, it} from 'vitest';
import {keptOffline, leftOutOfOfflineCopy} from './offline-copy';
import {isHistoryPage} from './pages/urls';

// As Docusaurus writes routesChunkNames.json: nested props, shared components.
const ROUTES = {
  '/procedures/referrals/v1-3a1': {__comp: 'aaaa0001', data: 'bbbb0001'},
  '/procedures/referrals/v2-3a1f': {__comp: 'aaaa0001', data: 'bbbb0002'},
  '/procedures/referrals/history-9c2': {__comp: 'aaaa0002', data: 'bbbb0003', __context: {plugin: 'cccc0001'}},
  '/point-in-time-77e': {__comp: 'aaaa0003', data: 'bbbb0004', __context: {plugin: 'cccc0001'}},
  '/procedures/referrals-5d0': {__comp: 'dddd0001', content: 'eeee0001', __context: {plugin: 'cccc0002'}},
  '/procedures/withdrawn-chapter-1b4': {__comp: 'aaaa0004', data: 'bbbb0005', __context: {plugin: 'cccc0001'}},
};

describe('what the offline copy leaves out', () => {
  const leftOut = leftOutOfOfflineCopy(ROUTES, (path) => isHistoryPage(path, '', '/procedures'));

  it('leaves out the history pages and the chunks only they name', () => {
    expect(leftOut.pages).toEqual(new Set(['/procedures/referrals/v1', '/procedures/referrals/v2', '/procedures/referrals/history', '/point-in-time']));
    // The plugin's context is named by a saved page (the withdrawn chapter's notice) too: it stays.
    expect(leftOut.chunks).toEqual(new Set(['aaaa0001', 'bbbb0001', 'bbbb0002', 'aaaa0002', 'bbbb0003', 'aaaa0003', 'bbbb0004']));
  });

  it('keeps every other file: pages, route chunks, shared code and data', () => {
    expect(keptOffline('procedures/referrals/v1.html', leftOut)).toBe(false);
    expect(keptOffline('point-in-time.html', leftOut)).toBe(false);
    expect(keptOffline('assets/js/bbbb0002.8df33b9d.js', leftOut)).toBe(false);
    expect(keptOffline('procedures/referrals.html', leftOut)).toBe(true);
    expect(keptOffline('procedures/withdrawn-chapter.html', leftOut)).toBe(true);
    expect(keptOffline('assets/js/cccc0001.8df33b9d.js', leftOut)).toBe(true);
    expect(keptOffline('assets/js/871.0da8500e.js', leftOut)).toBe(true);
    expect(keptOffline('assets/js/main.0da8500e.js', leftOut)).toBe(true);
    expect(keptOffline('assets/css/styles.0da8500e.css', leftOut)).toBe(true);
  });

  it('knows the history pages by their addresses', () => {
    const history = (path: string) => isHistoryPage(path, '/board', '/board/procedures');
    expect(['/board/procedures/referrals/v12', '/board/procedures/referrals/compare', '/board/point-in-time'].map(history)).toEqual([true, true, true]);
    const others = ['/board/procedures/referrals', '/board/procedures/part/v1', '/board/procedures/a/b/v1', '/board/procedures/referrals/v', '/point-in-time'];
    expect(others.filter(history)).toEqual([]);
  });
});
